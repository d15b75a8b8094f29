package ma.marsad;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/** What the benchmarks share: the memory they report and the plain way run in a JVM of its own. */
public final class BenchmarkSupport {

    private BenchmarkSupport() {
    }

    public static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * Peak of the old generation since the last reset: what stayed alive long enough to be promoted, a
     * fair view of the memory an operation holds (the young generation is mostly garbage).
     */
    public static long oldGenerationPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.getName().contains("Old"))
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Times in milliseconds, sorted: the median is in the middle. */
    public static long[] sorted(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** What a program run in its own JVM printed, and how it ended. */
    public record Run(int exit, String output) {

        public boolean outOfMemory() {
            return output.contains("OutOfMemoryError");
        }

        /** The printed figures when the run ended well and printed {@code count} numbers, else null. */
        public String[] figures(int count) {
            String[] parts = output.split(" ");
            return exit == 0 && parts.length == count && output.matches("[\\d ]+") ? parts : null;
        }

        /** "out of memory" or "failed (exit n)", for a run that printed no figures. */
        public String failure() {
            return outOfMemory() ? "out of memory" : "failed (exit " + exit + ")";
        }
    }

    /**
     * Runs {@code main} in a JVM of its own with the given heap option (-Xmx256m): running out of memory
     * there ends that process, not the benchmark.
     */
    public static Run inOwnJvm(String heap, Class<?> main, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        return new Run(process.waitFor(), output);
    }

    /** Something to profile. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /**
     * Runs {@code work} under the JDK Flight Recorder's execution sampler (every 10 ms, every thread) and
     * returns, as a markdown table, where the samples fell: each sample is counted once, for the first frame
     * from the top whose class name matches one of {@code buckets}' prefixes (first match in the map's order
     * wins), else under "other". Measured, so a finding can say where the time goes.
     */
    public static String profile(Work work, Map<String, List<String>> buckets) throws Exception {
        Path file = Files.createTempFile("marsad-profile", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
            recording.start();
            work.run();
            recording.stop();
            recording.dump(file);
        }
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (event.getStackTrace() == null) {
                continue;
            }
            total++;
            counts.merge(bucketOf(event.getStackTrace().getFrames(), buckets), 1, Integer::sum);
        }
        Files.deleteIfExists(file);
        StringBuilder table = new StringBuilder("| Where the samples fell (JFR, every 10 ms) | samples | share |\n|---|---:|---:|\n");
        List<String> order = new ArrayList<>(buckets.keySet());
        order.add("other");
        for (String bucket : order) {
            int n = counts.getOrDefault(bucket, 0);
            table.append("| ").append(bucket).append(" | ").append(n).append(" | ")
                    .append(String.format(Locale.ROOT, "%.0f %%", total == 0 ? 0.0 : 100.0 * n / total)).append(" |\n");
        }
        return table.toString();
    }

    private static String bucketOf(List<RecordedFrame> frames, Map<String, List<String>> buckets) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
            for (Map.Entry<String, List<String>> bucket : buckets.entrySet()) {
                Predicate<String> matches = name -> bucket.getValue().stream().anyMatch(name::startsWith);
                if (matches.test(type)) {
                    return bucket.getKey();
                }
            }
        }
        return "other";
    }
}
