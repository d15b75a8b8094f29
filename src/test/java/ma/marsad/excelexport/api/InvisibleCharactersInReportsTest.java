package ma.marsad.excelexport.api;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.excelimport.TestWorkbook;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.NewFigure;

/**
 * Issue 18, finding 6, as it was found: a comment carrying U+202E made {@code invoice\u202Excod.exe} display as
 * {@code invoiceexe.docx} in a forwarded report. A clerk's file and a typed figure carry direction overrides and
 * zero-width characters; the workbook and the CSV an official downloads hold none of them, and the Arabic text
 * beside them reads as it was written.
 */
@MarsadSpringTest
class InvisibleCharactersInReportsTest {

    private static final String HOSTILE = "invoice\u202Excod.exe \u200Bنص\uFEFF عربي";
    private static final String SEEN = "invoicexcod.exe نص عربي";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntryService entries;
    @Autowired
    IndicatorService indicators;
    @TempDir
    Path dir;

    @AfterEach
    void removeFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    @Test
    void directionOverridesAndInvisibleCharactersNeverReachTheWorkbookOrTheCsv() throws Exception {
        ApiClient api = new ApiClient(port);
        byte[] file = TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "Oriental", 1, HOSTILE)).bytes(dir);
        assertThat(api.upload("/api/imports?dryRun=false", "clerk", "figures.xlsx", file).statusCode()).isEqualTo(200);
        entries.create(new NewFigure(indicators.findByCode("UNICORNS").orElseThrow().id(), Quarter.of("2026-Q3"),
                Region.SOUSS_MASSA, BigDecimal.ONE, HOSTILE), "clerk");

        HttpResponse<String> csv = api.send(api.request(
                "/api/reports/progress.csv?indicator=UNICORNS&includeUnapproved=true&lang=en", "manager"));
        assertThat(csv.statusCode()).isEqualTo(200);
        String body = csv.body().substring(1); // the byte order mark Excel needs to read UTF-8
        assertThat(body).doesNotContain("\u202E", "\u200B", "\uFEFF").contains(SEEN);
        assertThat(body.split(SEEN, -1)).as("both comments, imported and typed").hasSize(3);

        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(api.sendForBytes(api.request(
                "/api/reports/progress.xlsx?indicator=UNICORNS&includeUnapproved=true&lang=en", "manager")).body()))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertThat(texts).noneMatch(t -> t.contains("\u202E") || t.contains("\u200B") || t.contains("\uFEFF"));
        assertThat(texts).filteredOn(SEEN::equals).hasSize(2);
    }
}
