package ma.marsad.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.NewFigure;

/** The dashboard as each role sees it, without a browser. */
class DashboardViewTest extends MarsadBrowserlessTest {

    private static final List<String> HEADLINE = List.of(
            "DIGITAL_JOBS", "ONEPOINT_ENGINEERS", "TECH_CERTIFICATES", "PHD_RESEARCHERS", "STARTUPS");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    HistoryLog history;
    @Autowired
    IndicatorService indicators;
    @Autowired
    EntryService entries;

    @AfterEach
    void putTheSampleBack() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    private String text(String id) {
        return $(Span.class).id(id).getText();
    }

    private String actual(String code) {
        return $(Span.class, $(IndicatorCard.class).id("card-" + code)).all().stream()
                .filter(s -> s.hasClassName("card-actual")).findFirst().orElseThrow().getText();
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void theSwitchCountsFiguresNotYetApprovedAndTheCardSaysSoInWords() {
        navigate(DashboardView.class);
        Checkbox unapproved = $(Checkbox.class).id("include-unapproved");
        assertThat(unapproved.getLabel()).isEqualTo("Include figures not yet approved");
        assertThat(unapproved.getValue()).as("approved figures only by default").isFalse();
        assertThat(actual("STARTUPS")).isEqualTo("5");
        assertThat($(Span.class).all()).noneMatch(s -> s.getId().orElse("").startsWith("unapproved-"));

        test(unapproved).click();

        assertThat(actual("STARTUPS")).as("2026-Q3's 2 startups now count").isEqualTo("7");
        assertThat(text("unapproved-STARTUPS")).isEqualTo("Includes figures not yet approved");
        assertThat(text("unapproved-ENTREPRENEURS_INVESTORS")).isEqualTo("Includes figures not yet approved");
        assertThat($(Span.class).all()).filteredOn(s -> s.getId().orElse("").startsWith("unapproved-"))
                .as("only the cards whose numbers include such figures").hasSize(2);
        assertThat(actual("DIGITAL_JOBS")).isEqualTo("70,202");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aCardSaysTheChanceOfReachingTheTargetOrWhyItCannotYetAndTheUnMeasureUnderTheStatus() {
        navigate(DashboardView.class);

        IndicatorCard jobs = $(IndicatorCard.class).id("card-DIGITAL_JOBS");
        assertThat($(Paragraph.class, jobs).id("chance-DIGITAL_JOBS").getText())
                .matches("Chance of reaching 240,000 by Dec 31, 2030: \\d{1,2}%");
        assertThat(text("measure-DIGITAL_JOBS")).matches("UN progress measure: "
                + "(substantial progress|moderate progress|limited progress|deterioration) \\(ratio -?\\d+\\.\\d\\d\\)");
        // The band replaces the old "Forecast at deadline": central value and the 80 % band.
        assertThat($(Span.class, jobs).all()).extracting(Span::getText)
                .contains("Forecast at Dec 31, 2030")
                .anyMatch(t -> t.matches("[\\d,]+ \\(80 %: [\\d,]+ – [\\d,]+\\)"))
                .doesNotContain("Forecast at deadline");
        assertThat($(Image.class).id("chart-DIGITAL_JOBS").getAlt().orElseThrow())
                .containsPattern("Forecast at Dec 31, 2030: [\\d,]+, 80 % band [\\d,]+ to [\\d,]+\\.")
                .containsPattern("Chance of reaching the target: \\d{1,2}%\\.");

        // Five approved quarters: words, not a number.
        assertThat($(Paragraph.class).id("chance-STARTUPS").getText())
                .isEqualTo("Chance of reaching 50 by Dec 31, 2030: not enough figures yet (5 of 6)");
        assertThat(text("measure-STARTUPS")).isEqualTo("UN progress measure: not enough figures yet");

        // The sixth quarter, waiting for approval, counts when the reader asks for it.
        test($(Checkbox.class).id("include-unapproved")).click();
        assertThat($(Paragraph.class).id("chance-STARTUPS").getText())
                .matches("Chance of reaching 50 by Dec 31, 2030: \\d{1,2}%");
    }

    @Test
    @WithMockUser(username = "official", roles = "OFFICIAL")
    void theOverduePanelListsIndicatorsWithoutAnyFigureForTheLastClosedQuarterAndWhoOwesThem() {
        navigate(DashboardView.class);
        Div overdue = $(Div.class).id("overdue");
        assertThat($(H2.class, overdue).first().getText()).isEqualTo("Overdue: no figure yet for Q3 2026");
        assertThat($(ListItem.class, overdue).all()).extracting(ListItem::getText).containsExactly(
                "Technology unicorn (UNICORNS), from \u201cInnovation & Technological Sovereignty\u201d programme"
                        + " (MTNRA and ABA Technology)",
                "\u201cGazelle\u201d companies (GAZELLES), from \u201cInnovation & Technological Sovereignty\u201d"
                        + " programme (MTNRA and ABA Technology)");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aFigureWaitingForApprovalIsNotOverdue() {
        entries.create(new NewFigure(indicators.findByCode("UNICORNS").orElseThrow().id(), Quarter.of("2026-Q3"),
                Region.NATIONAL, java.math.BigDecimal.ONE, null), "clerk");
        navigate(DashboardView.class);
        assertThat($(ListItem.class, $(Div.class).id("overdue")).all()).extracting(c -> c.getId().orElseThrow())
                .containsExactly("overdue-GAZELLES");
        assertThat(text("status-UNICORNS")).as("not approved yet").isEqualTo("No data");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aCardSaysWhenItsTargetChangedAndWhatItWas() {
        long jobs = indicators.findByCode("DIGITAL_JOBS").orElseThrow().id();
        transaction.executeWithoutResult(status -> history.record(HistoryEvent.ofAdmin(ChangeKind.TARGET_CHANGED,
                "admin", Instant.parse("2026-11-20T09:00:00Z"), jobs, "target", "200000", "240000",
                "Roadmap revised")));

        navigate(DashboardView.class);

        IndicatorCard card = $(IndicatorCard.class).id("card-DIGITAL_JOBS");
        assertThat($(Paragraph.class, card).id("target-changed-DIGITAL_JOBS").getText())
                .isEqualTo("Target changed on Nov 20, 2026 (was 200,000)");
        assertThat($(Paragraph.class).all()).filteredOn(p -> p.getId().orElse("").startsWith("target-changed-"))
                .as("only the target that changed").hasSize(1);
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aManagerSeesACardWithStatusAndChartForEveryTarget() {
        navigate(DashboardView.class);

        List<IndicatorCard> cards = $(IndicatorCard.class).all();
        assertThat(cards).hasSize(9);
        assertThat(cards).extracting(c -> c.getId().orElseThrow()).startsWith(
                HEADLINE.stream().map(c -> "card-" + c).toArray(String[]::new));
        assertThat($(H2.class, cards.getFirst()).first().getText()).isEqualTo("Direct digital jobs");
        assertThat(text("status-DIGITAL_JOBS")).isEqualTo("At risk");
        assertThat(text("status-ONEPOINT_ENGINEERS")).isEqualTo("On track");
        assertThat(text("status-STARTUPS")).isEqualTo("Off track");
        assertThat(text("status-UNICORNS")).isEqualTo("No data");

        Image chart = $(Image.class).id("chart-DIGITAL_JOBS");
        assertThat(chart.getAlt()).hasValueSatisfying(alt -> assertThat(alt)
                .contains("Direct digital jobs: actual 70,202 at Q3 2026 against 76,741 expected and a target of 240,000"));
        assertThat(chart.getSrc()).isNotBlank();
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void saysPlainlyThatTheFiguresAreSamples() {
        navigate(DashboardView.class);
        Paragraph notice = $(Paragraph.class).id("sample-banner");
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("Sample figures, not official statistics");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void showsTheFiguresOfTheCardAsText() {
        navigate(DashboardView.class);
        IndicatorCard jobs = $(IndicatorCard.class).id("card-DIGITAL_JOBS");
        List<String> texts = $(Span.class, jobs).all().stream().map(Span::getText).toList();
        assertThat(texts).contains("70,202", "29.3% achieved", "76,741 (Q3 2026)", "Needed per quarter");
        ProgressTable table = $(ProgressTable.class, jobs).first();
        assertThat(table.getElement().getOuterHTML()).contains("<th scope=\"row\">Q3 2026</th>", "70,202", "76,741")
                .contains("aria-label=\"Direct digital jobs: reported, to date, expected and forecast, by quarter\"");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void filtersByRegionAndShowsItsShareOfTheNationalFigure() {
        navigate(DashboardView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Region> region = $(ComboBox.class).id("region-filter");
        test(region).selectItem("Casablanca-Settat");

        IndicatorCard onepoint = $(IndicatorCard.class).id("card-ONEPOINT_ENGINEERS");
        assertThat($(Paragraph.class, onepoint).all()).extracting(Paragraph::getText)
                .contains("Casablanca-Settat: 160 (100% of the national figure)");
    }

    @Test
    @WithMockUser(username = "official", roles = "OFFICIAL")
    void anOfficialSeesTheSameDashboard() {
        navigate(DashboardView.class);
        assertThat($(IndicatorCard.class).all()).hasSize(9);
        assertThat(text("status-TECH_CERTIFICATES")).isEqualTo("At risk");
        IndicatorCard certificates = $(IndicatorCard.class).id("card-TECH_CERTIFICATES");
        assertThat($(Paragraph.class, certificates).first().getText()).isEqualTo("Target 20,000 for 2026");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aClerkSeesTheDashboardToo() {
        navigate(DashboardView.class);
        assertThat($(IndicatorCard.class).all()).hasSize(9);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdministratorSeesTheDashboard() {
        navigate(DashboardView.class);
        assertThat($(IndicatorCard.class).all()).hasSize(9);
    }

    @Test
    @WithMockUser(username = "visitor", roles = "VISITOR")
    void someoneWithoutAMarsadRoleDoesNotGetTheDashboard() {
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(DashboardView.class);
        assertThat($(IndicatorCard.class).all()).isEmpty();
    }
}
