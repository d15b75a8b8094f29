package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Issue 8, case 6: the time from starting the JVM until the login page answers 200, with and without the JDK's
 * ahead-of-time cache (JEP 483/514/515). The application runs as it is shipped: a class path of JARs only (the
 * AOT cache refuses directories), here target/classes packed into one jar beside the runtime dependency jars
 * that the benchmark profile lists in target/benchmarks/runtime-classpath.txt; an H2 file database in a folder of
 * its own. The cache comes from a training run as Spring Boot documents it ({@code -XX:AOTCacheOutput} with
 * {@code spring.context.exit=onRefresh}). Writes target/benchmarks/case-6.md. Not a timed test.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final int REPEATS = 5;
    /** Generous: on a busy 2-core machine one start took over a minute and the training run over four. */
    private static final Duration READY_WITHIN = Duration.ofMinutes(5);
    private static final Duration TRAINING_WITHIN = Duration.ofMinutes(20);
    private static final Path WORK = Path.of("target", "benchmarks", "startup").toAbsolutePath();

    @Test
    void startsWithTheAotCacheInAtMostSixtyPercentOfTheTime() throws Exception {
        List<String> classPath = classPath();
        deleteDatabase();
        Path aot = WORK.resolve("app.aot");
        Files.deleteIfExists(aot);
        long training = System.nanoTime();
        Process train = start(classPath, List.of("-XX:AOTCacheOutput=" + aot, "-Dspring.context.exit=onRefresh"), "training", 0);
        if (!train.waitFor(TRAINING_WITHIN.toMinutes(), TimeUnit.MINUTES)) {
            train.destroyForcibly().waitFor();
        }
        assertThat(train.exitValue()).as("training run's exit; see " + WORK.resolve("training.log")).isZero();
        long trainingMillis = (System.nanoTime() - training) / 1_000_000;
        assertThat(aot).as("the training run wrote the cache; see " + WORK.resolve("training.log")).exists();

        List<String> withCache = List.of("-XX:AOTCache=" + aot, "-XX:AOTMode=on");
        timeToReady(classPath, List.of(), "warm-up-without"); // the files into the page cache, the database migrated
        timeToReady(classPath, withCache, "warm-up-with");
        List<Long> without = new ArrayList<>();
        List<Long> with = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            // Taking turns, so that a busy machine slows both alike.
            without.add(timeToReady(classPath, List.of(), "without-" + i));
            with.add(timeToReady(classPath, withCache, "with-" + i));
        }
        long[] a = BenchmarkSupport.sorted(without);
        long[] b = BenchmarkSupport.sorted(with);
        double ratio = (double) b[REPEATS / 2] / a[REPEATS / 2];
        boolean holds = ratio <= 0.6;
        Map<String, Long> profile = profile(classPath);
        long samples = profile.values().stream().mapToLong(Long::longValue).sum();

        StringBuilder where = new StringBuilder();
        profile.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> where.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" | ")
                        .append(samples == 0 ? 0 : e.getValue() * 100 / samples).append(" % |\n"));
        String measured = String.format(Locale.ROOT, "%.2f× (%.1f s with the cache, %.1f s without)", ratio,
                b[REPEATS / 2] / 1000.0, a[REPEATS / 2] / 1000.0);
        String fragment = "## 6. Start-up to ready\n\n"
                + "From starting `java` until `GET /login` answers 200 (polled every 50 ms), the application run from "
                + "JARs (target/classes as one jar beside the runtime dependency jars, as the extracted Spring Boot jar "
                + "is laid out), default profile, H2 file database in target/benchmarks/startup/ (migrated by the "
                + "training run; the same database for every start). One warm-up start each way, then " + REPEATS
                + " starts each way, taking turns. The cache comes from one training run (`-XX:AOTCacheOutput=app.aot "
                + "-Dspring.context.exit=onRefresh`, " + trainingMillis / 1000 + " s, cache "
                + Files.size(aot) / (1024 * 1024) + " MB); the runs with it add `-XX:AOTCache=app.aot -XX:AOTMode=on` "
                + "(on: a cache that cannot be used is an error, not a silent slow start).\n\n"
                + "| Start-up to ready | median s | min s | max s | × without |\n|---|---:|---:|---:|---:|\n"
                + row("Without the AOT cache", a, a) + "\n"
                + row("**With the AOT cache**", b, a) + "\n\n"
                + "**Target:** with the cache at most 0.6× the time without. **Measured:** " + measured + " → "
                + (holds ? "holds" : "missed by " + String.format(Locale.ROOT, "%.2f", ratio - 0.6) + " (" + String.format(Locale.ROOT, "%.2f", ratio) + "× against ≤0.6×)") + ".\n\n"
                + "**What limits it:** a JFR recording (`-XX:StartFlightRecording`, settings=profile, jdk.ExecutionSample) "
                + "of one more start until ready, without the cache (JFR adds the jdk.jfr module, and a cache trained "
                + "without it is refused: \"Mismatched values for property jdk.module.addmods\"): " + samples
                + " samples of running Java code, each counted once under the first of these areas, in this order, "
                + "found anywhere on its stack (loading classes, Flyway, Hibernate, H2, Vaadin, Tomcat, Marsad, "
                + "Spring):\n\n"
                + "| Where a start's Java time goes (without the cache) | samples | share |\n|---|---:|---:|\n" + where
                + "\nThe cache takes away loading and linking classes and the first JIT profiles (JEP 483, 515); what "
                + "it leaves is the work each start does itself: the other rows.\n\n"
                + "SUMMARY|6|Start-up to ready|≤0.6× with the AOT cache|" + measured + "|" + (holds ? "holds" : "missed") + "\n";
        System.out.println("\n" + fragment);
        Files.writeString(WORK.getParent().resolve("case-6.md"), fragment);
    }

    /** A new database for each run of the benchmark: the training run migrates it. */
    private static void deleteDatabase() throws IOException {
        Path data = WORK.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    private static String row(String name, long[] times, long[] base) {
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f |", name, times[REPEATS / 2] / 1000.0,
                times[0] / 1000.0, times[times.length - 1] / 1000.0, (double) times[REPEATS / 2] / base[REPEATS / 2]);
    }

    /** The application's class path: its own classes as one jar, then the runtime dependency jars. */
    private static List<String> classPath() throws IOException {
        Path listed = Path.of("target", "benchmarks", "runtime-classpath.txt");
        assertThat(listed).as("written by the benchmark profile (maven-dependency-plugin build-classpath)").exists();
        Files.createDirectories(WORK);
        Path jar = WORK.resolve("marsad-classes.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Path classes = Path.of("target", "classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest);
             Stream<Path> files = Files.walk(classes)) {
            // Folders too, as in a packaged jar: Flyway finds db/migration by asking the class loader for the folder.
            for (Path file : files.filter(f -> !f.equals(classes)).sorted().toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                if (Files.isDirectory(file)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(file, out);
                }
                out.closeEntry();
            }
        }
        List<String> path = new ArrayList<>(List.of(jar.toString()));
        for (String entry : Files.readString(listed).strip().split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                path.add(entry);
            }
        }
        return path;
    }

    private static Process start(List<String> classPath, List<String> options, String name, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true"));
        command.addAll(options);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, classPath), MarsadApplication.class.getName(),
                "--server.port=" + port,
                "--spring.datasource.url=jdbc:h2:file:" + WORK.resolve("data/db/marsad") + ";WRITE_DELAY=0"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                .redirectOutput(WORK.resolve(name + ".log").toFile());
        builder.environment().put("VAADIN_USAGE_STATS_ENABLED", "false");
        return builder.start();
    }

    /** Milliseconds from starting the JVM until the login page answers 200; the process is then stopped. */
    private static long timeToReady(List<String> classPath, List<String> options, String name) throws Exception {
        int port = freePort();
        long start = System.nanoTime();
        Process process = start(classPath, options, name, port);
        try {
            long deadline = start + READY_WITHIN.toNanos();
            while (!answers(port)) {
                assertThat(process.isAlive()).as("start " + name + " ended early; see " + WORK.resolve(name + ".log")).isTrue();
                assertThat(System.nanoTime()).as("start " + name + " ready in time").isLessThan(deadline);
                Thread.sleep(50);
            }
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static boolean answers(int port) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/login").toURL()
                    .openConnection();
            connection.setConnectTimeout(1000);
            connection.setReadTimeout(10_000);
            try {
                if (connection.getResponseCode() != 200) {
                    return false;
                }
                connection.getInputStream().transferTo(OutputStream.nullOutputStream());
                return true;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false; // not listening yet
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Where the Java code of one start spends its samples, by the first known area on each stack. Without the
     * cache: JFR adds the jdk.jfr module, and a cache trained without it cannot be used (the JVM says so).
     */
    private static Map<String, Long> profile(List<String> classPath) throws Exception {
        Path recording = WORK.resolve("startup.jfr");
        Files.deleteIfExists(recording);
        List<String> options = List.of("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
        timeToReady(classPath, options, "profile");
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("jdk.internal.loader.", "Loading classes (what the AOT cache does ahead of time)");
        areas.put("java.lang.ClassLoader", "Loading classes (what the AOT cache does ahead of time)");
        areas.put("org.springframework.boot.loader.", "Loading classes (what the AOT cache does ahead of time)");
        areas.put("org.flywaydb.", "Flyway (migrations checked)");
        areas.put("org.hibernate.", "Hibernate (entity metadata, schema validation)");
        areas.put("org.h2.", "H2 (opening the database)");
        areas.put("com.vaadin.", "Vaadin (route scan, servlet, login page)");
        areas.put("org.apache.catalina.", "Tomcat");
        areas.put("org.apache.tomcat.", "Tomcat");
        areas.put("ma.marsad.", "Marsad's own start-up code (seeding, accounts)");
        areas.put("org.springframework.", "Spring (context, configuration, bean creation)");
        areas.put("jdk.jfr.", "JFR itself");
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!Files.exists(recording)) {
            return counts;
        }
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                    continue;
                }
                String area = "JDK and other libraries";
                // The most specific area anywhere on the stack: Spring calls Hibernate, Flyway calls H2.
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                outer:
                for (String prefix : areas.keySet()) {
                    for (RecordedFrame frame : frames) {
                        String type = frame.getMethod() == null ? "" : frame.getMethod().getType().getName();
                        // main() is at the bottom of every stack of the main thread: it says nothing.
                        if (type.startsWith(prefix) && !type.equals(MarsadApplication.class.getName())) {
                            area = areas.get(prefix);
                            break outer;
                        }
                    }
                }
                counts.merge(area, 1L, Long::sum);
            }
        }
        return counts;
    }
}
