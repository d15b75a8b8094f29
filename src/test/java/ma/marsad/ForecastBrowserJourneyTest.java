package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * The chance of reaching a target, its forecast fan and the UN measure as a manager reads them in French, Arabic and
 * English: the jobs card with its table view and the UN measure's explanation open. Leaves
 * target/screenshots/forecast-card-fr.png, -ar.png and -en.png, and the report in each language
 * (forecast-report-*.xlsx) for the Summary's screenshot (docs/forecast.md).
 */
@MarsadSpringTest
class ForecastBrowserJourneyTest extends BrowserJourney {

    /** Browser locale, page language, the chance's sentence up to its number, the measure's line's start. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr-FR | fr | Probabilité d’atteindre 240\u202F000 d’ici le 31 déc. 2030 : | Mesure de progrès de l’ONU :
            ar-MA | ar | احتمال بلوغ 240.000 بحلول 31 دجنبر 2030:                       | مقياس التقدم الأممي:
            en-US | en | Chance of reaching 240,000 by Dec 31, 2030:                     | UN progress measure:
            """)
    void aManagerReadsTheChanceTheFanAndTheUnMeasureInHerLanguage(String browserLocale, String lang, String chance,
                                                                 String measure) throws Exception {
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale(browserLocale).setViewportSize(1366, 900).setDeviceScaleFactor(1))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(url("/login"));
            page.locator("#vaadinLoginUsername input").fill("manager");
            page.locator("#vaadinLoginPassword input").fill("manager");
            page.locator("#vaadinLoginPassword input").press("Enter");
            Locator card = page.locator("#card-DIGITAL_JOBS");
            card.waitFor();

            assertThat(page.locator("#chance-DIGITAL_JOBS").textContent()).startsWith(chance)
                    // French puts a narrow no-break space before %, Arabic isolates it with left-to-right marks.
                    .matches(".*\\d{1,2}[\\p{Zs}\\u200E]*%\\u200E?$");
            assertThat(page.locator("#measure-DIGITAL_JOBS").textContent()).startsWith(measure);
            assertThat(page.locator("#chance-STARTUPS").textContent()).contains("5");
            // The forecast's quarters in the table view, after the actual ones, to the deadline.
            Locator forecastRows = card.locator(".progress-table tr.forecast-row");
            assertThat(forecastRows.count()).isEqualTo(17);
            assertThat(card.locator("#chart-DIGITAL_JOBS").getAttribute("alt")).contains("80");

            page.locator("#chart-DIGITAL_JOBS").scrollIntoViewIfNeeded();
            page.waitForFunction("id => { const i = document.getElementById(id); return i && i.complete && i.naturalWidth > 0; }",
                    "chart-DIGITAL_JOBS");
            page.evaluate("document.querySelector('#card-DIGITAL_JOBS .card-measure-help').opened = true");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve("forecast-card-" + lang + ".png");
            // The view scrolls inside the layout, not the page: a viewport taller than the card shows all of it.
            page.setViewportSize(1366, (int) card.boundingBox().height + 400);
            card.scrollIntoViewIfNeeded();
            card.screenshot(new Locator.ScreenshotOptions().setPath(file));
            assertThat(Files.size(file)).isPositive();

            HttpResponse<byte[]> report = new ApiClient(port).sendForBytes(new ApiClient(port)
                    .request("/api/reports/progress.xlsx?lang=" + lang, "official", "official"));
            assertThat(report.statusCode()).isEqualTo(200);
            Files.write(SCREENSHOTS.resolve("forecast-report-" + lang + ".xlsx"), report.body());
        }
    }
}
