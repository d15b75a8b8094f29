package ma.marsad.excelexport;

/** A report was asked for with a filter that means nothing (an unknown region, from after to...). */
public class InvalidReportFilterException extends Exception {

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
}
