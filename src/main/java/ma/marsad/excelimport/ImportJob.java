package ma.marsad.excelimport;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One check, import or annotated copy handed to {@link ImportJobs}: it waits for its turn, then runs on one of
 * the import threads. The caller either waits for it ({@link #await()}, the API) or is told as it moves up the
 * queue and when it is done (a {@link Listener}, the import page).
 */
public final class ImportJob<T> extends FutureTask<T> {

    /** Told about one job, from the thread that moves it: the caller's, then an import thread's. */
    public interface Listener<T> {

        /** The job waits for its turn with {@code ahead} files before it (0: it is next). */
        default void waiting(int ahead) {
        }

        /** The job is done, whichever way: {@link #await()} returns its result at once, or throws. */
        default void finished(ImportJob<T> job) {
        }
    }

    private final Listener<T> listener;

    ImportJob(Callable<T> work, Listener<T> listener) {
        super(work);
        this.listener = listener;
    }

    Listener<T> listener() {
        return listener;
    }

    /**
     * The job's result once it is done, waiting for it if need be; a refusal of the file or a failure while
     * reading it is thrown as it was thrown on the import thread.
     */
    public T await() throws UnreadableWorkbookException, IOException, InterruptedException {
        try {
            return get();
        } catch (InterruptedException e) {
            cancel(true);
            throw e;
        } catch (CancellationException e) {
            throw new IOException("The job was cancelled", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case UnreadableWorkbookException refusal -> throw refusal;
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    protected void done() {
        listener.finished(this);
    }
}
