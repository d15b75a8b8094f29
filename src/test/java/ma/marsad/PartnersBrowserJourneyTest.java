package ma.marsad;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import ma.marsad.partner.PartnerCleanup;
import ma.marsad.partner.TestFiles;

/**
 * A manager records a review of ALTEN's training commitment and adds two pieces of evidence, a link and a PDF,
 * in Chromium; the commitment's history then shows all three. The Partners view in French, Arabic and English
 * passes axe-core's WCAG checks and leaves target/screenshots/partners-fr.png, -ar.png and -en.png.
 */
@MarsadSpringTest
class PartnersBrowserJourneyTest extends BrowserJourney {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        PartnerCleanup.reset(jdbc);
    }

    @Test
    void aManagerRecordsAReviewAndAddsALinkAndAFile(@TempDir Path dir) throws Exception {
        Path pdf = Files.write(dir.resolve("alten-training-report.pdf"), TestFiles.pdf());
        Page page = newPage(1366, 900);
        page.navigate(url("/partners"));
        signIn(page, "manager");
        page.locator("#commitment-ALTEN_TRAINING").waitFor();

        page.locator("#review-ALTEN_TRAINING").click();
        page.locator("#review-completion vaadin-radio-button", new Page.LocatorOptions().setHasText("Limited")).click();
        page.locator("#review-confidence vaadin-radio-button", new Page.LocatorOptions().setHasText("Amber — ")).click();
        page.locator("#review-comment textarea").fill("Two programmes opened with the universities of Fez and Rabat");
        page.locator("#review-save").click();
        assertThat(page.locator("#completion-ALTEN_TRAINING")).hasText("Limited");
        assertThat(page.locator("#confidence-ALTEN_TRAINING")).hasText("Amber");

        page.locator("#add-evidence-ALTEN_TRAINING").click();
        page.locator("#evidence-link input").fill("https://example.org/alten-training");
        page.locator("#evidence-summary textarea").fill("Programmes announced by the ministry");
        page.locator("#evidence-save").click();
        page.locator("#evidence-save").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

        page.locator("#add-evidence-ALTEN_TRAINING").click();
        page.locator("#evidence-upload input[type=file]").setInputFiles(pdf);
        page.locator("#evidence-upload vaadin-upload-file[complete]").waitFor();
        page.locator("#evidence-summary textarea").fill("First quarterly report");
        page.locator("#evidence-save").click();
        page.locator("#evidence-save").waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));

        page.locator("#more-ALTEN_TRAINING vaadin-details-summary").click();
        assertThat(page.locator("#evidence-ALTEN_TRAINING li")).hasCount(2);
        assertThat(page.locator("#evidence-ALTEN_TRAINING li").first()).containsText("alten-training-report.pdf");
        assertThat(page.locator("#evidence-ALTEN_TRAINING li").last()).containsText("https://example.org/alten-training");
        assertThat(page.locator("#history-ALTEN_TRAINING li")).hasCount(3);
        assertThat(page.locator("#history-ALTEN_TRAINING li").nth(0)).containsText("Commitment reviewed");
        assertThat(page.locator("#history-ALTEN_TRAINING li").nth(0)).containsText("Limited / Amber");
        assertThat(page.locator("#history-ALTEN_TRAINING li").nth(1)).containsText("Evidence added");
        assertThat(page.locator("#history-ALTEN_TRAINING li").nth(2)).containsText("alten-training-report.pdf");
        page.locator("#commitment-ALTEN_TRAINING").screenshot(new Locator.ScreenshotOptions()
                .setPath(Files.createDirectories(SCREENSHOTS).resolve("partners-review.png")));
    }

    /** Browser locale, page language, direction, the page's title. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr-FR | fr | ltr | Partenaires · Marsad
            ar-MA | ar | rtl | الشركاء · Marsad
            en-US | en | ltr | Partners · Marsad
            """)
    void anOfficialReadsThePartnersInTheBrowsersLanguage(String browserLocale, String lang, String dir, String title)
            throws Exception {
        {
            Page page = A11yPages.signedIn(browser, url(""), browserLocale, "official", 1366, 900);
            A11yPages.follow(page, url(""), "/partners");
            page.locator("#agreement-MISTRAL_MOU").waitFor();
            A11yPages.settle(page);
            assertTitle(page, title);
            assertThat(page.evaluate("document.documentElement.lang")).isEqualTo(lang);
            assertThat(page.evaluate("document.documentElement.dir")).isEqualTo(dir);
                // No review button for an official.
            assertThat(page.locator("[id^=review-ALTEN]")).hasCount(0);

            page.locator("#confidence-definitions vaadin-details-summary").click();
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AxeCore.script()));
            A11yPages.still(page);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                    async tags => (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => ({ id: v.id, nodes: v.nodes.slice(0, 5).map(n => JSON.stringify(n.target)) }))""",
                    WCAG_TAGS);
            assertThat(violations).as("serious or critical axe violations in " + lang).isEmpty();

            page.waitForLoadState(LoadState.NETWORKIDLE);
            int height = ((Number) page.evaluate("Math.max(...Array.from(document.querySelectorAll('main, main *'))"
                    + ".map(e => e.scrollHeight))")).intValue();
            page.setViewportSize(1366, Math.min(height + 120, 7000));
            page.locator("h1").scrollIntoViewIfNeeded();
            Path file = Files.createDirectories(SCREENSHOTS).resolve("partners-" + lang + ".png");
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            page.context().close();
        }
    }
}
