package ma.marsad;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import ma.marsad.excelimport.BadFiles;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.excelimport.TestWorkbook;

/**
 * A clerk's quarter end, in headless Chromium: upload a file with mistakes, see them, download the file
 * with the mistakes marked, upload the fixed file, import it, and see the dashboard change once figures not
 * yet approved are switched on.
 */
@MarsadSpringTest
class ImportBrowserJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @AfterEach
    void removeImportedFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    @Test
    void aClerkFixesTheErrorsMarsadFindsThenImportsAndSeesTheDashboardChange() throws Exception {
        Object[][] rows = new Object[603][];
        rows[0] = row("UNICORNS", "2026-Q3", "", 1, "First unicorn");
        rows[1] = row("GAZELLES", "T3 2026", "Souss Massa", "1,5", null);
        rows[2] = row("GAZELLE", "2026-Q3", "Oriental", 1, null);
        for (int i = 3; i < rows.length; i++) {
            rows[i] = row(null, null, null, null, null, null, "a note beside the table"); // long enough to show progress
        }
        Path withErrors = TestWorkbook.xlsx().progress(rows).writeTo(dir.resolve("souss-massa-T3.xlsx"));
        Path fixed = TestWorkbook.xlsx().progress(
                        row("UNICORNS", "2026-Q3", "", 1, "First unicorn"),
                        row("GAZELLES", "T3 2026", "Souss Massa", 2, null),
                        row("GAZELLES", "2026-Q3", "Oriental", 1, null))
                .writeTo(dir.resolve("souss-massa-T3-fixed.xlsx"));

        Page page = newPage(1366, 900);
        page.navigate(url("/login"));
        signIn(page, "clerk");
        page.locator("#card-UNICORNS").waitFor();
        assertThat(page.locator("#status-UNICORNS").textContent()).isEqualTo("No data");

        page.navigate(url("/imports"));
        page.locator("#template-download").waitFor();
        assertTitle(page, "Import figures · Marsad");

        page.locator("#import-upload input[type=file]").setInputFiles(BadFiles.pdfNamedXlsx(dir));
        page.locator(".import-refusal").waitFor();
        assertThat(page.locator(".import-refusal").textContent())
                .isEqualTo("This file is not an Excel workbook. Send an .xlsx or .xls file (the template is one).");

        page.locator("#import-upload input[type=file]").setInputFiles(withErrors);
        page.locator("#import-verdict").waitFor();
        assertThat(page.locator("#import-verdict").textContent())
                .isEqualTo("✗ souss-massa-T3.xlsx: 2 of 3 rows have errors. Fix them and send the file again;"
                        + " nothing is imported until the file is clean.");
        assertThat(page.locator("#import-errors").textContent())
                .contains("1.5 is not a whole number; this indicator counts whole units.")
                .contains("Unknown indicator \u201cGAZELLE\u201d. Nearest: GAZELLES");
        assertThat(page.locator("#import-button").count()).as("no Import button while there are errors").isZero();
        screenshot(page, "import-clerk-errors.png");

        Download download = page.waitForDownload(() -> page.locator("#annotated-download").click());
        assertThat(download.suggestedFilename()).isEqualTo("souss-massa-T3-checked.xlsx");
        Path annotated = dir.resolve("annotated.xlsx");
        download.saveAs(annotated);
        try (XSSFWorkbook workbook = new XSSFWorkbook(annotated.toFile())) {
            Sheet progress = workbook.getSheet("Progress");
            assertThat(progress.getRow(1).getCell(5).getStringCellValue()).isEqualTo("OK");
            assertThat(progress.getRow(2).getCell(5).getStringCellValue()).contains("1.5 is not a whole number");
            assertThat(progress.getRow(3).getCell(0).getCellComment().getString().getString())
                    .contains("Unknown indicator");
        }

        page.locator("#import-upload input[type=file]").setInputFiles(fixed);
        page.waitForFunction("() => document.getElementById('import-verdict')"
                + " && document.getElementById('import-verdict').textContent.includes('fixed')");
        assertThat(page.locator("#import-verdict").textContent())
                .isEqualTo("✓ souss-massa-T3-fixed.xlsx: no errors, 3 rows ready to import.");
        assertThat(page.locator("#import-counts").textContent()).contains("3Would be new");
        screenshot(page, "import-clerk-clean.png");

        page.locator("#import-button").click();
        page.waitForFunction("() => document.getElementById('import-verdict')"
                + " && document.getElementById('import-verdict').textContent.includes('was imported')");
        assertThat(page.locator("#past-imports").textContent()).contains("souss-massa-T3-fixed.xlsx").contains("clerk");
        screenshot(page, "import-clerk-imported.png");

        page.locator("#open-dashboard").click();
        page.locator("#card-UNICORNS").waitFor();
        // Imported figures wait for a manager: the dashboard counts approved figures unless asked otherwise.
        assertThat(page.locator("#status-UNICORNS").textContent()).isEqualTo("No data");
        assertThat(page.locator("#unapproved-UNICORNS").count()).isZero();

        page.getByLabel("Include figures not yet approved").check();
        page.locator("#unapproved-UNICORNS").waitFor();
        assertThat(page.locator("#status-UNICORNS").textContent()).isEqualTo("Achieved");
        assertThat(page.locator("#unapproved-UNICORNS").textContent()).isEqualTo("Includes figures not yet approved");
        page.locator("#card-UNICORNS").scrollIntoViewIfNeeded();
        screenshot(page, "import-clerk-dashboard-unapproved.png");
    }
}
