package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import ma.marsad.account.IssuedPassword;
import ma.marsad.account.NewUser;
import ma.marsad.account.TestAccounts;
import ma.marsad.account.UserAdminService;
import ma.marsad.account.UserSummary;
import ma.marsad.base.LocalizedText;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.base.security.Role;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.indicator.EditableIndicator;
import ma.marsad.indicator.IndicatorAdminService;
import ma.marsad.indicator.IndicatorChanges;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.indicator.NewIndicator;
import ma.marsad.indicator.TestIndicators;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.NewFigure;
import ma.marsad.review.ReviewService;

/**
 * An administrator's work in headless Chromium: a disabled person's open session ends at their next click,
 * and the three administration screens as they look with some history (screenshots in target/screenshots/).
 */
@MarsadSpringTest
class AdminBrowserJourneyTest extends BrowserJourney {

    /** Accounts with plausible names for the screenshots; removed after each test like the test.* ones. */
    private static final List<String> PEOPLE = List.of("a.berrada", "k.idrissi", "s.elfassi");

    @Autowired
    UserAdminService users;
    @Autowired
    IndicatorAdminService indicatorAdmin;
    @Autowired
    IndicatorService indicators;
    @Autowired
    EntryService entries;
    @Autowired
    ReviewService reviews;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeWhatTheJourneyMade() {
        ImportedFiguresCleanup.removeImports(jdbc);
        TestAccounts.remove(jdbc);
        TestIndicators.remove(jdbc);
        for (String name : PEOPLE) {
            jdbc.update("delete from user_account_role where user_account_id in"
                    + " (select id from user_account where username = ?)", name);
            jdbc.update("delete from user_account where username = ?", name);
        }
    }

    @Test
    void aDisabledPersonsOpenSessionEndsAndTheirNextPageIsTheLoginPage() {
        IssuedPassword issued = users.create(new NewUser("test.session", "Session Test", Set.of(Role.MANAGER)), null,
                "admin");
        Page page = newPage(1280, 800);
        page.navigate(url("/login"));
        signIn(page, "test.session", issued.password());
        page.locator("#card-DIGITAL_JOBS").waitFor();
        assertThat(page.locator("#signed-in-user").textContent()).isEqualTo("Signed in as test.session");

        users.disable(issued.user().id(), issued.user().version(), "left", "admin");
        page.reload();

        page.waitForURL("**/login");
        page.locator("vaadin-login-form").waitFor();
        assertThat(page.locator("#signed-in-user").count()).isZero();
        page.navigate(url("/"));
        page.waitForURL("**/login");
        assertThat(page.locator("#card-DIGITAL_JOBS").count()).isZero();
    }

    @Test
    void theUsersScreenOpensAnAccountAndShowsItsPasswordOnce() throws Exception {
        people();
        Page page = signedInAsAdmin();
        page.navigate(url("/admin/users"));
        page.locator("#users-grid").waitFor();
        page.getByText("Samira El Fassi").waitFor();
        assertTitle(page, "Users · Marsad");
        screenshot(page, "admin-users.png");

        page.locator("#new-user").click();
        page.locator("#new-username input").fill("test.nora");
        page.locator("#new-display-name input").fill("Nora Tazi");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Clerk")).check();
        page.locator("#create-user").click();
        page.locator("#issued-password").waitFor();
        assertThat(page.locator("#issued-password").textContent()).hasSize(20);
        screenshot(page, "admin-users-password.png");
    }

    @Test
    void theIndicatorsScreenFlagsMissingNamesAndValidatesAnEdit() throws Exception {
        cloudIndicator();
        Page page = signedInAsAdmin();
        page.navigate(url("/admin/indicators"));
        page.locator("#indicators-grid").waitFor();
        page.locator("#missing-names").waitFor();
        assertThat(page.locator("#missing-names").textContent()).startsWith("Indicators with a name, unit or owner missing in English or Arabic: 1.");
        screenshot(page, "admin-indicators.png");

        page.locator("#edit-TEST_CLOUD_MW").click();
        page.locator("#indicator-target").waitFor();
        page.locator("#indicator-target input").fill("350");
        page.locator("#save-indicator").click();
        page.locator("#indicator-refusal").waitFor();
        assertThat(page.locator("#indicator-reason [slot=error-message]").textContent())
                .isEqualTo("Give a reason: a change of target, deadline or milestones is kept in the history with it.");
        screenshot(page, "admin-indicator-edit.png");
    }

