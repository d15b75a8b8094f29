package ma.marsad.excelimport;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Reads at most marsad.imports.max-concurrent files at once across the server (checks, imports and annotated
 * copies, from the import page and the API alike), with up to queue-length more waiting their turn, first come
 * first served. Past that a file is turned away ({@link ImportQueueFullException}): no number of clerks can take
 * every thread or all the memory. A file's parse time-out runs from the moment it joins the queue, so a file that
 * waited long has less time to be read, and one that waited the whole time-out is refused unread.
 */
@Service
public class ImportJobs implements DisposableBean {

    private final ImportService imports;
    private final AnnotatedCopies copies;
    private final ParseTimeout parseTimeout;
    private final ImportProperties properties;
    private final ThreadPoolExecutor executor;

    ImportJobs(ImportService imports, AnnotatedCopies copies, ParseTimeout parseTimeout, ImportProperties properties) {
        this.imports = imports;
        this.copies = copies;
        this.parseTimeout = parseTimeout;
        this.properties = properties;
        int threads = Math.max(1, properties.maxConcurrent());
        BlockingQueue<Runnable> queue = properties.queueLength() > 0
                ? new ArrayBlockingQueue<>(properties.queueLength()) : new SynchronousQueue<>();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, queue,
                Thread.ofPlatform().name("marsad-import-", 1).daemon(true).factory(),
                new ThreadPoolExecutor.AbortPolicy());
    }

    /** A dry run of {@code file}, once its turn comes. */
    public ImportJob<ImportReport> check(Path file, Locale locale, ImportProgress progress,
                                         ImportJob.Listener<ImportReport> listener) throws ImportQueueFullException {
        return submit(deadline -> imports.check(file, locale, progress, deadline), listener);
    }

    /** The import of {@code file}, once its turn comes. */
    public ImportJob<ImportReport> importFile(Path file, String uploadedName, String user, Locale locale,
                                              ImportProgress progress, ImportJob.Listener<ImportReport> listener)
            throws ImportQueueFullException {
        return submit(deadline -> imports.importFile(file, uploadedName, user, locale, progress, deadline), listener);
    }

    /** The annotated copy of {@code file}, written to a temporary .xlsx file the caller deletes once sent. */
    public ImportJob<Path> annotatedCopy(Path file, Locale locale, ImportJob.Listener<Path> listener)
            throws ImportQueueFullException {
        return submit(deadline -> copies.writeToTemporaryFile(file, locale, deadline), listener);
    }

    /** Files being read now plus those waiting. */
    public int busy() {
        return executor.getActiveCount() + executor.getQueue().size();
    }

    /** The most files read at once. */
    public int maxConcurrent() {
        return executor.getMaximumPoolSize();
    }

    private interface Work<T> {
        T run(ReadingDeadline deadline) throws Exception;
    }

    private <T> ImportJob<T> submit(Work<T> work, ImportJob.Listener<T> listener) throws ImportQueueFullException {
        // The time-out runs from now: waiting for a turn counts.
        ReadingDeadline deadline = ReadingDeadline.after(parseTimeout.limit());
        Callable<T> task = () -> {
            tellPositions();
            if (deadline.passed()) {
                throw new UnreadableWorkbookException(UnreadableWorkbookException.Reason.WAITED_TOO_LONG,
                        "waited past the parse time-out for a free import thread");
            }
            return work.run(deadline);
        };
        // The caller's sign-in goes with the work: the services it calls may check roles.
        ImportJob<T> job = new ImportJob<>(DelegatingSecurityContextCallable.create(task,
                SecurityContextHolder.getContext()), listener);
        try {
            executor.execute(job);
        } catch (RejectedExecutionException e) {
            throw new ImportQueueFullException(busy(), properties.retryAfter());
        }
        int ahead = positionOf(job);
        if (ahead >= 0) {
            listener.waiting(ahead);
        }
        return job;
    }

    /** A job has left the queue: every job still waiting has moved up one place. */
    private void tellPositions() {
        int ahead = 0;
        for (Runnable waiting : executor.getQueue().toArray(Runnable[]::new)) {
            if (waiting instanceof ImportJob<?> job) {
                tell(job, ahead);
            }
            ahead++;
        }
    }

    private static <T> void tell(ImportJob<T> job, int ahead) {
        job.listener().waiting(ahead);
    }

    /** How many jobs wait before this one, or -1 when it is not waiting (running or done). */
    private int positionOf(ImportJob<?> job) {
        int ahead = 0;
        for (Runnable waiting : executor.getQueue().toArray(Runnable[]::new)) {
            if (waiting == job) {
                return ahead;
            }
            ahead++;
        }
        return -1;
    }

    /** Jobs that wait are dropped; those being read are interrupted (their request ends with the server). */
    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
