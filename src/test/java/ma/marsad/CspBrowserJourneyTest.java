package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;

/**
 * Which of 'unsafe-inline' and 'unsafe-eval' Vaadin really needs (issue 18, finding 7): every view is loaded in
 * Chromium as an administrator under the served policy, then under the policy with one of them removed (the
 * answers' header rewritten on the way to the browser), and the policy violations are collected. All three are
 * needed by Vaadin Flow 25 itself (run of 8 December 2026: eval in FlowClient, the bootstrap's inline scripts,
 * the components' inline styles); the rest of the policy is already 'self' only (base.security.SecurityHeaders).
 */
@MarsadSpringTest
class CspBrowserJourneyTest extends BrowserJourney {

    static final String REAL = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    private static final List<String> VIEWS = List.of("/", "/figures", "/entry", "/imports", "/approvals", "/reports",
            "/admin/users", "/admin/indicators", "/admin/audit", "/admin/backups");

    /** The violations seen while signing in and opening every view under {@code policy}. */
    private List<String> violationsUnder(String policy) {
        Page page = newPage(1366, 900);
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        page.exposeFunction("marsadReportViolation", args -> {
            violations.add(String.valueOf(args[0]));
            return null;
        });
        page.addInitScript("document.addEventListener('securitypolicyviolation', e => window.marsadReportViolation("
                + "location.pathname + ': ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile"
                + " + ':' + e.lineNumber));");
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                violations.add("console: " + message.text());
            }
        });
        page.route(url("/") + "**", route -> {
            // Redirects go back to the browser as they are (a fetch that followed them would land on the wrong page).
            var response = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
            Map<String, String> headers = new LinkedHashMap<>(response.headers());
            headers.put("content-security-policy", policy);
            route.fulfill(new Route.FulfillOptions().setResponse(response).setHeaders(headers));
        });
        try {
            page.navigate(url("/login"));
            signIn(page, "admin");
            page.locator("#card-DIGITAL_JOBS").waitFor();
            for (String view : VIEWS) {
                page.navigate(url(view));
                // Vaadin's client has started and drawn the view (or been stopped by the policy).
                page.waitForTimeout(2_000);
            }
        } catch (com.microsoft.playwright.PlaywrightException broken) {
            violations.add("the page did not work: " + broken.getMessage().lines().limit(3).toList());
        } finally {
            page.close();
        }
        return violations;
    }

    @Test
    void vaadinNeedsWhatThePolicyAllowsAndNothingMore() {
        Map<String, List<String>> byPolicy = new LinkedHashMap<>();
        byPolicy.put("real", violationsUnder(REAL));
        byPolicy.put("no unsafe-eval", violationsUnder(REAL.replace(" 'unsafe-inline' 'unsafe-eval';", " 'unsafe-inline';")));
        byPolicy.put("no script unsafe-inline", violationsUnder(REAL.replace(" 'unsafe-inline' 'unsafe-eval';", " 'unsafe-eval';")));
        byPolicy.put("no style unsafe-inline", violationsUnder(REAL.replace("style-src 'self' 'unsafe-inline'", "style-src 'self'")));
        byPolicy.forEach((name, seen) -> System.out.println("CSP " + name + ": " + seen.size() + " "
                + seen.subList(0, Math.min(3, seen.size()))));
        assertThat(byPolicy.get("real")).as("the policy served").isEmpty();
        // Each of the three is needed: without it Vaadin's own code is blocked (FlowClient builds functions from
        // the server's JavaScript; the bootstrap page and the components use inline scripts and styles).
        assertThat(byPolicy.get("no unsafe-eval")).anyMatch(v -> v.contains("eval"));
        assertThat(byPolicy.get("no script unsafe-inline")).anyMatch(v -> v.contains("inline script"));
        assertThat(byPolicy.get("no style unsafe-inline")).anyMatch(v -> v.contains("inline style"));
    }
}
