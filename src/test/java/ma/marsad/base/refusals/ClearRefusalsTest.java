package ma.marsad.base.refusals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;

/**
 * Finding 4 of issue 18, the cases found by the probe that answered 500 (and one 413 with the wrong reason): each
 * now gets a clear 4xx in words, and writes no ERROR line (at most one warning) in the log.
 */
@MarsadSpringTest
class ClearRefusalsTest {

    @LocalServerPort
    int port;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void captureTheLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(log);
    }

    private List<ILoggingEvent> logged(Level atLeast) {
        return log.list.stream().filter(e -> e.getLevel().isGreaterOrEqual(atLeast)).toList();
    }

    private void assertNoErrorAndAtMostOneWarning() {
        assertThat(logged(Level.ERROR)).as("ERROR lines").extracting(ILoggingEvent::getFormattedMessage).isEmpty();
        assertThat(logged(Level.WARN)).as("warnings").hasSizeLessThanOrEqualTo(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> loginPost(String token, String accept) throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login")).header("Accept", "text/html"));
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        HttpRequest.Builder post = HttpRequest.newBuilder(uri("/login")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin&_csrf=" + token));
        if (accept != null) {
            post.header("Accept", accept);
        }
        return send(post);
    }

    @Test
    void aLoginPostWithAGarbageCsrfTokenGoesBackToTheSignInPageWhichSaysTheFormHadExpired() throws Exception {
        for (String token : List.of("garbage", "%00garbage%ff", "a".repeat(5_000), "")) {
            for (String accept : new String[] {"text/html", "*/*", null}) {
                HttpResponse<String> refused = loginPost(token, accept);
                assertThat(refused.statusCode()).as("token " + token.length() + ", accept " + accept).isEqualTo(302);
                assertThat(refused.headers().firstValue("Location")).hasValue("http://127.0.0.1:" + port
                        + "/login?expired");
            }
        }
        assertNoErrorAndAtMostOneWarning();
        assertThat(logged(Level.WARN)).extracting(ILoggingEvent::getFormattedMessage)
                .allMatch(m -> m.contains("sign-in form(s) refused"));
        assertThat(send(HttpRequest.newBuilder(uri("/login?expired")).header("Accept", "text/html")).statusCode())
                .as("the page it lands on").isEqualTo(200);
    }

    @Test
    void theErrorPageAskedForDirectlyIsAPageThatDoesNotExist() throws Exception {
        for (String accept : List.of("text/html", "application/json", "*/*")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/error")).header("Accept", accept));
            assertThat(answer.statusCode()).as(accept).isEqualTo(404);
            assertThat(answer.body()).as(accept).contains("404").doesNotContain("999");
        }
        assertNoErrorAndAtMostOneWarning();
    }

    @Test
    void theOldBrowserAddressIsAClearRefusalWhateverTheClientAccepts() throws Exception {
        for (String accept : List.of("text/html", "application/json", "*/*")) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/?v-r=oldbrowser")).header("Accept", accept));
            assertThat(answer.statusCode()).as(accept).isEqualTo(403);
            assertThat(answer.body()).as(accept).contains("403").containsIgnoringCase("forbidden");
        }
        assertThat(logged(Level.ERROR)).isEmpty();
        assertThat(logged(Level.WARN)).as("no 'no converter' warnings either").isEmpty();
    }

    @Test
    void aMultipartRequestWithAThousandFieldsIsRefusedForItsPartsNotForASizeItDoesNotHave() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < 1000; i++) {
            body.write(("--b\r\nContent-Disposition: form-data; name=\"f" + i + "\"\r\n\r\nx\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
        body.write(("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nx\r\n--b--\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        ApiClient api = new ApiClient(port);

        HttpResponse<String> answer = api.send(api.request("/api/imports?dryRun=true", "clerk")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

        assertThat(body.size()).as("far under the 10 MB limit").isLessThan(100_000);
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).isEqualTo("{\"error\":\"The request has more than 50 parts. Send the workbook alone,"
                + " in the field named \\\"file\\\".\"}");
        assertNoErrorAndAtMostOneWarning();
    }
}
