package ma.marsad.excelimport;

import java.time.Duration;

/**
 * Every import thread is busy and every place in the queue is taken (marsad.imports.max-concurrent and
 * queue-length): the file is not read; the caller is told to send it again after {@link #retryAfter()}.
 */
public class ImportQueueFullException extends Exception {

    private final transient Duration retryAfter;

    ImportQueueFullException(int waiting, Duration retryAfter) {
        super(waiting + " files are being read or wait their turn");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
