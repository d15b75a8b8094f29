package ma.marsad.base;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request the API refuses before any rule of a feature is asked: an unknown indicator, a parameter that
 * names nothing, a body that means nothing. Controllers throw it; {@code ApiRefusals} answers it.
 */
public final class RequestRefusal extends Refused {

    private final HttpStatus status;
    private final transient Text text;

    public RequestRefusal(HttpStatus status, String key, Object... args) {
        super(status.value() + " " + key);
        this.status = status;
        this.text = new Text(key, args);
    }

    @Override
    public List<Text> texts() {
        return List.of(text);
    }

    @Override
    public HttpStatus status() {
        return status;
    }
}
