package ma.marsad.base.refusals;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ma.marsad.MarsadSpringTest;

/**
 * Finding 7 of issue 18: the push endpoint echoed a foreign Origin in Access-Control-Allow-Origin with credentials
 * allowed, which lets another site read answers made with the visitor's session. No address may do that.
 */
@MarsadSpringTest
class ForeignOriginTest {

    private static final String FOREIGN = "https://evil.example";

    @LocalServerPort
    int port;

    @Test
    void noAnswerAllowsAForeignOriginToReadIt() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        for (String path : List.of("/?v-r=push", "/VAADIN/push", "/?v-r=push&v-uiId=0&X-Atmosphere-Transport=websocket",
                "/?v-r=push&X-Atmosphere-Transport=long-polling", "/", "/login", "/api/indicators", "/actuator/health")) {
            for (String method : List.of("GET", "OPTIONS", "POST")) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Origin", FOREIGN).header("Access-Control-Request-Method", "POST")
                        .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).as(method + " " + path + " "
                        + answer.headers().map()).isEmpty();
                assertThat(answer.headers().firstValue("Access-Control-Allow-Credentials")).as(method + " " + path)
                        .isEmpty();
            }
        }
    }
}
