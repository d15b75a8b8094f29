package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/**
 * The app works under its Content-Security-Policy in a real Chromium: an administrator signs in through the
 * login form (which must send Spring's CSRF token), opens the dashboard, import, reports and the three
 * administration pages, and signs out. Every console message and every securitypolicyviolation event is
 * recorded: none may be a CSP violation; the charts must draw; every response of the app carries the headers.
 */
@MarsadSpringTest
class SecurityBrowserJourneyTest extends BrowserJourney {

    private static final List<String> HEADLINE_CHARTS = List.of("chart-DIGITAL_JOBS", "chart-STARTUPS");

    @Test
    void anAdministratorUsesEveryKindOfPageUnderThePolicyWithoutASingleViolation() {
        Page page = newPage(1366, 900);
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        List<String> console = Collections.synchronizedList(new ArrayList<>());
        List<String> unprotected = Collections.synchronizedList(new ArrayList<>());
        page.exposeFunction("marsadReportViolation", args -> {
            violations.add(String.valueOf(args[0]));
            return null;
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => window.marsadReportViolation("
                + "e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));");
        page.onConsoleMessage(message -> console.add(message.type() + ": " + message.text()));
        List<String> failed = Collections.synchronizedList(new ArrayList<>());
        page.onResponse(response -> {
            if (response.url().startsWith(url("/"))) {
                checkHeaders(response, unprotected);
            }
            if (response.status() >= 400) {
                failed.add(response.status() + " " + response.url());
            }
        });

        page.navigate(url("/"));
        assertThat(page.url()).endsWith("/login");
        signIn(page, "admin");
        page.locator("#card-DIGITAL_JOBS").waitFor();
        for (String chart : HEADLINE_CHARTS) {
            page.locator("#" + chart).scrollIntoViewIfNeeded();
            page.waitForFunction("id => { const i = document.getElementById(id); return i && i.complete && i.naturalWidth > 0; }",
                    chart);
            assertThat(((Number) page.locator("#" + chart).evaluate("i => i.naturalWidth")).intValue()).as(chart)
                    .isGreaterThan(0);
        }

        Map<String, String> pages = Map.of("/imports", "#import-upload", "/reports", "#report-download",
                "/admin/users", "#users-grid", "/admin/indicators", "#indicators-grid", "/admin/audit", "#audit-grid");
        pages.forEach((path, element) -> {
            page.navigate(url(path));
            page.locator(element).waitFor();
        });
        page.navigate(url("/"));
        page.locator("#card-DIGITAL_JOBS").waitFor();

        page.locator("#logout").click();
        page.waitForURL("**/login");
        page.navigate(url("/"));
        page.waitForURL("**/login");

        assertThat(violations).as("securitypolicyviolation events").isEmpty();
        assertThat(console).as("console messages (all: " + console + ")")
                .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
        assertThat(unprotected).as("responses without the security headers").isEmpty();
        System.out.println("Security journey: console " + console + ", failed responses " + failed);
    }

    private static void checkHeaders(Response response, List<String> unprotected) {
        Map<String, String> headers = response.allHeaders();
        if (headers.get("content-security-policy") == null || !"nosniff".equals(headers.get("x-content-type-options"))
                || !"DENY".equals(headers.get("x-frame-options"))) {
            unprotected.add(response.status() + " " + response.url());
        }
    }
}
