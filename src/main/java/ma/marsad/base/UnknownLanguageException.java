package ma.marsad.base;

/** A file was asked for in a language Marsad does not write ({@code ?lang=de}): the API answers 400. */
public class UnknownLanguageException extends Exception {

    /** The bundle key of the message, whose argument is the language asked for. */
    public static final String MESSAGE_KEY = "file.error.lang";

    private final String lang;

    public UnknownLanguageException(String lang) {
        super("Unknown language " + lang);
        this.lang = lang;
    }

    public String lang() {
        return lang;
    }
}
