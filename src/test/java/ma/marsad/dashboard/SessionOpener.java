package ma.marsad.dashboard;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * For {@link SessionMemoryBenchmark}: the browser side, in a JVM of its own, so that Playwright's own objects
 * (a client-side copy of every context, page and frame) are not counted in the server's heap. Reads commands
 * from standard input: {@code open N} opens N more signed-in dashboard sessions, each in its own browser
 * context, and answers {@code opened N} once every chart has loaded; {@code quit} closes everything.
 */
public final class SessionOpener {

    private SessionOpener() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(java.nio.file.Path.of("/usr/bin/chromium")).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--no-first-run", "--disable-sync")))) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                int count = Integer.parseInt(line.substring("open ".length()).strip());
                int charts = 0;
                for (int i = 0; i < count; i++) {
                    charts = open(browser, base);
                }
                System.out.println("opened " + count + " " + charts);
                System.out.flush();
            }
        }
    }

    /** One signed-in dashboard, left open; returns how many charts it shows. */
    private static int open(Browser browser, String base) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 1500));
        Page page = context.newPage();
        page.setDefaultTimeout(60_000);
        page.navigate(base + "/login");
        page.getByLabel("User name").fill("manager");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("manager");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.locator("#card-DIGITAL_JOBS").waitFor();
        page.waitForFunction("() => { const imgs = [...document.querySelectorAll('img[id^=chart-]')];"
                + " return imgs.length > 0 && imgs.every(i => i.complete && i.naturalWidth > 0); }");
        return page.locator("img[id^=chart-]").count();
    }
}
