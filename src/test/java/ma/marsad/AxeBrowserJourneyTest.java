package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.excelimport.TestWorkbook;

/**
 * Every view, in English, French and Arabic, signed in as someone who may see it, checked by axe-core
 * against WCAG 2.0, 2.1 and 2.2 levels A and AA; where cheap with its dialogs, panels and details open.
 * A serious or critical violation fails the check; lesser ones are printed. Every result also goes to
 * target/accessibility/axe-report.txt. The language comes from the browser's Accept-Language, as for a
 * first-time visitor.
 */
@MarsadSpringTest
class AxeBrowserJourneyTest extends BrowserJourney {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");
    private static final List<String> FAILING_IMPACTS = List.of("serious", "critical");
    private static final Path REPORT = Path.of("target", "accessibility", "axe-report.txt");
    private static final String AXE_RUN = """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return result.violations.map(v => ({ id: v.id, impact: v.impact || '', help: v.help, helpUrl: v.helpUrl,
                nodes: v.nodes.slice(0, 8).map(n => JSON.stringify(n.target) + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' ')),
                count: v.nodes.length }));
            }""";

    /** One page a browser language and user, signed in once and reused by the checks that follow. */
    private static final Map<String, Page> PAGES = new HashMap<>();
    private static Path workbookWithErrors;

    @Autowired
    JdbcTemplate jdbc;

    /** A view to check: who may see it, where, what shows it is drawn, and what to open before checking. */
    record Check(String name, String user, String path, String ready, Consumer<Page> open) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> checks() {
        List<Check> views = List.of(
                new Check("login", null, "/login", "vaadin-login-form", page -> { }),
                new Check("login after a failed sign-in", null, "/login?error", "vaadin-login-form", page -> { }),
                new Check("dashboard with unapproved figures, tables and sources open", "manager", "/", "#card-DIGITAL_JOBS",
                        page -> {
                            page.locator("#include-unapproved").click();
                            page.locator("#unapproved-STARTUPS").waitFor();
                            page.locator("#card-DIGITAL_JOBS .card-table vaadin-details-summary").click();
                            page.evaluate("document.querySelectorAll('.indicator-card vaadin-details').forEach(d => d.opened = true)");
                        }),
                new Check("figures with a history open", "manager", "/figures", "#figures-grid", page -> {
                    page.locator("#figures-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("DIGITAL_JOBS"))
                            .first().click();
                    page.locator("#figure-history-current").waitFor();
                }),
                new Check("import", "clerk", "/imports", "#template-download", page -> { }),
                new Check("import after a dry run with errors", "clerk", "/imports", "#template-download", page -> {
                    page.locator("#import-upload input[type=file]").setInputFiles(workbookWithErrors);
                    page.locator("#import-errors").waitFor();
                }),
                new Check("reports", "official", "/reports", "#report-preview", page -> { }),
                new Check("data entry with a correction and a history open", "clerk", "/entry", "#entry-grid", page -> {
                    // The one indicator whose 2026-Q3 figures still wait for a manager, so they may be corrected.
                    page.locator("#shown-indicator input").fill("STARTUPS");
                    page.locator("vaadin-combo-box-item", new Page.LocatorOptions().setHasText("STARTUPS —")).first().click();
                    A11yPages.settle(page);
                    page.locator("#entry-grid vaadin-button[id^=correct-]").first().click();
                    page.locator("#correction-value").waitFor();
                    page.locator("#entry-grid vaadin-button[id^=history-]").first().click();
                    page.locator("#figure-history-current").waitFor();
                }),
                new Check("approvals", "manager", "/approvals", "#approvals-waiting", page -> { }),
                new Check("locked quarters with the reopen dialog", "admin", "/approvals", "#approvals-waiting", page -> {
                    page.locator("#tab-locked").click();
                    page.locator("#locked-quarters vaadin-button[id^=reopen-]").first().click();
                    page.locator("#reopen-reason").waitFor();
                }),
                new Check("users", "admin", "/admin/users", "#users-grid", page -> { }),
                new Check("users with the new account dialog", "admin", "/admin/users", "#users-grid", page -> {
                    page.locator("#new-user").click();
                    page.locator("#new-username").waitFor();
                }),
                new Check("indicators", "admin", "/admin/indicators", "#indicators-grid", page -> { }),
                new Check("indicators with the edit dialog", "admin", "/admin/indicators", "#indicators-grid", page -> {
                    page.locator("#indicators-grid vaadin-button[id^=edit-]").first().click();
                    page.locator("#indicator-milestones").waitFor();
                }),
                new Check("audit", "admin", "/admin/audit", "#audit-grid", page -> { }),
                new Check("partners with definitions and a commitment's evidence open", "official", "/partners",
                        "#agreement-MISTRAL_MOU", page -> {
                            page.locator("#confidence-definitions vaadin-details-summary").click();
                            page.locator("#more-ONEPOINT_ENGINEERS vaadin-details-summary").click();
                            page.locator("#more-ONEPOINT_ENGINEERS .evidence-and-history").waitFor();
                        }),
                new Check("partners with the review dialog", "manager", "/partners", "#agreement-MISTRAL_MOU", page -> {
                    page.locator("#review-ALTEN_TRAINING").click();
                    page.locator("#review-comment").waitFor();
                }),
                new Check("partners with the evidence dialog", "manager", "/partners", "#agreement-MISTRAL_MOU", page -> {
                    page.locator("#add-evidence-ALTEN_TRAINING").click();
                    page.locator("#evidence-summary").waitFor();
                }));
        return Stream.of("en-US", "fr-FR", "ar-MA").flatMap(language -> views.stream().map(v -> Arguments.of(language, v)));
    }

