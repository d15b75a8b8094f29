package ma.marsad.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.base.Region;

/** The dashboard as each role sees it, without a browser. */
class DashboardViewTest extends MarsadBrowserlessTest {

    private static final List<String> HEADLINE = List.of(
            "DIGITAL_JOBS", "ONEPOINT_ENGINEERS", "TECH_CERTIFICATES", "PHD_RESEARCHERS", "STARTUPS");

    private String text(String id) {
        return $(Span.class).id(id).getText();
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
                .contains("Direct digital jobs: actual 70,202 at 2026-Q3 against 76,741 expected and a target of 240,000"));
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
        assertThat(texts).contains("70,202", "29.3% achieved", "76,741 (2026-Q3)", "Needed per quarter");
        ProgressTable table = $(ProgressTable.class, jobs).first();
        assertThat(table.getElement().getOuterHTML()).contains("<th scope=\"row\">2026-Q3</th>", "70,202", "76,741");
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
