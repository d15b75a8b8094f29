package ma.marsad.progress.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.progress.ReportedFigure;

class FiguresViewTest extends MarsadBrowserlessTest {

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aClerkSeesEveryStoredFigureNewestQuarterFirst() {
        navigate(FiguresView.class);
        @SuppressWarnings("unchecked")
        Grid<ReportedFigure> grid = $(Grid.class).id("figures-grid");
        var tester = test(grid);
        assertThat(tester.size()).isEqualTo(157);
        assertThat(tester.getCellText(0, 1)).isEqualTo("2026-Q3");
        assertThat(tester.getCellText(0, 7)).isEqualTo("Sample");
        assertThat($(Paragraph.class).id("sample-banner").getText()).startsWith("Sample figures, not official statistics");
    }

    @Test
    @WithMockUser(username = "official", roles = "OFFICIAL")
    void anOfficialIsNotShownTheClerksFigures() {
        navigate("figures", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(FiguresView.class);
        assertThat($(Grid.class).all()).isEmpty();
    }
}
