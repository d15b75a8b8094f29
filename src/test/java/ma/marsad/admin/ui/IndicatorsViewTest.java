package ma.marsad.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryFilters;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.LocalizedText;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.indicator.EditableIndicator;
import ma.marsad.indicator.IndicatorAdminService;
import ma.marsad.indicator.IndicatorChanges;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.indicator.NewIndicator;
import ma.marsad.indicator.TestIndicators;

class IndicatorsViewTest extends MarsadBrowserlessTest {

    @Autowired
    IndicatorAdminService admin;
    @Autowired
    IndicatorService indicators;
    @Autowired
    HistoryLog history;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestIndicators() {
        ImportedFiguresCleanup.removeImports(jdbc);
        TestIndicators.remove(jdbc);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void theListFlagsAnIndicatorWithoutAnArabicName() {
        NewIndicator jobs = TestIndicators.jobs("TEST_NO_ARABIC");
        IndicatorChanges v = jobs.values();
        admin.create(new NewIndicator(jobs.code(), jobs.kind(), jobs.sourceFile(), jobs.sourceQuote(),
                new IndicatorChanges(new LocalizedText(v.name().fr(), v.name().en(), ""), v.unit(), v.owner(),
                        v.target(), v.startDate(), v.deadline(), v.datesNote(), v.milestones(), v.wholeNumbers())),
                null, "admin");

        navigate(IndicatorsView.class);

        var grid = test(indicatorsGrid());
        assertThat(grid.size()).isEqualTo(10);
        assertThat(grid.getCellText(0, 0)).isEqualTo("DIGITAL_JOBS");
        int row = rowOf("TEST_NO_ARABIC");
        assertThat(grid.getCellText(row, 2)).isEqualTo("1,000 jobs");
        assertThat(flags(row)).containsExactly("Arabic name missing");
        assertThat(flags(0)).isEmpty();
        assertThat($(Paragraph.class).id("missing-names").getText()).isEqualTo(
                "Indicators with a name, unit or owner missing in English or Arabic: 1."
                        + " Readers of that language see the French text instead.");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void mistakesAreShownNextToTheirFieldsAndACorrectEditIsSavedWithItsReason() {
        admin.create(TestIndicators.jobs("TEST_JOBS"), null, "admin");
        navigate(IndicatorsView.class);
        assertThat($(Paragraph.class).withId("missing-names").all()).as("no indicator lacks a name").isEmpty();
        test(editButton("TEST_JOBS")).click();

        test($(DatePicker.class).id("indicator-deadline")).setValue(LocalDate.of(2024, 12, 31));
        test($(Button.class).id("save-indicator")).click();

        DatePicker deadline = $(DatePicker.class).id("indicator-deadline");
        assertThat(deadline.isInvalid()).isTrue();
        assertThat(deadline.getErrorMessage()).isEqualTo("The deadline must come after the start date (Jan 1, 2025).");
        assertThat($(Paragraph.class).id("indicator-refusal").getText())
                .isEqualTo("Nothing was saved: correct the fields marked in red.");

        test(deadline).setValue(LocalDate.of(2030, 12, 31));
        test($(IntegerField.class).id("milestone-year-0")).setValue(2032);
        test($(BigDecimalField.class).id("indicator-target")).setValue(new BigDecimal("1500"));
        test($(Button.class).id("save-indicator")).click();

        assertThat(deadline.isInvalid()).isFalse();
        assertThat($(Span.class).id("milestones-error").getText()).isEqualTo(
                "The milestone year 2032 is outside the target’s years, 2025 to 2030.");
        TextArea reason = $(TextArea.class).id("indicator-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage())
                .isEqualTo("Give a reason: a change of target, deadline or milestones is kept in the history with it.");
        assertThat(history.find(HistoryFilters.everything(), 5)).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(ChangeKind.INDICATOR_CREATED));

        test($(IntegerField.class).id("milestone-year-0")).setValue(2026);
        test(reason).setValue("revised in the 2026 budget");
        test($(Button.class).id("save-indicator")).click();

        assertThat($(Dialog.class).withId("indicator-dialog").all()).allSatisfy(d -> assertThat(d.isOpened()).isFalse());
        assertThat(test(indicatorsGrid()).getCellText(rowOf("TEST_JOBS"), 2)).isEqualTo("1,500 jobs");
        HistoryEvent event = history.find(HistoryFilters.everything(), 1).getFirst();
        assertThat(event.kind()).isEqualTo(ChangeKind.TARGET_CHANGED);
        assertThat(event.before() + " → " + event.after()).isEqualTo("1000 → 1500");
        assertThat(event.reason()).isEqualTo("revised in the 2026 budget");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorAddsAnIndicator() {
        navigate(IndicatorsView.class);
        test($(Button.class).id("new-indicator")).click();
        test($(TextField.class).id("indicator-code")).setValue("TEST_CLOUD");
        $(com.vaadin.flow.component.select.Select.class).id("indicator-kind")
                .setValue(ma.marsad.indicator.IndicatorKind.LEVEL);
        test($(TextField.class).id("indicator-source_file")).setValue("note-2026.txt");
        test($(TextArea.class).id("indicator-source_quote")).setValue("200 MW de capacité cloud.");
        test($(TextField.class).id("indicator-name_fr")).setValue("Capacité cloud");
        test($(TextField.class).id("indicator-unit_fr")).setValue("MW");
        test($(TextField.class).id("indicator-owner_fr")).setValue("Ministère");
        test($(BigDecimalField.class).id("indicator-target")).setValue(new BigDecimal("200"));
        test($(DatePicker.class).id("indicator-start_date")).setValue(LocalDate.of(2026, 1, 1));
        test($(DatePicker.class).id("indicator-deadline")).setValue(LocalDate.of(2030, 12, 31));
        test($(Button.class).id("save-indicator")).click();

        EditableIndicator cloud = admin.list().stream().filter(i -> i.details().code().equals("TEST_CLOUD"))
                .findFirst().orElseThrow();
        assertThat(cloud.details().target()).isEqualByComparingTo("200");
        assertThat(cloud.details().kind()).isEqualTo(ma.marsad.indicator.IndicatorKind.LEVEL);
        assertThat(cloud.lacksATranslation()).isTrue();
        assertThat(flags(rowOf("TEST_CLOUD"))).containsExactly("English name missing", "Arabic name missing",
                "English unit missing", "Arabic unit missing", "English owner missing", "Arabic owner missing");
        assertThat(history.find(HistoryFilters.everything(), 5)).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(ChangeKind.INDICATOR_CREATED));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aStaleEditSaysWhoChangedTheIndicatorAndWhen() {
        EditableIndicator jobs = admin.create(TestIndicators.jobs("TEST_JOBS"), null, "admin");
        navigate(IndicatorsView.class);
        test(editButton("TEST_JOBS")).click();
        IndicatorChanges was = IndicatorChanges.of(jobs.details());
        admin.update(jobs.details().id(), jobs.version(), new IndicatorChanges(was.name(), was.unit(),
                new LocalizedText("Ministère", "Ministry of Digital Transition", "الوزارة"), was.target(),
                was.startDate(), was.deadline(), was.datesNote(), was.milestones(), was.wholeNumbers()), null,
                "test.other-admin");

        test($(TextField.class).id("indicator-name_en")).setValue("Test jobs created");
        test($(Button.class).id("save-indicator")).click();

        assertThat($(Paragraph.class).id("indicator-refusal").getText()).matches(
                "This indicator was changed by test\\.other-admin at 11/23/26, 10:00.AM\\. Reload to see the change,"
                        + " then make yours again\\.");
        assertThat(indicators.findByCode("TEST_JOBS").orElseThrow().name().en()).isEqualTo("Test jobs");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aClerkCannotOpenTheIndicators() {
        navigate("admin/indicators", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(IndicatorsView.class);
        assertThat($(Grid.class).all()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Grid<EditableIndicator> indicatorsGrid() {
        return $(Grid.class).id("indicators-grid");
    }

    private int rowOf(String code) {
        var grid = test(indicatorsGrid());
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).details().code().equals(code)).findFirst()
                .orElseThrow();
    }

    /** The warnings shown beside an indicator's name. */
    private java.util.List<String> flags(int row) {
        Component cell = test(indicatorsGrid()).getCellComponent(row, 1);
        return cell.getChildren().filter(c -> c.hasClassName("missing-name")).map(c -> ((Span) c).getText()).toList();
    }

    private Button editButton(String code) {
        return (Button) test(indicatorsGrid()).getCellComponent(rowOf(code), 6);
    }
}
