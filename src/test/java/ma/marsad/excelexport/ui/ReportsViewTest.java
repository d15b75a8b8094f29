package ma.marsad.excelexport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;

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

    @Test
    @WithMockUser(username = "official", roles = "OFFICIAL")
    void theDownloadsSpeakTheLanguageTheScreenSpeaks() throws IOException {
        UI.getCurrent().setLocale(Locale.forLanguageTag("ar-MA"));
        navigate(ReportsView.class);

        ByteArrayOutputStream workbook = new ByteArrayOutputStream();
        test($(Anchor.class).id("report-download")).download(workbook);
        try (XSSFWorkbook arabic = new XSSFWorkbook(new ByteArrayInputStream(workbook.toByteArray()))) {
            assertThat(arabic.getSheetName(0)).isEqualTo("ملخص");
            assertThat(arabic.getSheetAt(0).isRightToLeft()).isTrue();
        }

        // The language changed while the view is open: the next file follows it.
        UI.getCurrent().setLocale(Locale.FRENCH);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        test($(Anchor.class).id("report-download-csv")).download(csv);
        assertThat(csv.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("STARTUPS,")).toList())
                .isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("STARTUPS,Startups innovantes"));
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