    @Test
    void theAuditTrailListsEveryChangeAndNarrowsToOnePerson() throws Exception {
        people();
        EditableIndicator cloud = cloudIndicator();
        IndicatorChanges was = IndicatorChanges.of(cloud.details());
        indicatorAdmin.update(cloud.details().id(), cloud.version(), new IndicatorChanges(was.name(), was.unit(),
                was.owner(), new BigDecimal("350"), was.startDate(), was.deadline(), was.datesNote(),
                was.milestones(), was.wholeNumbers()), "Target raised by the 2026 finance law", "admin");
        entries.create(new NewFigure(indicators.findByCode("UNICORNS").orElseThrow().id(), Quarter.of("2026-Q3"),
                Region.NATIONAL, BigDecimal.ONE, "First Moroccan unicorn"), "clerk");
        ma.marsad.Reviewer.run(() -> reviews.approve(indicators.findByCode("STARTUPS").orElseThrow().id(), Quarter.of("2026-Q3"),
                "Checked against the programme's register", "manager", Map.of()));

        Page page = signedInAsAdmin();
        page.setViewportSize(1600, 900);
        page.navigate(url("/admin/audit"));
        page.locator("#audit-grid").waitFor();
        page.getByText("Target raised by the 2026 finance law").waitFor();
        assertThat(page.locator("#audit-count").textContent()).isEqualTo("Changes: 9");
        screenshot(page, "admin-audit.png");

        page.locator("#audit-user input").fill("manager");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("manager").setExact(true)).click();
        page.waitForCondition(() -> "Changes: 1".equals(page.locator("#audit-count").textContent()));
        screenshot(page, "admin-audit-filtered.png");
    }

    private Page signedInAsAdmin() {
        Page page = newPage(1440, 900);
        page.navigate(url("/login"));
        signIn(page, "admin");
        page.locator("#signed-in-user").waitFor();
        return page;
    }

    private void signIn(Page page, String user, String password) {
        page.getByLabel("User name").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    /** Three accounts with a history: opened, one given a second role, one disabled. */
    private void people() {
        users.create(new NewUser("a.berrada", "Amina Berrada", Set.of(Role.MANAGER)), "Head of the monitoring unit",
                "admin");
        UserSummary karim = users.create(new NewUser("k.idrissi", "Karim Idrissi", Set.of(Role.OFFICIAL)), null,
                "admin").user();
        users.disable(karim.id(), karim.version(), "Left the ministry in October", "admin");
        UserSummary samira = users.create(new NewUser("s.elfassi", "Samira El Fassi", Set.of(Role.CLERK)), null,
                "admin").user();
        users.changeRoles(samira.id(), samira.version(), Set.of(Role.CLERK, Role.MANAGER),
                "Reviews the Souss-Massa figures while Amina is away", "admin");
    }

    /** A target added by hand with only its French name, so the list flags it. */
    private EditableIndicator cloudIndicator() {
        NewIndicator jobs = TestIndicators.jobs("TEST_CLOUD_MW");
        IndicatorChanges v = jobs.values();
        return indicatorAdmin.create(new NewIndicator(jobs.code(), IndicatorKind.LEVEL, "note-2026.txt",
                "Une capacité cloud souveraine de 300 MW.", new IndicatorChanges(
                        new LocalizedText("Capacité cloud souveraine", "", ""), new LocalizedText("MW", "MW", "ميغاواط"),
                        v.owner(), new BigDecimal("300"), v.startDate(), v.deadline(), null, List.of(), false)),
                null, "admin");
    }
}
