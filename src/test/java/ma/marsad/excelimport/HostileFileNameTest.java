package ma.marsad.excelimport;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;

/**
 * An uploaded file's name is the sender's to choose: it never decides where the file is kept, and what the
 * import log shows of it is cleaned. Kept files are only ever read by the importer: no endpoint serves one.
 */
@MarsadSpringTest
class HostileFileNameTest {

    /** time-hash-random-name, the name reduced to letters, digits, dot, dash and underscore. */
    private static final String STORED_NAME = "\\d{8}-\\d{6}-[0-9a-f]{12}-[0-9a-f]{8}-[A-Za-z0-9._-]{1,80}";
    private static final String LONG = "a".repeat(295) + ".xlsx";

    @Autowired
    ImportService imports;
    @Autowired
    ImportRecordRepository records;
    @Autowired
    ImportProperties properties;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;
    @TempDir
    Path dir;

    @AfterEach
    void removeImports() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    static Stream<Arguments> hostileNames() {
        return Stream.of(
                Arguments.of("../../etc/passwd.xlsx", "passwd.xlsx"),
                Arguments.of("..\\..\\Windows\\win.ini.xlsx", "win.ini.xlsx"),
                Arguments.of("/etc/cron.d/figures.xlsx", "figures.xlsx"),
                Arguments.of("fig\r\nINFO forged log line\u0000.xlsx", "figINFO forged log line.xlsx"),
                Arguments.of("invoice\u202Exslx.exe", "invoicexslx.exe"),
                Arguments.of("\u0007\t\u0000", "upload"),
                Arguments.of("..", ".."),
                Arguments.of(LONG, LONG.substring(LONG.length() - 255)));
    }

    /** A workbook whose one row is refused: the file is still kept and logged, and no figure changes. */
    private Path refusedWorkbook() throws Exception {
        return TestWorkbook.xlsx().progress(row("NO_SUCH_INDICATOR", "2026-Q3", "NATIONAL", 1, null))
                .writeTo(dir.resolve("upload.bin"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileNames")
    void theFileIsKeptUnderAGeneratedNameInsideTheImportsFolderAndItsNameIsShownCleaned(String sent, String shown)
            throws Exception {
        ImportReport report = imports.importFile(refusedWorkbook(), sent, "clerk", Locale.ENGLISH, ImportProgress.NONE);

        assertThat(report.outcome()).isEqualTo(ImportOutcome.REJECTED);
        assertThat(imports.recentImports(1).getFirst().fileName()).isEqualTo(shown);
        Path kept = Path.of(records.findById(report.importId()).orElseThrow().getStoredPath()).toAbsolutePath().normalize();
        Path folder = properties.storageDir().toAbsolutePath().normalize();
        assertThat(kept).startsWith(folder).exists();
        assertThat(folder.relativize(kept).toString()).matches("\\d{4}/\\d{2}/" + STORED_NAME);
        assertThat(Files.readAllBytes(kept)).isEqualTo(Files.readAllBytes(dir.resolve("upload.bin")));
    }

    @Test
    void theApiLogsTheCleanedNameOfAFileSentWithAPathInItsName() throws Exception {
        ApiClient api = new ApiClient(port);
        byte[] workbook = Files.readAllBytes(refusedWorkbook());

        assertThat(api.upload("/api/imports", "clerk", "../../etc/passwd.xlsx", workbook).statusCode()).isEqualTo(422);

        assertThat(api.get("/api/imports?limit=1", "clerk").body()).contains("\"fileName\":\"passwd.xlsx\"")
                .doesNotContain("..");
        assertThat(properties.storageDir().resolve("../../etc/passwd.xlsx").normalize()).doesNotExist();
    }

    @Test
    void noAddressServesAKeptFile() throws Exception {
        ImportReport report = imports.importFile(refusedWorkbook(), "figures.xlsx", "clerk", Locale.ENGLISH,
                ImportProgress.NONE);
        Path kept = Path.of(records.findById(report.importId()).orElseThrow().getStoredPath());
        ApiClient api = new ApiClient(port);

        for (String path : new String[] {"/" + kept.toString().replace('\\', '/'), "/imports/" + kept.getFileName(),
                "/data/imports/" + properties.storageDir().relativize(kept).toString().replace('\\', '/'),
                "/api/imports/" + report.importId()}) {
            var response = api.sendForBytes(api.request(path, "clerk"));
            assertThat(response.body()).as(path).isNotEqualTo(Files.readAllBytes(kept));
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path)
                    .doesNotContain("spreadsheet").doesNotContain("octet-stream");
        }
    }
}