    @BeforeAll
    static void prepare(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        AxeCore.script();
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, "axe-core " + AxeCore.VERSION + ", tags " + WCAG_TAGS + "\n", StandardCharsets.UTF_8);
        workbookWithErrors = TestWorkbook.xlsx().progress(
                        TestWorkbook.row("UNICORNS", "2026-Q3", "", "one", null),
                        TestWorkbook.row("GAZELLE", "2026-Q3", "Oriental", 1, null))
                .writeTo(dir.resolve("errors.xlsx"));
    }

    @AfterEach
    void removeImports() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    @AfterAll
    static void closePages() {
        PAGES.values().forEach(page -> page.context().close());
        PAGES.clear();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("checks")
    void hasNoSeriousOrCriticalViolations(String language, Check check) throws IOException {
        Page page = page(language, check.user());
        show(page, check);
        check.open().accept(page);
        A11yPages.settle(page);
        A11yPages.still(page);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate(AXE_RUN, WCAG_TAGS);
        // Closes whatever the check opened (a dialog, an overlay) before the page's next check.
        page.keyboard().press("Escape");

        List<String> lines = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            @SuppressWarnings("unchecked")
            List<String> nodes = (List<String>) v.get("nodes");
            String line = "[" + v.get("impact") + "] " + v.get("id") + " (" + v.get("count") + "): " + v.get("help")
                    + " " + v.get("helpUrl") + "\n      " + String.join("\n      ", nodes);
            lines.add(line);
            if (FAILING_IMPACTS.contains(v.get("impact"))) {
                failing.add(line);
            }
        }
        String heading = language + " · " + check.name() + " (" + (check.user() == null ? "signed out" : check.user()) + ")";
        Files.writeString(REPORT, heading + ": " + (lines.isEmpty() ? "no violations" : String.join("\n  ", lines)) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        if (!lines.isEmpty()) {
            System.out.println("axe: " + heading + "\n  " + String.join("\n  ", lines));
        }
        assertThat(failing).as("serious or critical axe violations on %s:%n  %s", heading, String.join("\n  ", failing))
                .isEmpty();
    }

    /**
     * Brings the check's view up. Signed in, through the menu's way (a link the client-side router follows),
     * so the page and axe stay loaded; the view already shown is kept as it is, so a check can open a dialog
     * on the view the previous check looked at. The login page is loaded afresh.
     */
    private void show(Page page, Check check) {
        String path = URI.create(page.url()).getPath();
        if (check.user() == null) {
            page.navigate(url(check.path()));
        } else if (!path.equals(check.path())) {
            A11yPages.follow(page, url(""), check.path());
        }
        page.locator(check.ready()).first().waitFor();
        A11yPages.settle(page);
        if (!(Boolean) page.evaluate("() => typeof axe !== 'undefined'")) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(AxeCore.script()));
        }
    }

    /** The page of this language and user, signed in once and kept for the checks that follow. */
    private Page page(String language, String user) {
        return PAGES.computeIfAbsent(language + "/" + user, key -> {
            if (user != null) {
                return A11yPages.signedIn(browser, url(""), language, user, 1366, 900);
            }
            Page page = browser.newContext(new Browser.NewContextOptions().setLocale(language)
                    .setViewportSize(1366, 900)).newPage();
            page.setDefaultTimeout(30_000);
            return page;
        });
    }
}
