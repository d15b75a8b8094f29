package ma.marsad.excelimport.api;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

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
import ma.marsad.excelimport.BadFiles;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.excelimport.TestWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import API over real HTTP, as curl sends it: template, dry run, import, refusals, roles. */
@MarsadSpringTest
class ImportApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
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

    @Test
    void aClerkDownloadsTheTemplate() throws Exception {
        HttpResponse<byte[]> response = api.sendForBytes(api.request("/api/imports/template.xlsx", "clerk"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(ma.marsad.base.ContentTypes.XLSX);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment").contains("marsad-import-template.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet progress = workbook.getSheet("Progress");
            assertThat(progress.getRow(0).cellIterator()).toIterable().extracting(Object::toString)
                    .containsExactly("Indicator", "Period", "Region", "Value", "Comment");
            assertThat(workbook.getSheet("Indicators").getRow(1).getCell(0).getStringCellValue()).isEqualTo("DIGITAL_JOBS");
        }
    }

    @Test
    void aDryRunAnswersTheCountsAndTheErrorsAndStoresNothing() throws Exception {
        byte[] file = TestWorkbook.xlsx().progress(
                row("UNICORNS", "2026-Q3", "Souss-Massa", 1, "ok"),
                row("UNICORN", "2026-Q3", "Oriental", "1,5", null)).bytes(dir);
        String before = ImportedFiguresCleanup.snapshot(jdbc);

        HttpResponse<String> response = api.upload("/api/imports?dryRun=true", "clerk", "figures.xlsx", file);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("dryRun").asBoolean()).isTrue();
        assertThat(body.get("rowsRead").asInt()).isEqualTo(2);
        assertThat(body.get("accepted").asInt()).isEqualTo(1);
        assertThat(body.get("rejected").asInt()).isEqualTo(1);
        assertThat(body.get("created").asInt()).isEqualTo(1);
        assertThat(body.get("updated").asInt()).isZero();
        assertThat(body.get("unchanged").asInt()).isZero();
        assertThat(body.get("errors").size()).isEqualTo(2);
        JsonNode unknown = body.get("errors").get(0);
        assertThat(unknown.get("sheet").asString()).isEqualTo("Progress");
        assertThat(unknown.get("row").asInt()).isEqualTo(3);
        assertThat(unknown.get("column").asString()).isEqualTo("Indicator");
        assertThat(unknown.get("value").asString()).isEqualTo("UNICORN");
        assertThat(unknown.get("message").asString()).startsWith("Unknown indicator \u201cUNICORN\u201d. Nearest: UNICORNS (Technology unicorn)");
        assertThat(body.get("errors").get(1).get("message").asString())
                .isEqualTo("1.5 is not a whole number; this indicator counts whole units.");
        assertThat(ImportedFiguresCleanup.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void anImportWithErrorsAnswers422AndStoresNothing() throws Exception {
        byte[] file = TestWorkbook.xlsx().progress(
                row("UNICORNS", "2026-Q3", "Souss-Massa", 1, null),
                row("UNICORNS", "2026-Q3", "Souss-Massa", 2, null)).bytes(dir);
        long entries = count("progress_entry");

        HttpResponse<String> response = api.upload("/api/imports?dryRun=false", "clerk", "figures.xlsx", file);

        assertThat(response.statusCode()).isEqualTo(422);
        JsonNode body = json.readTree(response.body());
        assertThat(body.get("dryRun").asBoolean()).isFalse();
        assertThat(body.get("errors").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(body.get("errors").get(0).get("message").asString()).contains("already appears in row 2");
        assertThat(count("progress_entry")).isEqualTo(entries);
    }

    @Test
    void aCleanImportAnswers200AndTheSecondIsUnchanged() throws Exception {
        byte[] file = TestWorkbook.xlsx().progress(
                row("UNICORNS", "2026-Q3", "Souss-Massa", 1, null),
                row("GAZELLES", "2026-Q3", "", 2, null)).bytes(dir);

        HttpResponse<String> first = api.upload("/api/imports", "clerk", "figures.xlsx", file);
        HttpResponse<String> second = api.upload("/api/imports?dryRun=false", "admin", "figures.xlsx", file);

        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(first.body());
        assertThat(body.get("outcome").asString()).isEqualTo("IMPORTED");
        assertThat(body.get("created").asInt()).isEqualTo(2);
        assertThat(body.get("errors").size()).isZero();
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json.readTree(second.body()).get("unchanged").asInt()).isEqualTo(2);
        assertThat(json.readTree(second.body()).get("created").asInt()).isZero();

        HttpResponse<String> log = api.send(api.request("/api/imports", "clerk"));
        assertThat(json.readTree(log.body()).get(0).get("uploadedBy").asString()).isEqualTo("admin");
        assertThat(json.readTree(log.body()).get(1).get("fileName").asString()).isEqualTo("figures.xlsx");
    }

    @ParameterizedTest(name = "{0} is refused with {1}")
    @CsvSource({
            "zeroBytes, 400, The file is empty",
            "pdfNamedXlsx, 415, This file is not an Excel workbook",
            "textNamedXls, 415, This file is not an Excel workbook",
            "docx, 415, This file is not an Excel workbook",
            "passwordProtectedXlsx, 400, The workbook is protected by a password",
            "passwordProtectedXls, 400, The workbook is protected by a password",
            "truncatedXlsx, 400, The workbook is damaged or incomplete",
            "zipBomb, 400, The workbook expands to far more data",
    })
    void aFileThatIsNotAUsableWorkbookIsRefusedWithAClearMessage(String kind, int status, String message)
            throws Exception {
        Path file = switch (kind) {
            case "zeroBytes" -> BadFiles.zeroBytes(dir);
            case "pdfNamedXlsx" -> BadFiles.pdfNamedXlsx(dir);
            case "textNamedXls" -> BadFiles.textNamedXls(dir);
            case "docx" -> BadFiles.docx(dir);
            case "passwordProtectedXlsx" -> BadFiles.passwordProtectedXlsx(dir);
            case "passwordProtectedXls" -> BadFiles.passwordProtectedXls(dir);
            case "truncatedXlsx" -> BadFiles.truncatedXlsx(dir, 0.6);
            case "zipBomb" -> BadFiles.zipBomb(dir);
            default -> throw new IllegalArgumentException(kind);
        };
        long entries = count("progress_entry");

        for (String mode : new String[] {"true", "false"}) {
            HttpResponse<String> response = api.upload("/api/imports?dryRun=" + mode, "clerk",
                    file.getFileName().toString(), Files.readAllBytes(file));
            assertThat(response.statusCode()).isEqualTo(status);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).contains("application/json"));
            assertThat(json.readTree(response.body()).get("error").asString()).startsWith(message);
        }
        assertThat(count("progress_entry")).isEqualTo(entries);
        assertThat(count("import_record")).isZero();
        assertThat(api.send(api.request("/actuator/health", null))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWith413() throws Exception {
        HttpResponse<String> response = api.upload("/api/imports?dryRun=true", "clerk", "big.xlsx",
                BadFiles.oversized(dir, 10L * 1024 * 1024));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json.readTree(response.body()).get("error").asString())
                .isEqualTo("The file is larger than the 10 MB limit. Split it into several files.");
    }

    @Test
    void aRequestWithoutAFileOrWithABadParameterIsRefusedWith400() throws Exception {
        HttpResponse<String> noFile = api.send(api.request("/api/imports", "clerk")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noFile.body()).get("error").asString()).startsWith("No file was sent");

        HttpResponse<String> badFlag = api.upload("/api/imports?dryRun=maybe", "clerk", "f.xlsx", new byte[] {1});
        assertThat(badFlag.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badFlag.body()).get("error").asString()).isEqualTo("Parameter dryRun cannot be \u201cmaybe\u201d.");
    }

    @ParameterizedTest(name = "{0} gets {1}")
    @CsvSource({"'', 401", "manager, 403", "official, 403"})
    void onlyClerksAndAdministratorsMayImport(String user, int status) throws Exception {
        String who = user.isEmpty() ? null : user;
        byte[] file = TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 1, null)).bytes(dir);
        long entries = count("progress_entry");

        assertThat(api.upload("/api/imports", who, "f.xlsx", file).statusCode()).isEqualTo(status);
        assertThat(api.send(api.request("/api/imports/template.xlsx", who))
                .statusCode()).isEqualTo(status);
        assertThat(api.send(api.request("/api/imports", who))
                .statusCode()).isEqualTo(status);
        assertThat(count("progress_entry")).isEqualTo(entries);
    }

    @Test
    void theAnnotatedCopyMarksTheFaultyCells() throws Exception {
        byte[] file = TestWorkbook.xlsx().progress(
                row("UNICORNS", "2026-Q3", "", 1, null),
                row("UNICORNS", "2026-Q2", "", -1, null)).bytes(dir);

        HttpResponse<byte[]> response = api.sendForBytes(ApiClient.multipart(
                api.request("/api/imports/annotated.xlsx", "clerk"), "figures T3.xlsx", file));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("figures T3-checked.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet progress = workbook.getSheet("Progress");
            assertThat(progress.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Status");
            assertThat(progress.getRow(1).getCell(5).getStringCellValue()).isEqualTo("OK");
            assertThat(progress.getRow(2).getCell(5).getStringCellValue()).contains("A figure cannot be negative.");
            assertThat(progress.getRow(2).getCell(3).getCellComment().getString().getString())
                    .contains("A figure cannot be negative.");
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
