package ma.marsad;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * Journeys in a real headless Chromium (Debian's /usr/bin/chromium, never a downloaded one) against the
 * running application. Outside CI a missing Chromium skips the journeys with a message; in CI it fails.
 */
public abstract class BrowserJourney {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");

    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void startChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            String install = "Chromium is missing: apt-get install -y chromium";
            if (System.getenv("CI") != null) {
                fail(install);
            }
            Assumptions.abort(install + " (the browser journeys are skipped outside CI)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    protected Page newPage(int width, int height) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height).setDeviceScaleFactor(2)
                .setAcceptDownloads(true));
        page.setDefaultTimeout(30_000);
        return page;
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Signs in on the login page (demo users: the password is the user name). */
    protected void signIn(Page page, String user) {
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(user);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /**
     * The page's title once Vaadin has set it: the title follows a navigation a moment after the view's
     * content, so this waits for it (Playwright's web-first assertion) instead of reading it at once.
     */
    protected static void assertTitle(Page page, String title) {
        // Generous: a page reload on a loaded two-core machine can take longer than Playwright's 5 s default.
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page).hasTitle(title,
                new com.microsoft.playwright.assertions.PageAssertions.HasTitleOptions().setTimeout(30_000));
    }

    protected static Path screenshot(Page page, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name);
        page.screenshot(new Page.ScreenshotOptions().setPath(file));
        return file;
    }
}
