package ma.marsad.excelimport.api;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.UnwritableFolder;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.excelimport.TestWorkbook;
import tools.jackson.databind.json.JsonMapper;

/**
 * The imports folder cannot be written (disk full, read-only): an import stops before storing anything, the
 * clerk reads why in their language, and Marsad keeps serving; once the folder is back, the same file imports.
 */
@MarsadSpringTest
class ImportStorageFailureTest {

    /** Where the tests' imports are kept this month (the fixed clock's November 2026). */
    private static final Path STORAGE = Path.of("target/test-imports");
    private static final Path THIS_MONTH = STORAGE.resolve("2026").resolve("11");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @TempDir
    Path dir;

    @AfterEach
    void removeImportedFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    @Test
    void anImportThatCannotKeepItsFileStoresNothingSaysWhyAndTheNextOneWorks() throws Exception {
        ApiClient api = new ApiClient(port);
        byte[] file = TestWorkbook.xlsx().progress(
                row("UNICORNS", "2026-Q3", "Souss-Massa", 3, "first count"),
                row("UNICORNS", "2026-Q3", "Oriental", 4, null)).bytes(dir);
        String stored = ImportedFiguresCleanup.snapshot(jdbc);
        List<String> kept = keptFiles();

        HttpResponse<String> english;
        HttpResponse<String> french;
        HttpResponse<String> arabic;
        HttpResponse<String> dryRun;
        try (UnwritableFolder blocked = UnwritableFolder.at(THIS_MONTH)) {
            english = api.upload("/api/imports?dryRun=false", "clerk", "figures.xlsx", file);
            french = api.send(ApiClient.multipart(api.request("/api/imports?dryRun=false", "clerk")
                    .header("Accept-Language", "fr"), "figures.xlsx", file));
            arabic = api.send(ApiClient.multipart(api.request("/api/imports?dryRun=false", "clerk")
                    .header("Accept-Language", "ar"), "figures.xlsx", file));
            // Meanwhile Marsad answers what needs no disk: the check of a file.
            dryRun = api.upload("/api/imports?dryRun=true", "clerk", "figures.xlsx", file);
            System.out.println("Imports folder blocked by " + blocked.how());
        }

        assertThat(english.statusCode()).isEqualTo(507);
        assertThat(json.readTree(english.body()).get("error").asString()).isEqualTo("The server could not keep a copy"
                + " of your file (its disk is full or its imports folder cannot be written), so nothing from it was"
                + " stored. Tell the administrator; your file is fine and can be imported once this is fixed.");
        assertThat(french.statusCode()).isEqualTo(507);
        assertThat(json.readTree(french.body()).get("error").asString()).startsWith("Le serveur n\u2019a pas pu"
                + " garder une copie de votre fichier");
        assertThat(json.readTree(arabic.body()).get("error").asString()).startsWith("تعذّر على الخادم حفظ نسخة من ملفك");
        assertThat(ImportedFiguresCleanup.snapshot(jdbc)).as("no figure, no history, no import record")
                .isEqualTo(stored);
        assertThat(keptFiles()).as("no file, whole or partial, in the imports folder").isEqualTo(kept);
        assertThat(dryRun.statusCode()).isEqualTo(200);
        assertThat(json.readTree(dryRun.body()).get("created").asInt()).isEqualTo(2);

        HttpResponse<String> again = api.upload("/api/imports?dryRun=false", "clerk", "figures.xlsx", file);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("created").asInt()).isEqualTo(2);
        assertThat(jdbc.queryForList("select e.region_code || ' ' || cast(e.amount as int) from progress_entry e"
                + " join indicator i on i.id = e.indicator_id where i.code = 'UNICORNS' and e.quarter_code = '2026-Q3'"
                + " order by e.region_code", String.class)).containsExactly("ORIENTAL 4", "SOUSS_MASSA 3");
        assertThat(keptFiles()).hasSize(kept.size() + 1);
    }

    /** Every file under the imports folder, as paths. */
    private static List<String> keptFiles() throws IOException {
        if (!Files.isDirectory(STORAGE)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(STORAGE)) {
            return files.filter(Files::isRegularFile).map(Path::toString).sorted().toList();
        }
    }
}
