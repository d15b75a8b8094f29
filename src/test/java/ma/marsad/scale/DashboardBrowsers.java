package ma.marsad.scale;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;

/**
 * A few real people during the load: each a headless Chromium (Debian's, as the browser journeys use) that signs
 * in and opens the dashboard again and again (the bootstrap, Vaadin's UIDL and every chart image, as a person
 * sees it), timed until the last chart is shown. Playwright objects belong to one thread, so each person has
 * its own thread and Chromium. Without /usr/bin/chromium there are none, and the report says so.
 */
final class DashboardBrowsers {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String KIND = "dashboard in Chromium, until every chart is shown";
    private static final int OPENINGS = 5;
    private static final String ALL_CHARTS_SHOWN = "() => { const c = [...document.querySelectorAll('img.card-chart')];"
            + " return c.length > 0 && c.every(i => i.complete && i.naturalWidth > 0); }";

    private final List<Thread> people = new ArrayList<>();

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    static DashboardBrowsers start(int count, int port, LoadRecorder recorder, long deadline) {
        DashboardBrowsers browsers = new DashboardBrowsers();
        if (!available()) {
            return browsers;
        }
        for (int i = 0; i < count; i++) {
            String user = i % 2 == 0 ? "manager" : "official";
            browsers.people.add(Thread.ofPlatform().name("load-chromium-" + i)
                    .start(() -> openDashboard(user, port, recorder, deadline)));
        }
        return browsers;
    }

    void stop() throws InterruptedException {
        for (Thread person : people) {
            person.join();
        }
    }

    int count() {
        return people.size();
    }

    private static void openDashboard(String user, int port, LoadRecorder recorder, long deadline) {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(CHROMIUM).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--no-first-run", "--disable-sync")))) {
            Page page = browser.newPage();
            page.setDefaultTimeout(LoadSession.TIME_OUT.toMillis());
            page.navigate("http://127.0.0.1:" + port + "/login");
            page.getByLabel("User name").fill(user);
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(user);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            // Signing in lands on the dashboard: let it finish, or the next opening cancels its charts midway.
            page.waitForFunction(ALL_CHARTS_SHOWN);
            for (int i = 0; i < OPENINGS && System.nanoTime() < deadline; i++) {
                long start = System.nanoTime();
                page.navigate("http://127.0.0.1:" + port + "/");
                page.waitForFunction(ALL_CHARTS_SHOWN);
                recorder.time(KIND, (System.nanoTime() - start) / 1_000_000);
                page.waitForTimeout(2000);
            }
        } catch (PlaywrightException e) {
            // Playwright's message starts "Error {" and says what failed on the next lines ("Timeout 120000ms exceeded").
            String what = e.getMessage().replaceAll("\\s+", " ");
            recorder.error(KIND, user + ": " + what.substring(0, Math.min(200, what.length())));
        }
    }
}
