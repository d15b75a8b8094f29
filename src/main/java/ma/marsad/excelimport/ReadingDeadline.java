package ma.marsad.excelimport;

import java.time.Duration;

import ma.marsad.excelimport.UnreadableWorkbookException.Reason;

/**
 * When reading one uploaded file must stop (marsad.imports.parse-timeout): the readers call {@link #tick()}
 * as they meet XML events or BIFF records, so a file built to be slow is cut off and its request thread freed.
 * Measured with System.nanoTime, not the application's Clock: this is elapsed time, which a fixed or adjusted
 * wall clock cannot measure.
 */
final class ReadingDeadline {

    /** For readers outside an upload (tests, benchmarks): never stops. */
    static final ReadingDeadline NONE = new ReadingDeadline(null, Long.MAX_VALUE);

    /** Looking at the time on every event would cost more than the event; every 256th is often enough. */
    private static final int CHECK_EVERY = 0xFF;

    private final Duration limit;
    private final long deadline;
    private int ticks;

    private ReadingDeadline(Duration limit, long deadline) {
        this.limit = limit;
        this.deadline = deadline;
    }

    static ReadingDeadline after(Duration limit) {
        return new ReadingDeadline(limit, System.nanoTime() + limit.toNanos());
    }

    /** One more piece of the file read; stops the reading once the limit has passed. */
    void tick() {
        if ((++ticks & CHECK_EVERY) == 0) {
            check();
        }
    }

    /** Whether the limit has passed already. */
    boolean passed() {
        return limit != null && System.nanoTime() - deadline > 0;
    }

    void check() {
        if (passed()) {
            throw new StopReading(Reason.TOO_SLOW, "still reading after " + limit);
        }
    }

    /**
     * Carries a refusal out of a reader's callbacks, through POI's and the SAX parser's code, which only let
     * runtime exceptions pass; WorkbookReader turns it back into an {@link UnreadableWorkbookException}.
     */
    static final class StopReading extends RuntimeException {

        private final Reason reason;

        StopReading(Reason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }
}
