package ma.marsad.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import ma.marsad.FixedClockConfiguration;
import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.account.NewUser;
import ma.marsad.account.TestAccounts;
import ma.marsad.account.UserAdminService;
import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.base.security.Role;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.indicator.EditableIndicator;
import ma.marsad.indicator.IndicatorAdminService;
import ma.marsad.indicator.IndicatorChanges;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.indicator.TestIndicators;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.NewFigure;
import ma.marsad.review.ReviewService;

class AuditViewTest extends MarsadBrowserlessTest {

    private static final int WHEN = 0, WHO = 1, KIND = 2, INDICATOR = 3, QUARTER = 4, REGION = 5, SUBJECT = 6,
            CHANGE = 7, REASON = 8, SOURCE = 9;

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
    HistoryLog history;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestData() {
        ImportedFiguresCleanup.removeImports(jdbc);
        TestAccounts.remove(jdbc);
        TestIndicators.remove(jdbc);
    }

    /** Five changes, oldest first: an account, an indicator, its target, a figure, an approval. */
    private void fiveChanges() {
        users.create(new NewUser("test.audit", "Audit", Set.of(Role.CLERK)), "new clerk", "admin");
        EditableIndicator jobs = indicatorAdmin.create(TestIndicators.jobs("TEST_JOBS"), null, "admin");
        IndicatorChanges was = IndicatorChanges.of(jobs.details());
        indicatorAdmin.update(jobs.details().id(), jobs.version(), new IndicatorChanges(was.name(), was.unit(),
                was.owner(), new BigDecimal("12500"), was.startDate(), was.deadline(), was.datesNote(),
                was.milestones(), was.wholeNumbers()), "new plan", "test.other-admin");
        entries.create(new NewFigure(id("UNICORNS"), Quarter.of("2026-Q3"), Region.NATIONAL, new BigDecimal("12500"),
                null), "clerk");
        ma.marsad.Reviewer.run(() -> reviews.approve(id("STARTUPS"), Quarter.of("2026-Q3"), null, "manager", Map.of()));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void everyChangeIsListedNewestFirstWithItsValuesWritten() {
        fiveChanges();

        navigate(AuditView.class);

        var grid = test(auditGrid());
        assertThat($(Paragraph.class).id("audit-count").getText()).isEqualTo("Changes: 5");
        assertThat(IntStream.range(0, 5).mapToObj(i -> grid.getCellText(i, KIND))).containsExactly(
                "Quarter approved", "Figure entered", "Target changed", "Indicator added", "Account created");
        assertThat(grid.getCellText(0, WHEN)).matches("11/23/26, 10:00.AM");
        assertThat(grid.getCellText(0, CHANGE)).matches("SUBMITTED:\\d+ → APPROVED:\\d+ LOCKED");
        assertThat(grid.getCellText(0, SOURCE)).isEqualTo("review");
        assertThat(grid.getCellText(1, INDICATOR)).isEqualTo("UNICORNS");
        assertThat(grid.getCellText(1, QUARTER)).isEqualTo("Q3 2026");
        assertThat(grid.getCellText(1, REGION)).isEqualTo("National");
        assertThat(grid.getCellText(1, CHANGE)).isEqualTo("12,500");
        assertThat(grid.getCellText(1, SOURCE)).isEqualTo("typed by hand");
        assertThat(grid.getCellText(2, WHO)).isEqualTo("test.other-admin");
        assertThat(grid.getCellText(2, CHANGE)).isEqualTo("1,000 → 12,500");
        assertThat(grid.getCellText(2, REASON)).isEqualTo("new plan");
        assertThat(grid.getCellText(2, SOURCE)).isEqualTo("administration");
        assertThat(grid.getCellText(4, SUBJECT)).isEqualTo("test.audit");
        assertThat(grid.getCellText(4, CHANGE)).isEqualTo("CLERK");
        assertThat(grid.getCellText(4, REASON)).isEqualTo("new clerk");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theFiltersNarrowTheRows() {
        fiveChanges();
        navigate(AuditView.class);
        var grid = test(auditGrid());

        @SuppressWarnings("unchecked")
        ComboBox<String> who = $(ComboBox.class).id("audit-user");
        assertThat(test(who).getSuggestions()).containsExactly("admin", "clerk", "manager", "test.other-admin");
        test(who).selectItem("admin");
        assertThat(IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, KIND)))
                .containsExactly("Indicator added", "Account created");

        test(who).selectItem("test.other-admin");
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getCellText(0, KIND)).isEqualTo("Target changed");
        who.clear();

        @SuppressWarnings("unchecked")
        ComboBox<IndicatorDetails> indicator = $(ComboBox.class).id("audit-indicator");
        indicator.setValue(indicators.findByCode("TEST_JOBS").orElseThrow());
        assertThat(IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, KIND)))
                .containsExactly("Target changed", "Indicator added");
        indicator.clear();

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<ChangeKind> kinds = $(MultiSelectComboBox.class).id("audit-kinds");
        test(kinds).selectItem("Account created", "Figure entered");
        assertThat(IntStream.range(0, grid.size()).mapToObj(i -> grid.getCellText(i, KIND)))
                .containsExactly("Figure entered", "Account created");
        kinds.clear();
        assertThat($(Paragraph.class).id("audit-count").getText()).isEqualTo("Changes: 5");

        test($(DatePicker.class).id("audit-from")).setValue(LocalDate.of(2026, 11, 24));
        assertThat(grid.size()).isZero();
        assertThat($(Paragraph.class).id("audit-count").getText()).isEqualTo("Changes: 0");
        test($(DatePicker.class).id("audit-from")).setValue(LocalDate.of(2026, 11, 23));
        test($(DatePicker.class).id("audit-to")).setValue(LocalDate.of(2026, 11, 23));
        assertThat(grid.size()).isEqualTo(5);
        test($(DatePicker.class).id("audit-to")).setValue(LocalDate.of(2026, 11, 22));
        assertThat(grid.size()).isZero();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void onlyTheNewestFiveHundredAreShownAndTheViewSaysSo() {
        // 501 changes, recorded as one batch the way an import records its figures.
        List<HistoryEvent> events = IntStream.rangeClosed(1, 501).mapToObj(i -> HistoryEvent.ofAdmin(
                i == 1 ? ChangeKind.USER_CREATED : ChangeKind.USER_PASSWORD_RESET, "admin",
                FixedClockConfiguration.NOW.toInstant(), null, "test.many", null, null, null)).toList();
        new TransactionTemplate(transactions).executeWithoutResult(t -> history.recordAll(events));

        navigate(AuditView.class);

        assertThat(test(auditGrid()).size()).isEqualTo(500);
        assertThat($(Paragraph.class).id("audit-count").getText())
                .isEqualTo("The newest 500 changes are shown: narrow the filters to see older ones.");
        var grid = test(auditGrid());
        assertThat(IntStream.range(0, 500).mapToObj(i -> grid.getCellText(i, KIND)))
                .as("the oldest change, the account's creation, is beyond the limit").containsOnly("Password reset");
    }

    @Test
    @WithMockUser(username = "official", roles = "OFFICIAL")
    void anOfficialCannotOpenTheAuditTrail() {
        navigate("admin/audit", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
        assertThat($(Grid.class).all()).isEmpty();
    }

    private long id(String code) {
        return indicators.findByCode(code).orElseThrow().id();
    }

    @SuppressWarnings("unchecked")
    private Grid<HistoryEvent> auditGrid() {
        return $(Grid.class).id("audit-grid");
    }
}
