package ma.marsad.excelimport.api;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.excelimport.AdjustableParseTimeout;
import ma.marsad.excelimport.BadFiles;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.excelimport.TestWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole corpus of hostile and broken files (issue 9) sent to POST /api/imports as a clerk would: each is
 * refused with the clerk's words and the right 4xx, or what is good in it is imported, within a generous time
 * bound; never a 500 or a stack trace, nothing stored from a refused file, and the server answers the next
 * request. The time each took is written to target/hostile-files.md (copied into docs/reliability.md).
 */
@MarsadSpringTest
class HostileFilesApiTest {

    /** A safety net, not a benchmark: this machine is shared and noisy. */
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final Map<String, String> TIMINGS = new ConcurrentSkipListMap<>();
    private static HttpServer probe;
    private static final AtomicInteger PROBE_HITS = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    AdjustableParseTimeout parseTimeout;
    @TempDir
    Path dir;

    private ApiClient api;

    /** What the clerk should get for one file. */
    private record Expected(int status, String refusalKey, String startsWith, int created, String rowError) {

        static Expected refused(int status, String reason, String startsWith) {
            return new Expected(status, "import.refused." + reason, startsWith, 0, null);
        }

        static Expected imported(int created) {
            return new Expected(200, null, null, created, null);
        }

        static Expected rowErrors(String messageKey) {
            return new Expected(422, null, null, 0, messageKey);
        }
    }

    private interface Maker {
        Path make(Path dir) throws Exception;
    }

