package ma.marsad.scale;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the load test saw: every request's time by kind, every error (a 5xx, an unexpected status, a
 * time-out, a broken connection) with what was answered, and the clean refusals (409) of racing imports.
 */
final class LoadRecorder {

    /** Latencies in milliseconds, by kind of request, kinds in alphabetical order. */
    private final Map<String, Queue<Long>> times = new ConcurrentSkipListMap<>();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final AtomicInteger errorCount = new AtomicInteger();
    private final Queue<String> refusals = new ConcurrentLinkedQueue<>();

    void time(String kind, long millis) {
        times.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(millis);
    }

    void error(String kind, String what) {
        errorCount.incrementAndGet();
        errors.add(kind + ": " + what);
    }

    /** A racing import refused with 409; {@code message} is what the clerk reads. */
    void refusal(String message) {
        refusals.add(message);
    }

    int errorCount() {
        return errorCount.get();
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    List<String> refusals() {
        return List.copyOf(refusals);
    }

    int requests() {
        return times.values().stream().mapToInt(Queue::size).sum() + errorCount();
    }

    /** One line per kind, and "all requests": count, p50, p95, p99, max, in milliseconds. */
    List<Row> table() {
        List<Row> rows = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        times.forEach((kind, queue) -> {
            List<Long> these = List.copyOf(queue);
            all.addAll(these);
            rows.add(Row.of(kind, these));
        });
        rows.add(Row.of("**all requests**", all));
        return rows;
    }

    record Row(String kind, int count, long p50, long p95, long p99, long max) {

        static Row of(String kind, List<Long> millis) {
            long[] sorted = millis.stream().mapToLong(Long::longValue).sorted().toArray();
            return new Row(kind, sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                    percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
        }

        /** Nearest rank: the smallest time that at least {@code p} % of the requests took no longer than. */
        static long percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        String markdown() {
            return "| " + kind + " | " + count + " | " + p50 + " | " + p95 + " | " + p99 + " | " + max + " |";
        }
    }
}
