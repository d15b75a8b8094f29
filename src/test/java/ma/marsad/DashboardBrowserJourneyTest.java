package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * A manager's morning, in a real headless Chromium (Debian's, never a downloaded one): sign in, land
 * on the dashboard, see the five headline targets with their charts drawn. Leaves a screenshot in
 * target/screenshots/.
 */
@MarsadSpringTest
class DashboardBrowserJourneyTest extends BrowserJourney {

    private static final List<String> HEADLINE = List.of(
            "DIGITAL_JOBS", "ONEPOINT_ENGINEERS", "TECH_CERTIFICATES", "PHD_RESEARCHERS", "STARTUPS");

    @Test
    void aManagerSignsInAndSeesTheFiveHeadlineCardsWithTheirCharts() throws Exception {
        Page page = newPage(1366, 768);
        page.navigate(url("/"));

        assertThat(page.url()).endsWith("/login");
        assertThat(page.locator("#demo-users").textContent()).contains("manager");
        signIn(page, "manager");

        page.locator("#card-DIGITAL_JOBS").waitFor();
        assertTitle(page, "Dashboard · Marsad");
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

        page.locator("h1").scrollIntoViewIfNeeded();
        screenshot(page, "dashboard-manager-1366x768.png");
        page.setViewportSize(1366, 1500);
        page.locator("h1").scrollIntoViewIfNeeded();
        screenshot(page, "dashboard-manager.png");
    }

    @Test
    void theDashboardFitsAPhone() throws Exception {
        Page page = newPage(390, 844);
        page.navigate(url("/login"));
        signIn(page, "manager");
        page.locator("#card-DIGITAL_JOBS").waitFor();

        double scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).doubleValue();
        assertThat(scrollWidth).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
        double cardWidth = ((Number) page.locator("#card-DIGITAL_JOBS").evaluate("c => c.getBoundingClientRect().width")).doubleValue();
        assertThat(cardWidth).isLessThanOrEqualTo(390);
        screenshot(page, "dashboard-phone.png");
    }
}