    @BeforeAll
    static void startProbe() throws IOException {
        // A loopback server counting requests: an external entity or link that is fetched shows up here.
        probe = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        probe.createContext("/", exchange -> {
            PROBE_HITS.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        probe.start();
    }

    @AfterAll
    static void stopProbeAndWriteTimings() throws IOException {
        probe.stop(0);
        StringBuilder table = new StringBuilder("| File | Answer | Time |\n|---|---|---|\n");
        TIMINGS.forEach((file, line) -> table.append("| ").append(file).append(" | ").append(line).append(" |\n"));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/hostile-files.md"), table);
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void removeImportedFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    static Stream<Arguments> corpus() {
        String probeUrl = "http://127.0.0.1:" + probe.getAddress().getPort() + "/xxe";
        String damaged = "The workbook is damaged or incomplete";
        return Stream.of(
                hostile("zero bytes", BadFiles::zeroBytes, Expected.refused(400, "EMPTY", "The file is empty")),
                hostile("PDF renamed .xlsx", BadFiles::pdfNamedXlsx,
                        Expected.refused(415, "NOT_A_SPREADSHEET", "This file is not an Excel workbook")),
                hostile("text renamed .xls", BadFiles::textNamedXls,
                        Expected.refused(415, "NOT_A_SPREADSHEET", "This file is not an Excel workbook")),
                hostile("Word document (.docx)", BadFiles::docx,
                        Expected.refused(415, "NOT_A_SPREADSHEET", "This file is not an Excel workbook")),
                hostile("password-protected .xlsx", BadFiles::passwordProtectedXlsx,
                        Expected.refused(400, "PASSWORD_PROTECTED", "The workbook is protected by a password")),
                hostile("password-protected .xls", BadFiles::passwordProtectedXls,
                        Expected.refused(400, "PASSWORD_PROTECTED", "The workbook is protected by a password")),
                hostile(".xlsx cut at 10 %", d -> BadFiles.truncatedXlsx(d, 0.1), Expected.refused(400, "DAMAGED", damaged)),
                hostile(".xlsx cut at 50 %", d -> BadFiles.truncatedXlsx(d, 0.5), Expected.refused(400, "DAMAGED", damaged)),
                hostile(".xlsx cut at 90 %", d -> BadFiles.truncatedXlsx(d, 0.9), Expected.refused(400, "DAMAGED", damaged)),
                hostile(".xlsx without its last byte", BadFiles::lastByteMissing, Expected.refused(400, "DAMAGED", damaged)),
                hostile("zip bomb (100 MB sheet in 100 KB)", BadFiles::zipBomb,
                        Expected.refused(400, "TOO_EXPANDED", "The workbook expands to far more data")),
                hostile("11 MB, over the upload limit",
                        d -> Files.write(d.resolve("big.xlsx"), BadFiles.oversized(d, 10L * 1024 * 1024)),
                        Expected.refused(413, "TOO_LARGE", "The file is larger than the 10 MB limit")),
                hostile("billion laughs in sheet1.xml", BadFiles::billionLaughsInSheet,
                        Expected.refused(400, "DAMAGED", damaged)),
                hostile("billion laughs in sharedStrings.xml", BadFiles::billionLaughsInSharedStrings,
                        Expected.refused(400, "DAMAGED", damaged)),
                hostile("XXE file:///etc/passwd in a cell", d -> BadFiles.externalEntityInSheet(d, "file:///etc/passwd"),
                        Expected.refused(400, "DAMAGED", damaged)),
                hostile("XXE http://127.0.0.1 in a cell", d -> BadFiles.externalEntityInSheet(d, probeUrl),
                        Expected.refused(400, "DAMAGED", damaged)),
                hostile("XXE parameter entity http://127.0.0.1 in sharedStrings.xml",
                        d -> BadFiles.externalEntityInSharedStrings(d, probeUrl), Expected.refused(400, "DAMAGED", damaged)),
                hostile("10 million characters in one cell", BadFiles::tenMegabytesInOneCell,
                        Expected.refused(400, "CELL_TOO_LONG", "A cell of this workbook holds more than 32,767 characters")),
                hostile("a million empty rows, a figure in row 1,048,576", BadFiles::millionEmptyRows, Expected.imported(2)),
                hostile("a row filled to column XFD (16,384 columns)", BadFiles::sixteenThousandColumns,
                        Expected.imported(1)),
                hostile("formula nested 2,000 IFs deep, with its result", d -> BadFiles.deeplyNestedFormula(d, 2_000, true),
                        Expected.imported(1)),
                hostile("formula nested 2,000 IFs deep, never calculated",
                        d -> BadFiles.deeplyNestedFormula(d, 2_000, false),
                        Expected.rowErrors("import.error.formula-without-value")),
                hostile("formulas into other workbooks, with results (externalLink to 127.0.0.1)",
                        d -> BadFiles.formulasIntoOtherWorkbooks(d, probeUrl, true), Expected.imported(2)),
                hostile("formulas into other workbooks, never calculated",
                        d -> BadFiles.formulasIntoOtherWorkbooks(d, "file:///etc/passwd", false),
                        Expected.rowErrors("import.error.formula-without-value")));
    }

    private static Arguments hostile(String name, Maker maker, Expected expected) {
        return Arguments.of(name, maker, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachHostileFileIsRefusedOrImportedAsDecidedAndTheServerKeepsServing(String name, Maker maker,
                                                                               Expected expected) throws Exception {
        Path file = maker.make(dir);
        long entries = count("progress_entry");
        int probeHitsBefore = PROBE_HITS.get();

        long start = System.nanoTime();
        HttpResponse<String> response = api.upload("/api/imports?dryRun=false", "clerk",
                file.getFileName().toString(), Files.readAllBytes(file));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).as(name).isEqualTo(expected.status());
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).contains("application/json"));
        assertNoInternals(response.body());
        JsonNode body = json.readTree(response.body());
        if (expected.refusalKey() != null) {
            String error = body.get("error").asString();
            assertThat(error).startsWith(expected.startsWith())
                    .isEqualTo(messages.getMessage(expected.refusalKey(), new Object[] {10, 60, "32,767", "16,384", "1,000,000", "20"}, Locale.ENGLISH));
            assertThat(count("import_record")).as("no import is logged for a refused file").isZero();
        } else if (expected.rowError() != null) {
            assertThat(body.get("outcome").asString()).isEqualTo("REJECTED");
            assertThat(body.get("errors")).isNotEmpty().allSatisfy(error -> assertThat(error.get("message").asString())
                    .isEqualTo(messages.getMessage(expected.rowError(), null, Locale.ENGLISH)));
        } else {
            assertThat(body.get("outcome").asString()).isEqualTo("IMPORTED");
            assertThat(body.get("created").asInt()).isEqualTo(expected.created());
        }
        assertThat(count("progress_entry")).as("figures stored").isEqualTo(entries + expected.created());
        assertThat(PROBE_HITS.get()).as("requests to the loopback probe").isEqualTo(probeHitsBefore);
        assertThat(response.body()).doesNotContain("root:x:0:0");
        assertThat(took).as("time to answer").isLessThan(BOUND);
        assertThat(api.get("/api/imports", "clerk").statusCode()).as("the next request").isEqualTo(200);
        TIMINGS.put(name, response.statusCode() + " " + summary(expected) + " | " + took.toMillis() + " ms");
    }

    @Test
    void aRefusalSpeaksTheClerksLanguage() throws Exception {
        byte[] laughs = Files.readAllBytes(BadFiles.billionLaughsInSheet(dir));
        byte[] hugeCell = Files.readAllBytes(BadFiles.tenMegabytesInOneCell(dir));

        HttpResponse<String> french = api.send(ApiClient.multipart(api.request("/api/imports", "clerk")
                .header("Accept-Language", "fr"), "rires.xlsx", laughs));
        HttpResponse<String> frenchCell = api.send(ApiClient.multipart(api.request("/api/imports", "clerk")
                .header("Accept-Language", "fr"), "cellule.xlsx", hugeCell));
        HttpResponse<String> english = api.send(ApiClient.multipart(api.request("/api/imports", "clerk")
                .header("Accept-Language", "en"), "laughs.xlsx", laughs));

        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(json.readTree(french.body()).get("error").asString()).isEqualTo("Le classeur est endommagé ou "
                + "incomplet et ne peut pas être lu. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le de nouveau et "
                + "renvoyez-le.");
        assertThat(json.readTree(frenchCell.body()).get("error").asString()).isEqualTo("Une cellule de ce classeur "
                + "contient plus de 32 767 caractères, plus qu’Excel n’en permet : le fichier n’a pas été lu et rien "
                + "n’a été enregistré. Vérifiez le fichier, enregistrez-le de nouveau depuis Excel ou LibreOffice et "
                + "renvoyez-le.");
        assertThat(json.readTree(english.body()).get("error").asString()).isEqualTo("The workbook is damaged or "
                + "incomplete and cannot be read. Open it in Excel or LibreOffice, save it again and resend it.");
    }

    @Test
    void aFileStillBeingReadWhenTheTimeOutRunsOutIsRefusedAndTheNextImportWorks() throws Exception {
        byte[] slow = Files.readAllBytes(BadFiles.slowToRead(dir));
        byte[] good = TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "Oriental", 2, null)).bytes(dir);
        long entries = count("progress_entry");

        HttpResponse<String> english;
        HttpResponse<String> french;
        long start = System.nanoTime();
        try (var shortened = parseTimeout.shortenedTo(Duration.ofMillis(200))) {
            english = api.upload("/api/imports?dryRun=false", "clerk", "slow.xlsx", slow);
            french = api.send(ApiClient.multipart(api.request("/api/imports?dryRun=true", "clerk")
                    .header("Accept-Language", "fr"), "lent.xlsx", slow));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        long loggedImports = count("import_record");
        HttpResponse<String> next = api.upload("/api/imports?dryRun=false", "clerk", "good.xlsx", good);

        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(json.readTree(english.body()).get("error").asString()).isEqualTo("The file took too long to read "
                + "(the limit is 1 s), so reading stopped and nothing from it was stored. Remove empty rows and columns "
                + "or split it into several files, then send it again.");
        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(json.readTree(french.body()).get("error").asString())
                .startsWith("La lecture du fichier a pris trop de temps (la limite est de 1 s)");
        assertNoInternals(english.body());
        assertThat(loggedImports).as("imports logged for the slow file").isZero();
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(json.readTree(next.body()).get("created").asInt()).isEqualTo(1);
        assertThat(count("progress_entry")).isEqualTo(entries + 1);
        assertThat(took).isLessThan(BOUND);
        TIMINGS.put("1.5 million cells with the time-out at 200 ms (two requests)",
                "400 import.refused.TOO_SLOW | " + took.toMillis() + " ms");
    }

    private static String summary(Expected expected) {
        if (expected.refusalKey() != null) {
            return expected.refusalKey();
        }
        return expected.rowError() != null ? "row errors: " + expected.rowError() + ", nothing stored"
                : "imported, " + expected.created() + " figure(s) stored";
    }

    /** The clerk reads words, never how Marsad is built. */
    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContainPattern("Exception|\\tat |org\\.apache|java\\.|ma\\.marsad|poi|SAX|xerces")
                .doesNotContain("DOCTYPE");
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
