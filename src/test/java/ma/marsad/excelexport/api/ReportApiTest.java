package ma.marsad.excelexport.api;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.excelimport.ImportOutcome;
import ma.marsad.excelimport.ImportProgress;
import ma.marsad.excelimport.ImportReport;
import ma.marsad.excelimport.ImportService;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.excelimport.TestWorkbook;
import tools.jackson.databind.json.JsonMapper;

/** The report endpoints over real HTTP: roles, filters, and figures that went in by import coming out. */
@MarsadSpringTest
class ReportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ImportService imports;
    @TempDir
    Path dir;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void removeImportedFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    @ParameterizedTest(name = "{0} gets {1}")
    @CsvSource({"'', 401", "clerk, 403"})
    void onlyOfficialsManagersAndAdministratorsGetReports(String user, int status) throws Exception {
        for (String path : List.of("/api/reports/progress.xlsx", "/api/reports/progress.csv")) {
            HttpResponse<String> response = api.get(path, user.isEmpty() ? null : user);
            assertThat(response.statusCode()).as(path).isEqualTo(status);
            assertThat(json.readTree(response.body()).get("error").asString()).isNotBlank();
        }
    }

    @Test
    void anOfficialDownloadsTheWorkbookNamedAfterWhatItHolds() throws Exception {
        HttpResponse<byte[]> response = api.sendForBytes(api.request("/api/reports/progress.xlsx?from=2025-Q1&to=2026-Q3"
                + "&region=SOUSS_MASSA", "official"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(ma.marsad.base.ContentTypes.XLSX);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                .contains("attachment").contains("marsad-progress-2025-Q1_2026-Q3-SOUSS_MASSA.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheet("Data")).isNotNull();
            assertThat(workbook.getSheet("About")).isNotNull();
            assertThat(workbook.getSheet("DIGITAL_JOBS")).isNotNull();
            for (Row row : workbook.getSheet("Data")) {
                if (row.getRowNum() > 0) {
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("SOUSS_MASSA");
                    assertThat(row.getCell(3).getStringCellValue()).isBetween("2025-Q1", "2026-Q3");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "from=2026-Q3&to=2025-Q1|The period starts (2026-Q3) after it ends (2025-Q1).",
            "from=Q5|Parameter from must be a quarter such as 2025-Q3, not \u201cQ5\u201d.",
            "region=ATLANTIS|Unknown region \u201cATLANTIS\u201d. Use a region code such as SOUSS_MASSA, or leave it out for all regions.",
            "indicator=NOPE|Unknown indicator \u201cNOPE\u201d.",
    })
    void aFilterThatMeansNothingIsRefusedWith400(String query, String message) throws Exception {
        HttpResponse<String> response = api.get("/api/reports/progress.xlsx?" + query, "manager");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).get("error").asString()).startsWith(message);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/reports/progress.csv?from=1899-Q4|Parameter from must be a quarter such as 2025-Q3, not \u201c1899-Q4\u201d.",
            "/api/reports/progress.csv?to=0001-Q1|Parameter to must be a quarter such as 2025-Q3, not \u201c0001-Q1\u201d.",
            "/api/reports/progress.xlsx?from=0001-Q1|Parameter from must be a quarter such as 2025-Q3, not \u201c0001-Q1\u201d.",
            "/api/reports/progress.csv?includeUnapproved=maybe|Parameter includeUnapproved cannot be \u201cmaybe\u201d.",
    })
    void aYearBefore1900OrAFlagThatIsNotOneIsRefusedWith400NotA500(String path, String message) throws Exception {
        HttpResponse<String> response = api.get(path, "official");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        assertThat(json.readTree(response.body()).get("error").asString()).isEqualTo(message);
    }

    @Test
    void langAsksForTheWorkbookInArabicRightToLeftOrInFrench() throws Exception {
        HttpResponse<byte[]> arabic = api.sendForBytes(api.request("/api/reports/progress.xlsx?lang=ar"
                + "&indicator=DIGITAL_JOBS&from=2025-Q1&to=2026-Q3", "official"));
        assertThat(arabic.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(arabic.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("ملخص");
            assertThat(workbook.getSheetAt(0).isRightToLeft()).isTrue();
            assertThat(workbook.getSheetAt(0).getRow(5).getCell(1).getStringCellValue())
                    .isEqualTo("مناصب الشغل المباشرة في القطاع الرقمي");
            Row firstFigure = workbook.getSheet("المعطيات").getRow(1);
            assertThat(firstFigure.getCell(1).getStringCellValue()).isEqualTo("مناصب الشغل المباشرة في القطاع الرقمي");
            assertThat(firstFigure.getCell(2).getStringCellValue()).isEqualTo("منصب");
            assertThat(firstFigure.getCell(3).getStringCellValue()).as("the Data sheet's quarter is data")
                    .matches("20\\d\\d-Q\\d");
            assertThat(workbook.getSheet("DIGITAL_JOBS").getRow(4).getCell(0).getStringCellValue())
                    .isEqualTo("الربع الأول 2025");
        }

        HttpResponse<byte[]> french = api.sendForBytes(api.request("/api/reports/progress.xlsx?lang=FR", "manager"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(french.body()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Synthèse");
            assertThat(workbook.getSheetAt(0).isRightToLeft()).isFalse();
        }
    }

    @Test
    void langNamesTheCsvsIndicatorsInThatLanguageAndKeepsItsColumnsForScripts() throws Exception {
        HttpResponse<String> french = api.get("/api/reports/progress.csv?indicator=STARTUPS&lang=fr", "official");
        assertThat(french.statusCode()).isEqualTo(200);
        List<String> lines = french.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFindicator,indicator_name,quarter,region,value,unit,comment,"
                + "entered_by,entered_at,origin,import_id,import_file,status");
        assertThat(lines.subList(1, lines.size())).isNotEmpty().allSatisfy(l -> assertThat(l)
                .startsWith("STARTUPS,Startups innovantes incubées ou accélérées,").contains(",startups,")
                .endsWith(",APPROVED"));

        HttpResponse<String> arabic = api.get("/api/reports/progress.csv?indicator=STARTUPS&lang=ar", "official");
        assertThat(arabic.body().lines().skip(1).toList()).isNotEmpty().allSatisfy(l -> assertThat(l)
                .startsWith("STARTUPS,الشركات الناشئة المبتكرة المحتضنة أو المسرعة,20").contains(",شركة ناشئة,"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/reports/progress.xlsx?lang=xx", "/api/reports/progress.csv?lang=de&indicator=STARTUPS",
            "/api/reports/progress.xlsx?lang=ar-EG"})
    void aLanguageMarsadDoesNotWriteIsRefusedWith400(String path) throws Exception {
        HttpResponse<String> response = api.get(path, "official");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        String lang = path.substring(path.indexOf("lang=") + 5).split("&")[0];
        assertThat(json.readTree(response.body()).get("error").asString())
                .isEqualTo("Unknown language \u201c" + lang + "\u201d: use fr, ar or en.");
    }

    @Test
    void everyImportedValueAppearsOnceInTheDataSheetAndTheCsv() throws Exception {
        ImportReport imported = imports.importFile(TestWorkbook.xlsx().progress(
                        row("UNICORNS", "2026-Q3", "Souss-Massa", 1, "=HYPERLINK(\"http://x\")"),
                        row("GAZELLES", "2026-Q3", "Oriental", 2, "+212 600"),
                        row("GAZELLES", "2026-Q1", "", 3, null))
                .writeTo(dir.resolve("round-trip.xlsx")), "round-trip.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);
        assertThat(imported.outcome()).isEqualTo(ImportOutcome.IMPORTED);

        HttpResponse<byte[]> response = api.sendForBytes(api.request(
                "/api/reports/progress.xlsx?indicator=UNICORNS&indicator=GAZELLES&includeUnapproved=true", "admin"));
        assertThat(response.statusCode()).isEqualTo(200);
        List<String> imports = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            assertThat(workbook.getSheetName(1)).isEqualTo("UNICORNS");
            assertThat(workbook.getSheetName(2)).isEqualTo("GAZELLES");
            Sheet data = workbook.getSheet("Data");
            for (Row row : data) {
                if (row.getRowNum() == 0 || row.getCell(12) == null
                        || !"round-trip.xlsx".equals(row.getCell(12).getStringCellValue())) {
                    continue;
                }
                Cell value = row.getCell(6);
                assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
                Cell comment = row.getCell(7);
                if (comment != null && comment.getCellType() != CellType.BLANK) {
                    assertThat(comment.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(comment.getCellStyle().getQuotePrefixed()).isTrue();
                }
                imports.add(row.getCell(0).getStringCellValue() + " " + row.getCell(3).getStringCellValue() + " "
                        + row.getCell(4).getStringCellValue() + " " + (long) value.getNumericCellValue() + " "
                        + (comment == null ? "" : comment.getStringCellValue()) + " " + row.getCell(13).getStringCellValue());
            }
        }
        assertThat(imports).containsExactlyInAnyOrder(
                "UNICORNS 2026-Q3 SOUSS_MASSA 1 =HYPERLINK(\"http://x\") Submitted",
                "GAZELLES 2026-Q3 ORIENTAL 2 +212 600 Submitted",
                "GAZELLES 2026-Q1 NATIONAL 3  Submitted");

        HttpResponse<String> csv = api.get("/api/reports/progress.csv?indicator=UNICORNS,GAZELLES&includeUnapproved=true",
                "official");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains(".csv"));
        assertThat(csv.body().lines().filter(l -> l.contains("round-trip.xlsx")).toList()).hasSize(3)
                .anySatisfy(l -> assertThat(l).contains("'=HYPERLINK").contains(",companies,"))
                .anySatisfy(l -> assertThat(l).contains("'+212 600"))
                .allSatisfy(l -> assertThat(l).endsWith(",SUBMITTED"));
    }

    @Test
    void figuresWaitingForAManagerStayOutOfAReportUnlessAskedFor() throws Exception {
        // The sample's STARTUPS figure for 2026-Q3 (2, National) waits for approval; the five before it
        // (0 + 1 + 1 + 2 + 1) are approved.
        HttpResponse<String> approvedOnly = api.get("/api/reports/progress.csv?indicator=STARTUPS", "official");
        assertThat(approvedOnly.statusCode()).isEqualTo(200);
        assertThat(approvedOnly.body().lines().filter(l -> l.startsWith("STARTUPS,")).toList()).hasSize(5)
                .allSatisfy(l -> assertThat(l).endsWith(",APPROVED"))
                .noneSatisfy(l -> assertThat(l).contains(",2026-Q3,"));

        HttpResponse<String> all = api.get("/api/reports/progress.csv?indicator=STARTUPS&includeUnapproved=true",
                "official");
        assertThat(all.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("-with-unapproved.csv"));
        assertThat(all.body().lines().filter(l -> l.startsWith("STARTUPS,")).toList()).hasSize(6)
                .anySatisfy(l -> assertThat(l).contains(",2026-Q3,NATIONAL,2,").endsWith(",SUBMITTED"));

        HttpResponse<byte[]> workbook = api.sendForBytes(api.request(
                "/api/reports/progress.xlsx?indicator=STARTUPS&to=2026-Q3&includeUnapproved=true", "manager"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.body()))) {
            assertThat(book.getSheet("Summary").getRow(3).getCell(0).getStringCellValue())
                    .contains("Includes figures not yet approved by a manager");
            assertThat(book.getSheet("Summary").getRow(5).getCell(6).getNumericCellValue()).isEqualTo(7);
        }
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(api.sendForBytes(api.request(
                "/api/reports/progress.xlsx?indicator=STARTUPS&to=2026-Q3", "manager")).body()))) {
            assertThat(book.getSheet("Summary").getRow(5).getCell(6).getNumericCellValue()).isEqualTo(5);
        }
    }
}
