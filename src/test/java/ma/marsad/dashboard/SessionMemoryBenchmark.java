package ma.marsad.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.management.ObjectName;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ma.marsad.BrowserJourney;
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
class SessionMemoryBenchmark extends BrowserJourney {

    private static final int WARM_UP = 3;
    private static final int STEP = 20;
    private static final long TARGET_BYTES = 300 * 1024;

    private final List<BrowserContext> open = new ArrayList<>();

    @Test
    void aSignedInDashboardSessionHoldsLittleHeap() throws Exception {
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
                    + "Sessions opened in headless Chromium, one browser context each (own cookies, so its own HTTP and"
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
                    + "**Target:** at most 300 KB of live heap per UI session, with at least 20 sessions. **Measured:** "
                    + measured + " → " + (holds ? "holds" : "missed by " + String.format(Locale.ROOT, "%.1f×",
                            (double) worst / TARGET_BYTES)) + ".\n\n"
                    + "SUMMARY|5|Live heap per dashboard session|≤300 KB per session, ≥20 sessions|" + measured + "|"
                    + verdict + "\n";
            System.out.println("\n" + report);
            Files.writeString(Files.createDirectories(Path.of("target", "benchmarks")).resolve("case-5.md"), report);
        } finally {
            open.forEach(BrowserContext::close);
        }
    }

    private void openSessions(int count) {
        for (int i = 0; i < count; i++) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 1500));
            open.add(context);
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);
            page.navigate(url("/login"));
            page.getByLabel("User name").fill("manager");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("manager");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.locator("#card-DIGITAL_JOBS").waitFor();
            page.waitForFunction("() => { const imgs = [...document.querySelectorAll('img[id^=chart-]')];"
                    + " return imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0); }");
            assertThat(page.locator("img[id^=chart-]").count()).isPositive();
        }
    }

    /** Bytes of live objects per class, from the JVM's own class histogram (jcmd GC.class_histogram). */
    private static final String TOTAL = "(total)";

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
