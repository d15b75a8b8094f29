package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.NewFigure;
import ma.marsad.review.ReviewService;

/**
 * A clerk's corrections, in headless Chromium: the figure a manager returned is listed first and corrected
 * under its row (a reason is required), a new figure is typed and saved, and the corrected figure's history
 * opens beside the grid and closes with Escape. Leaves target/screenshots/entry-history.png.
 */
@MarsadSpringTest
class EntryBrowserJourneyTest extends BrowserJourney {

    private static final Quarter Q3 = Quarter.of("2026-Q3");

    @Autowired
    EntryService entries;
    @Autowired
    ReviewService reviews;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    @Test
    void aClerkCorrectsAReturnedFigureTypesANewOneAndReadsTheHistoryBesideTheGrid() throws Exception {
        long gazelles = indicators.findByCode("GAZELLES").orElseThrow().id();
        EntryDetails returned = entries.create(new NewFigure(gazelles, Q3, Region.NATIONAL, new BigDecimal("5"),
                "from the Maroc PME list"), "clerk");
        ma.marsad.Reviewer.run(() -> reviews.returnToClerks(gazelles, Q3, "Five gazelles in one quarter? Please check the source.", "manager",
                Map.of()));

        Page page = newPage(1440, 1300);
        page.navigate(url("/login"));
        signIn(page, "clerk");
        page.locator("#card-GAZELLES").waitFor();
        page.navigate(url("/entry"));
        page.locator("#entry-grid").waitFor();
        assertTitle(page, "Data entry · Marsad");
        assertThat(page.locator("#returned-heading").textContent()).isEqualTo("One figure was returned to you");
        assertThat(page.locator("#returned-figures").textContent()).contains("Five gazelles in one quarter?");

        page.locator("#returned-correct-" + returned.id()).click();
        page.locator("#correction-value input").fill("3");
        page.locator("#correction-save").click();
        page.locator("#correction-reason[invalid]").waitFor();
        assertThat(page.locator("#correction-reason").textContent()).contains("Give a reason: it is kept in the history.");
        page.locator("#correction-reason input").fill("Two were counted twice: same company, two names");
        page.locator("#correction-save").click();
        notification(page, "GAZELLES, Q3 2026, National: corrected to 3 and submitted for review.").waitFor();
        page.locator("#returned-figures").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));

        page.locator("#entry-indicator input").fill("GAZELLES");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("GAZELLES —")).first().click();
        page.locator("#entry-region input").fill("Oriental");
        page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("Oriental")).first().click();
        page.locator("#entry-value input").fill("1 200");
        page.locator("#entry-save").click();
        Locator saved = notification(page, "GAZELLES, Q3 2026, Oriental: 1,200 saved and submitted for review.");
        saved.waitFor();
        assertThat(jdbc.queryForList("select region_code || ' ' || amount || ' ' || status from progress_entry"
                + " where indicator_id = ? and quarter_code = '2026-Q3' order by region_code", String.class, gazelles))
                .containsExactly("NATIONAL 3.00 SUBMITTED", "ORIENTAL 1200.00 SUBMITTED");

        page.locator("#history-" + returned.id()).click();
        Locator panel = page.locator("#figure-history");
        panel.waitFor();
        assertThat(page.locator("#figure-history-title").textContent()).isEqualTo("GAZELLES, Q3 2026, National: history");
        assertThat(panel.locator(".history-line").allTextContents()).hasSize(3);
        assertThat(panel.locator(".history-line").nth(2).textContent()).contains("clerk replaced 5 with 3");
        assertThat(panel.locator(".history-reason").allTextContents()).containsExactly(
                "Reason: Five gazelles in one quarter? Please check the source.",
                "Reason: Two were counted twice: same company, two names");
        assertThat(panel.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Restore this value")).count())
                .isEqualTo(1);
        double gridRight = ((Number) page.locator("#entry-grid").evaluate("g => g.getBoundingClientRect().right"))
                .doubleValue();
        double panelLeft = ((Number) panel.evaluate("p => p.getBoundingClientRect().left")).doubleValue();
        assertThat(panelLeft).as("the panel sits beside the grid").isGreaterThanOrEqualTo(gridRight);
        saved.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        screenshot(page, "entry-history.png");

        page.keyboard().press("Escape");
        panel.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    private static Locator notification(Page page, String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
    }
}
