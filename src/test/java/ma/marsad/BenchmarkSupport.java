package ma.marsad;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
}
