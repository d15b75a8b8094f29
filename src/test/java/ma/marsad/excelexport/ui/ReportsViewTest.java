package ma.marsad.excelexport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.progress.IndicatorProgress;

/** The Reports view's choice between approved figures only and all of them. */
class ReportsViewTest extends MarsadBrowserlessTest {

    @Test
    @WithMockUser(username = "official", roles = "OFFICIAL")
    void theSummaryCountsFiguresNotYetApprovedOnlyWhenTheBoxIsTicked() {
        navigate(ReportsView.class);
        Checkbox unapproved = $(Checkbox.class).id("report-include-unapproved");
        assertThat(unapproved.getLabel()).isEqualTo("Include figures not yet approved");
        assertThat(unapproved.getValue()).isFalse();
        assertThat(startupsActual()).isEqualTo("5");

        test(unapproved).click();

        assertThat(startupsActual()).as("2026-Q3's 2 startups now count").isEqualTo("7");
    }

    private String startupsActual() {
        @SuppressWarnings("unchecked")
        Grid<IndicatorProgress> preview = $(Grid.class).id("report-preview");
        var rows = test(preview);
        int startups = IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).indicator().code().equals("STARTUPS"))
                .findFirst().orElseThrow();
        return rows.getCellText(startups, 2);
    }
}
