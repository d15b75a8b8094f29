package ma.marsad.backup.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.TestingAuthenticationToken;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.UnwritableFolder;
import ma.marsad.backup.BackupProperties;
import ma.marsad.backup.BackupService;
import ma.marsad.backup.TestClock;
import ma.marsad.base.Refusal;
import ma.marsad.base.Refused;
import ma.marsad.base.RequestRefusal;
import ma.marsad.progress.LargeImport;

/** POST /api/admin/backup: over HTTP on the in-memory test database, and over a file database of its own. */
@MarsadSpringTest
class BackupApiTest {

    @LocalServerPort
    int port;
    @Autowired
    MessageSource messages;
    @TempDir
    Path dir;

    @Test
    void onTheInMemoryDatabaseTheAnswerIs409WithTheReasonInTheReadersLanguage() throws Exception {
        ApiClient api = new ApiClient(port);

        HttpResponse<String> english = api.send(api.request("/api/admin/backup", "admin")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> french = api.send(api.request("/api/admin/backup", "admin")
                .header("Accept-Language", "fr").POST(java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(english.statusCode()).isEqualTo(409);
        assertThat(english.body()).isEqualTo("{\"error\":\"This H2 database is not a file Marsad owns (it lives in"
                + " memory, or on a separate H2 server): there is nothing here to back up.\"}");
        assertThat(french.statusCode()).isEqualTo(409);
        assertThat(french.body()).startsWith("{\"error\":\"Cette base H2 n\u2019est pas un fichier qui appartient à"
                + " Marsad");
        assertThat(Path.of("target/test-backups")).as("nothing written").doesNotExist();
    }

    @Test
    void onAFileDatabaseTheAnswerNamesTheNewBackupAndItsSize() throws Exception {
        BackupApiController controller = new BackupApiController(backupsIn(dir.resolve("backups")));

        BackupApiController.BackupJson body = controller.backUp(new TestingAuthenticationToken("admin", null));

        assertThat(body.fileName()).isEqualTo("marsad-20261123-100000.zip");
        assertThat(body.sizeBytes()).isEqualTo(Files.size(dir.resolve("backups").resolve(body.fileName())));
        assertThat(body.writtenAt()).isEqualTo(ma.marsad.FixedClockConfiguration.NOW.toInstant());
    }

    @Test
    void aBackupThatCannotBeWrittenIsAnswered507WithWhatToCheck() throws Exception {
        Path folder = dir.resolve("backups");
        BackupApiController controller = new BackupApiController(backupsIn(folder));

        RequestRefusal answer;
        try (UnwritableFolder blocked = UnwritableFolder.at(folder)) {
            answer = catchThrowableOfType(RequestRefusal.class,
                    () -> controller.backUp(new TestingAuthenticationToken("admin", null)));
        }

        assertThat(answer.status().value()).isEqualTo(507);
        // The API's words for it, as base's ApiRefusals writes them.
        Refused.Text text = answer.texts().getFirst();
        assertThat(messages.getMessage(text.key(), Refusal.apiArgs(text.args()), Locale.ENGLISH))
                .startsWith("The backup could not be written in " + folder)
                .endsWith("Check the free disk space and that the folder can be written.");
    }

    private BackupService backupsIn(Path folder) {
        DataSource database = LargeImport.dataSource(LargeImport.applicationUrl(dir.resolve("db").resolve("marsad")));
        LargeImport.migrate(database);
        return new BackupService(database, new BackupProperties(folder, 14, "-"), new TestClock());
    }
}
