package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

/**
 * The manager's dashboard in a French, a Moroccan Arabic and an American browser: the page speaks the
 * browser's language (Accept-Language), says so in {@code <html lang>}, runs right to left in Arabic,
 * and writes quarters and numbers that language's way. Leaves full-page screenshots
 * target/screenshots/dashboard-fr.png, -ar.png and -en.png to be looked at.
 */
@MarsadSpringTest
class DashboardLanguagesBrowserJourneyTest extends BrowserJourney {

    /** Browser locale, page language, direction, the last closed quarter, the jobs target, page title. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fr-FR | fr | ltr | T3 2026            | Cible 240\u202F000 d’ici le 31 déc. 2030       | Tableau de bord · Marsad
            ar-MA | ar | rtl | الربع الثالث 2026 | الهدف 240.000 بحلول 31 دجنبر 2030          | لوحة القيادة · Marsad
            en-US | en | ltr | Q3 2026            | Target 240,000 by Dec 31, 2030                | Dashboard · Marsad
            """)
    void aManagerReadsTheDashboardInTheBrowsersLanguage(String browserLocale, String lang, String dir, String quarter,
            String jobsTarget, String title) throws Exception {
        try (BrowserContext context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale(browserLocale).setViewportSize(1366, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(url("/login"));
            page.locator("#vaadinLoginUsername input").fill("manager");
            page.locator("#vaadinLoginPassword input").fill("manager");
            page.locator("#vaadinLoginPassword input").press("Enter");
            page.locator("#card-DIGITAL_JOBS").waitFor();
            assertTitle(page, title);

            assertThat(page.evaluate("document.documentElement.lang")).isEqualTo(lang);
            assertThat(page.evaluate("document.documentElement.dir")).isEqualTo(dir);
            assertThat(page.locator("#card-DIGITAL_JOBS .card-target").textContent()).isEqualTo(jobsTarget);
            assertThat(page.locator(".as-of").textContent()).contains(quarter);
            // The last actual quarter; the forecast's quarters follow it to the deadline.
            assertThat(page.locator("#card-DIGITAL_JOBS .progress-table tbody tr:not(.forecast-row) th").last()
                    .textContent()).isEqualTo(quarter);
            assertThat(page.locator("#overdue h2").textContent()).endsWith(quarter);

            for (String code : new String[] {"DIGITAL_JOBS", "ONEPOINT_ENGINEERS", "TECH_CERTIFICATES"}) {
                page.locator("#chart-" + code).scrollIntoViewIfNeeded();
                page.waitForFunction("id => { const i = document.getElementById(id); return i && i.complete && i.naturalWidth > 0; }",
                        "chart-" + code);
            }
            // The jobs card's table open, so the screenshot shows its quarters and numbers too.
            page.evaluate("document.querySelector('#card-DIGITAL_JOBS .card-table').opened = true");
            page.waitForLoadState(LoadState.NETWORKIDLE);
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve("dashboard-" + lang + ".png");
            // The view scrolls inside the layout, not the page: a viewport as tall as the view shows all of it.
            int height = ((Number) page.evaluate("Math.max(...Array.from(document.querySelectorAll('main, main *'))"
                    + ".map(e => e.scrollHeight))")).intValue();
            page.setViewportSize(1366, Math.min(height + 120, 6000));
            page.locator("h1").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
            assertThat(Files.size(file)).isPositive();
        }
    }
}
