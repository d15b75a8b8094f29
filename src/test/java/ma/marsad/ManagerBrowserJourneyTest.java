package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ma.marsad.excelimport.ImportedFiguresCleanup;

/**
 * A manager's review, in headless Chromium: open Approvals, weigh the entrepreneurs' 2026-Q3 figure against
 * the previous quarter and the path, approve it, and find it counted on the dashboard without the switch.
 * Leaves two screenshots in target/screenshots (copied by hand to docs/screenshots once looked at).
 */
@MarsadSpringTest
class ManagerBrowserJourneyTest extends BrowserJourney {


    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void putTheSampleBack() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    /** The card's table row for a quarter ("Q3 2026"): reported, to date, expected. */
    private static String tableRow(Page page, String code, String quarter) {
        Locator row = page.locator("#card-" + code + " .progress-table tbody tr")
                .filter(new Locator.FilterOptions().setHasText(quarter));
        return row.locator("td").first().textContent();
    }

    @Test
    void aManagerApprovesTheEntrepreneursQuarterAndTheDashboardCountsIt() throws Exception {
        Page page = newPage(1366, 1000);
        page.navigate(url("/login"));
        signIn(page, "manager");
        page.locator("#card-ENTREPRENEURS_INVESTORS").waitFor();
        assertThat(page.locator("#card-ENTREPRENEURS_INVESTORS .card-actual").textContent())
                .as("2026-Q3's figure waits").isEqualTo("8");
        assertThat(tableRow(page, "ENTREPRENEURS_INVESTORS", "Q3 2026")).isEqualTo("—");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Approvals")).click();
        Locator review = page.locator("#review-ENTREPRENEURS_INVESTORS-2026-Q3");
        review.waitFor();
        assertTitle(page, "Approvals · Marsad");
        assertThat(review.locator("h2").textContent())
                .isEqualTo("Entrepreneurs and investors supported (ENTREPRENEURS_INVESTORS), 2026-Q3");
        assertThat(review.locator("vaadin-grid-cell-content").allTextContents()).contains("National", "2", "Submitted");
        assertThat(page.locator("#previous-ENTREPRENEURS_INVESTORS-2026-Q3").textContent())
                .isEqualTo("Previous quarter, 2026-Q2: 2. Change: +0.");
        assertThat(page.locator("#path-ENTREPRENEURS_INVESTORS-2026-Q3").textContent()).isEqualTo(
                "With these figures, 10 at the end of 2026-Q3; the path to the target expects 9.13. Gap: +0.9.");
        page.locator("#comment-ENTREPRENEURS_INVESTORS-2026-Q3 textarea").fill("Matches the programme’s list.");
        page.setViewportSize(1366, 1400);
        page.locator("h1").scrollIntoViewIfNeeded();
        screenshot(page, "approval-manager.png");
        page.setViewportSize(1366, 1000);

        page.locator("#approve-ENTREPRENEURS_INVESTORS-2026-Q3").click();
        page.locator("vaadin-notification-card").filter(new Locator.FilterOptions()
                .setHasText("ENTREPRENEURS_INVESTORS, 2026-Q3: approved and locked.")).waitFor();
        review.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        assertThat(page.locator("#review-STARTUPS-2026-Q3").isVisible()).isTrue();
        page.locator("#tab-locked").click();
        page.locator("#locked-quarters vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                .setHasText("ENTREPRENEURS_INVESTORS")).first().waitFor();
        // The confirmation would otherwise still float over the dashboard's screenshot.
        page.locator("vaadin-notification-card").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dashboard")).click();
        page.locator("#card-ENTREPRENEURS_INVESTORS").waitFor();
        assertThat(page.locator("#include-unapproved input").isChecked()).isFalse();
        assertThat(page.locator("#card-ENTREPRENEURS_INVESTORS .card-actual").textContent())
                .as("approved: counted without the switch").isEqualTo("10");
        page.locator("#card-ENTREPRENEURS_INVESTORS .card-table summary, #card-ENTREPRENEURS_INVESTORS .card-table vaadin-details-summary")
                .first().click();
        assertThat(tableRow(page, "ENTREPRENEURS_INVESTORS", "Q3 2026")).isEqualTo("2");
        assertThat(page.locator("#overdue").textContent()).contains("Technology unicorn (UNICORNS)")
                .contains("Overdue: no figure yet for 2026-Q3");

        page.getByLabel("Include figures not yet approved").check();
        page.locator("#unapproved-STARTUPS").waitFor();
        assertThat(page.locator("#unapproved-STARTUPS").textContent()).isEqualTo("Includes figures not yet approved");
        assertThat(page.locator("#unapproved-ENTREPRENEURS_INVESTORS").count()).as("nothing of it waits now").isZero();
        // Wide enough for three cards a row, so the startups' card and its badge show under the overdue panel.
        page.setViewportSize(1600, 1500);
        page.locator("h1").scrollIntoViewIfNeeded();
        screenshot(page, "dashboard-review.png");

    }
}
