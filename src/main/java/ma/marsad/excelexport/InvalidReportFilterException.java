package ma.marsad.excelexport;

import java.util.List;

import org.springframework.http.HttpStatus;

import ma.marsad.base.Refused;

/** A report was asked for with a filter that means nothing (an unknown region, from after to...): 400 over the API. */
public class InvalidReportFilterException extends Refused {

    private final String key;
    private final transient Object[] args;

    InvalidReportFilterException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = args;
    }

    /** The bundle key of the message that says what is wrong. */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public List<Text> texts() {
        return List.of(new Text(key, args));
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
