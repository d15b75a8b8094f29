package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * A manager's morning, in a real headless Chromium (Debian's, never a downloaded one): sign in, land
 * on the dashboard, see the five headline targets with their charts drawn. Leaves a screenshot in
 * target/screenshots/.
 */
@MarsadSpringTest
class DashboardBrowserJourneyTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final List<String> HEADLINE = List.of(
            "DIGITAL_JOBS", "ONEPOINT_ENGINEERS", "TECH_CERTIFICATES", "PHD_RESEARCHERS", "STARTUPS");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            String install = "Chromium is missing: apt-get install -y chromium";
            if (System.getenv("CI") != null) {
                fail(install);
            }
            Assumptions.abort(install + " (the browser journey is skipped outside CI)");
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
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aManagerSignsInAndSeesTheFiveHeadlineCardsWithTheirCharts() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1366, 768).setDeviceScaleFactor(2));
        page.setDefaultTimeout(30_000);
        page.navigate("http://127.0.0.1:" + port + "/");

        assertThat(page.url()).endsWith("/login");
        assertThat(page.locator("#demo-users").textContent()).contains("manager");
        page.getByLabel("User name").fill("manager");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("manager");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();

        page.locator("#card-DIGITAL_JOBS").waitFor();
        assertThat(page.title()).isEqualTo("Dashboard · Marsad");
        assertThat(page.locator("#signed-in-user").textContent()).isEqualTo("Signed in as manager");
        assertThat(page.locator("#sample-banner").textContent()).contains("Sample figures, not official statistics");
        assertThat(page.locator("#sample-banner").isVisible()).isTrue();
        for (String code : HEADLINE) {
            Locator card = page.locator("#card-" + code);
            assertThat(card.isVisible()).as(code).isTrue();
            assertThat(card.locator(".status").textContent()).as(code).isNotBlank();
            Locator chart = page.locator("#chart-" + code);
            chart.scrollIntoViewIfNeeded();
            page.waitForFunction("id => { const i = document.getElementById(id); return i && i.complete && i.naturalWidth > 0; }",
                    "chart-" + code);
            assertThat(((Number) chart.evaluate("i => i.naturalWidth")).intValue()).as(code).isEqualTo(1040);
            assertThat(chart.getAttribute("alt")).as(code).isNotBlank();
        }
        assertThat(page.locator("#status-DIGITAL_JOBS").textContent()).isEqualTo("At risk");

        Path screenshots = Path.of("target", "screenshots");
        Files.createDirectories(screenshots);
        page.locator("h1").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("dashboard-manager-1366x768.png")));
        page.setViewportSize(1366, 1500);
        page.locator("h1").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshots.resolve("dashboard-manager.png")));
    }

    @Test
    void theDashboardFitsAPhone() throws Exception {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(390, 844).setDeviceScaleFactor(2));
        page.setDefaultTimeout(30_000);
        page.navigate("http://127.0.0.1:" + port + "/login");
        page.getByLabel("User name").fill("manager");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("manager");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.locator("#card-DIGITAL_JOBS").waitFor();

        double scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(scrollWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        double cardWidth = ((Number) page.locator("#card-DIGITAL_JOBS").evaluate("c => c.getBoundingClientRect().width")).doubleValue();
        assertThat(cardWidth).isLessThanOrEqualTo(390);
        Files.createDirectories(Path.of("target", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "dashboard-phone.png")));
    }
}
