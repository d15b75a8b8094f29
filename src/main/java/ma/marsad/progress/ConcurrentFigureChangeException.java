package ma.marsad.progress;

/** Someone else stored or changed the same figures while this change was being made; nothing was stored. */
public class ConcurrentFigureChangeException extends RuntimeException {

    public ConcurrentFigureChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
