package ma.marsad.progress.ui;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.excelimport.ImportProgress;
import ma.marsad.excelimport.ImportService;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.excelimport.TestWorkbook;
import ma.marsad.progress.ReportedFigure;

class FiguresViewTest extends MarsadBrowserlessTest {

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @AfterEach
    void removeImportedFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aCorrectedFigureShowsTheValueItReplaced() throws Exception {
        imports.importFile(TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 1, null))
                .writeTo(dir.resolve("a.xlsx")), "a.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);
        imports.importFile(TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 2, "recounted"))
                .writeTo(dir.resolve("b.xlsx")), "b.xlsx", "admin", Locale.ENGLISH, ImportProgress.NONE);
        long id = jdbc.queryForObject("select id from progress_entry where origin = 'IMPORT'", Long.class);

        navigate(FiguresView.class);
        @SuppressWarnings("unchecked")
        Grid<ReportedFigure> grid = $(Grid.class).id("figures-grid");
        var rows = test(grid);
        int corrected = java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).id() == id)
                .findFirst().orElseThrow();
        assertThat(rows.getCellText(corrected, 3)).isEqualTo("2");
        test((Button) rows.getCellComponent(corrected, 8)).click();

        FigureHistoryPanel panel = $(FigureHistoryPanel.class).id("figure-history");
        assertThat($(H2.class, panel).id("figure-history-title").getText())
                .isEqualTo("UNICORNS, Q3 2026, National: history");
        assertThat($(Span.class, panel).all()).filteredOn(span -> span.hasClassName("history-line"))
                .extracting(Span::getText).satisfiesExactly(
                        created -> assertThat(created).matches("11/23/26, 10:00.AM: clerk entered 1 \\(import #\\d+\\)\\."),
                        changed -> assertThat(changed).matches(
                                "11/23/26, 10:00.AM: admin replaced 1 with 2 \\(import #\\d+\\)\\."));
        assertThat($(Button.class, panel).all()).extracting(Button::getText)
                .as("a manager reads the history; restoring is for those who enter figures").containsExactly("Close");
        assertThat(panel.getParent()).as("beside the grid, not a dialog over it").isEqualTo(grid.getParent());
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aClerkSelectingAFigureSeesItsHistoryBesideTheGridAndMayRestore() throws Exception {
        imports.importFile(TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 1, null))
                .writeTo(dir.resolve("a.xlsx")), "a.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);
        imports.importFile(TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 2, null))
                .writeTo(dir.resolve("b.xlsx")), "b.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);
        long id = jdbc.queryForObject("select id from progress_entry where origin = 'IMPORT'", Long.class);
        navigate(FiguresView.class);
        @SuppressWarnings("unchecked")
        Grid<ReportedFigure> grid = $(Grid.class).id("figures-grid");
        var rows = test(grid);

        rows.select(java.util.stream.IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).id() == id)
                .findFirst().orElseThrow());

        FigureHistoryPanel panel = $(FigureHistoryPanel.class).id("figure-history");
        assertThat($(Paragraph.class, panel).id("figure-history-current").getText()).matches(
                "Now 2, entered by clerk on 11/23/26, 10:00.AM\\.");
        assertThat($(Button.class, panel).all()).extracting(Button::getText)
                .containsExactly("Close", "Restore this value");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aClerkSeesEveryStoredFigureNewestQuarterFirst() {
        navigate(FiguresView.class);
        @SuppressWarnings("unchecked")
        Grid<ReportedFigure> grid = $(Grid.class).id("figures-grid");
        var tester = test(grid);
        assertThat(tester.size()).isEqualTo(157);
        assertThat(tester.getCellText(0, 1)).isEqualTo("Q3 2026");
        assertThat(tester.getCellText(0, 7)).isEqualTo("Sample");
        assertThat(java.util.stream.IntStream.range(0, tester.size()).mapToObj(i -> tester.getCellComponent(i, 8)))
                .as("no history buttons: no figure was corrected").noneMatch(Button.class::isInstance);
        assertThat($(Paragraph.class).id("sample-banner").getText()).startsWith("Sample figures, not official statistics");
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aFrenchClerkReadsQuartersAsT3AndSortingPutsThemInTimeOrderNotAlphabetical() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(Locale.FRENCH);
        navigate(FiguresView.class);
        @SuppressWarnings("unchecked")
        Grid<ReportedFigure> grid = $(Grid.class).id("figures-grid");
        var tester = test(grid);
        assertThat(tester.getCellText(0, 1)).isEqualTo("T3 2026");

        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.asc(grid.getColumns().get(1)).build());
        // Alphabetically "T1 2025" would come first; in time, DIGITAL_JOBS' first quarter 2024-Q4 does.
        assertThat(tester.getCellText(0, 1)).isEqualTo("T4 2024");
        assertThat(tester.getCellText(tester.size() - 1, 1)).isEqualTo("T3 2026");
    }

    @Test
    @WithMockUser(username = "official", roles = "OFFICIAL")
    void anOfficialIsNotShownTheClerksFigures() {
        navigate("figures", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(FiguresView.class);
        assertThat($(Grid.class).all()).isEmpty();
    }
}
