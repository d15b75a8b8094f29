package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** An official prepares a meeting, in headless Chromium: pick a region and a period, download the report. */
@MarsadSpringTest
class ReportBrowserJourneyTest extends BrowserJourney {

    @TempDir
    Path dir;

    @Test
    void anOfficialPicksARegionAndAPeriodAndDownloadsAReportThatOpens() throws Exception {
        Page page = newPage(1366, 900);
        page.navigate(url("/login"));
        signIn(page, "official");
        page.locator("#card-DIGITAL_JOBS").waitFor();

        page.navigate(url("/reports"));
        page.locator("#report-preview").waitFor();
        assertTitle(page, "Reports · Marsad");
        choose(page.locator("#report-region"), "Souss-Massa");
        choose(page.locator("#report-from"), "Q1 2025");
        choose(page.locator("#report-to"), "Q3 2026");
        page.waitForFunction("() => document.querySelector('#report-as-of').textContent.includes('Q3 2026')");
        assertThat(page.locator("#report-preview").textContent()).contains("DIGITAL_JOBS").contains("At risk");
        screenshot(page, "reports-official.png");

        Download download = page.waitForDownload(() -> page.locator("#report-download").click());
        assertThat(download.suggestedFilename()).isEqualTo("marsad-progress-2025-Q1_2026-Q3-SOUSS_MASSA.xlsx");
        Path file = dir.resolve(download.suggestedFilename());
        download.saveAs(file);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheet("DIGITAL_JOBS")).isNotNull();
            assertThat(workbook.getSheet("Data").getRow(1).getCell(4).getStringCellValue()).isEqualTo("SOUSS_MASSA");
        }
    }

    /** Types into a Vaadin combo box and picks the item with that label. */
    private static void choose(Locator comboBox, String label) {
        Locator input = comboBox.locator("input");
        input.fill(label);
        comboBox.page().locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }
}
