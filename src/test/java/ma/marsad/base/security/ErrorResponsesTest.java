package ma.marsad.base.security;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.excelimport.ImportProperties;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.excelimport.TestWorkbook;

/**
 * Error answers say what went wrong in words and nothing about the software behind them: no exception
 * names, stack frames, server names or version numbers, in the body or in the Server header.
 */
@MarsadSpringTest
class ErrorResponsesTest {

    private static final Pattern REVEALING = Pattern.compile(
            "(?i)exception|\\bat java\\.|at org\\.|tomcat|apache|jetty|spring|vaadin|\\b\\d+\\.\\d+\\.\\d+\\b");

    @LocalServerPort
    int port;
    @Autowired
    ImportProperties imports;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    private static void assertRevealsNothing(String what, int status, String server, String body) {
        assertThat(status).as(what + ": status").isBetween(400, 599);
        assertThat(server == null ? "" : server).as(what + ": Server header").doesNotContainPattern(REVEALING);
        assertThat(body).as(what + ": body").doesNotContainPattern(REVEALING);
    }

    private static void assertRevealsNothing(String what, HttpResponse<String> response) {
        assertRevealsNothing(what, response.statusCode(), response.headers().firstValue("Server").orElse(null),
                response.body());
    }

    @Test
    void theUiAnswersAPageThatDoesNotExistWithoutDetails() throws Exception {
        BrowserLikeClient browser = new BrowserLikeClient(port);
        browser.signIn("manager", "manager");

        assertRevealsNothing("a missing page", browser.get("/no-such-page"));
        assertRevealsNothing("a missing file", browser.get("/VAADIN/no-such-file.js"));
    }

    @Test
    void aFailureOnTheServerIsAnsweredWithoutDetailsAsJsonAndAsAPage() throws Exception {
        // The folder the kept copy goes into (this month's, by the fixed clock) is a file: the disk "fails".
        Path month = imports.storageDir().resolve("2026/11");
        Path aside = month.resolveSibling("11.aside");
        if (Files.isDirectory(month)) {
            Files.move(month, aside);
        }
        Files.createDirectories(month.getParent());
        Files.writeString(month, "not a folder");
        try {
            ApiClient api = new ApiClient(port);
            byte[] workbook = TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "NATIONAL", 1, null))
                    .bytes(dir);

            HttpResponse<String> json = api.upload("/api/imports", "clerk", "figures.xlsx", workbook);
            HttpResponse<String> page = api.send(ApiClient.multipart(api.request("/api/imports", "clerk"),
                    "figures.xlsx", workbook).header("Accept", "text/html"));

            // The disk failing is now answered as what it is (507, "could not keep the file"), still without details.
            assertThat(json.statusCode()).isEqualTo(507);
            assertThat(json.body()).contains("\"error\":");
            assertRevealsNothing("a failure, as JSON", json);
            assertThat(page.statusCode()).isBetween(400, 599);
            assertRevealsNothing("a failure, asked for as a page", page);
        } finally {
            Files.delete(month);
            if (Files.isDirectory(aside)) {
                Files.move(aside, month);
            }
            ImportedFiguresCleanup.removeImports(jdbc);
        }
    }

    /** Sends {@code requestLine} as it is (HttpClient refuses to send broken ones); returns the status. */
    private int sendRaw(String what, String requestLine) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try (InputStream in = socket.getInputStream()) {
                in.transferTo(answer);
            }
            String response = answer.toString(StandardCharsets.UTF_8);
            String head = response.substring(0, response.indexOf("\r\n\r\n"));
            String body = response.substring(response.indexOf("\r\n\r\n") + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            String server = head.lines().filter(l -> l.regionMatches(true, 0, "Server:", 0, 7)).findFirst().orElse(null);
            assertRevealsNothing(what, status, server, body);
            return status;
        }
    }

    @Test
    void requestsTheServerItselfRefusesAreAnsweredWithoutDetails() throws Exception {
        assertThat(sendRaw("an address that cannot be decoded", "GET /%ZZ HTTP/1.1")).isEqualTo(400);
        assertThat(sendRaw("a TRACE request", "TRACE /login HTTP/1.1")).isEqualTo(405);
    }

    @Test
    void theApiAnswersErrorsInWordsOnly() throws Exception {
        ApiClient api = new ApiClient(port);

        HttpResponse<String> missing = api.get("/api/no-such-endpoint", "manager");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"error\":\"There is no API endpoint at this address.\"}");
        assertRevealsNothing("a missing endpoint", missing);

        HttpResponse<String> badParameter = api.get("/api/imports?limit=abc", "clerk");
        assertThat(badParameter.statusCode()).isEqualTo(400);
        assertRevealsNothing("a bad parameter", badParameter);

        HttpResponse<String> badJson = api.send(api.request("/api/approvals", "manager")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{bad")));
        assertThat(badJson.statusCode()).isEqualTo(400);
        assertRevealsNothing("broken JSON", badJson);

        HttpResponse<String> wrongType = api.send(api.request("/api/approvals", "manager")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("approve")));
        assertRevealsNothing("a body of the wrong type", wrongType);

        HttpResponse<String> brokenUpload = api.send(api.request("/api/imports?dryRun=true", "clerk")
                .header("Content-Type", "multipart/form-data; boundary=cut")
                .POST(HttpRequest.BodyPublishers.ofString("--cut\r\nContent-Disposition: form-data; name=\"file\"")));
        assertRevealsNothing("a broken upload", brokenUpload);
    }
}
