package ma.marsad.excelimport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Other clerks' checks that hold the import threads until released: each reads a 600-row file whose progress
 * report (at row 500) waits for {@link #close()}. The first {@code maxConcurrent} take the threads, the rest wait
 * in the queue, as real files would.
 */
public final class BusyImportThreads implements AutoCloseable {

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<ImportJob<ImportReport>> jobs = new ArrayList<>();

    private BusyImportThreads() {
    }

    /** Submits {@code count} checks and returns once every import thread is held by one of them. */
    public static BusyImportThreads occupy(ImportJobs imports, Path dir, int count) throws Exception {
        BusyImportThreads busy = new BusyImportThreads();
        Path file = BadFiles.manyRows(dir, 600);
        int threads = Math.min(count, imports.maxConcurrent());
        CountDownLatch holding = new CountDownLatch(threads);
        ImportProgress waitForRelease = (sheet, row, lastRow) -> {
            holding.countDown();
            try {
                busy.release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        for (int i = 0; i < count; i++) {
            busy.jobs.add(imports.check(file, Locale.ENGLISH, waitForRelease, new ImportJob.Listener<>() { }));
            if (i == threads - 1 && !holding.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("The import threads were not taken within 30 s");
            }
        }
        return busy;
    }

    /** Lets every held check go on, and waits until all have ended. */
    @Override
    public void close() {
        release.countDown();
        for (ImportJob<ImportReport> job : jobs) {
            try {
                job.get(60, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("A held check did not end", e);
            }
        }
    }
}
