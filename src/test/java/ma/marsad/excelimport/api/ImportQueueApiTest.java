package ma.marsad.excelimport.api;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.excelimport.AdjustableParseTimeout;
import ma.marsad.excelimport.BusyImportThreads;
import ma.marsad.excelimport.ImportJobs;
import ma.marsad.excelimport.TestWorkbook;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18, findings 1 and 5: at most two files are read at once and twenty wait (application.yml); past that an
 * upload is turned away with 503 and Retry-After, and a file that waited its whole parse time-out is refused
 * unread. Other clerks' checks hold the import threads ({@link BusyImportThreads}).
 */
@MarsadSpringTest
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ImportQueueApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ImportJobs jobs;
    @Autowired
    AdjustableParseTimeout parseTimeout;
    @Autowired
    JsonMapper json;
    @TempDir
    Path dir;

    private ApiClient api;
    private byte[] good;

    @BeforeEach
    void clientAndFile() throws Exception {
        api = new ApiClient(port);
        good = TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 1, null)).bytes(dir);
    }

    @Test
    void anUploadWhileEveryPlaceInTheQueueIsTakenGets503WithRetryAfter() throws Exception {
        HttpResponse<String> turnedAway;
        try (BusyImportThreads busy = BusyImportThreads.occupy(jobs, dir, 2 + 20)) {
            turnedAway = api.upload("/api/imports?dryRun=true", "clerk", "t3.xlsx", good);
        }

        assertThat(turnedAway.statusCode()).isEqualTo(503);
        assertThat(turnedAway.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(json.readTree(turnedAway.body()).get("error").asString()).isEqualTo("The server is already "
                + "reading or holding 22 files, as many as it takes at once, so yours was not read and nothing was "
                + "stored. Send it again in 30 s.");
        HttpResponse<String> later = api.upload("/api/imports?dryRun=true", "clerk", "t3.xlsx", good);
        assertThat(later.statusCode()).as("once the queue has room").isEqualTo(200);
    }

    @Test
    void aFileThatWaitedItsWholeTimeOutInTheQueueIsRefusedUnread() throws Exception {
        HttpResponse<String> refused;
        try (BusyImportThreads busy = BusyImportThreads.occupy(jobs, dir, 2);
             var shortened = parseTimeout.shortenedTo(Duration.ofMillis(300))) {
            CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return api.upload("/api/imports?dryRun=true", "clerk", "t3.xlsx", good);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            long giveUp = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (jobs.busy() < 3 && System.nanoTime() < giveUp) {
                Thread.sleep(20);
            }
            assertThat(jobs.busy()).as("two held, the upload waiting").isEqualTo(3);
            Thread.sleep(600);
            busy.close();
            refused = waiting.get(60, TimeUnit.SECONDS);
        }

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).get("error").asString()).isEqualTo("The server was busy reading "
                + "other files for the whole 1 s a file may take, so yours was not read and nothing from it was "
                + "stored. Send it again in a few minutes.");
    }
}
