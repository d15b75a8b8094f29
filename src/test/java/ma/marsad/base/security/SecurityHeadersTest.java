package ma.marsad.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;

/** Every kind of response carries the same browser-side protections, each header once. */
@MarsadSpringTest
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private static void assertProtected(String what, HttpResponse<?> response) {
        assertThat(response.headers().allValues("Content-Security-Policy")).as(what)
                .containsExactly(SecurityHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.headers().allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
        assertThat(response.headers().allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(response.headers().allValues("Referrer-Policy")).as(what).containsExactly("same-origin");
    }

    @Test
    void thePolicyAllowsWhatVaadinNeedsAndNoFramingPluginOrForeignForm() {
        assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY.split("; ")).contains(
                "default-src 'self'", "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
                "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob:", "object-src 'none'",
                "form-action 'self'", "frame-ancestors 'none'");
    }

    @Test
    void pagesStaticFilesTheApiAndErrorsAllCarryTheHeaders() throws Exception {
        BrowserLikeClient anonymous = new BrowserLikeClient(port);
        HttpResponse<String> login = anonymous.get("/login");
        Matcher script = Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"").matcher(login.body());
        assertThat(script.find()).as("the login page loads Vaadin's bundle").isTrue();
        BrowserLikeClient signedIn = new BrowserLikeClient(port);
        signedIn.signIn("manager", "manager");
        ApiClient api = new ApiClient(port);

        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        responses.put("the login page", login);
        responses.put("a redirect to the login page", anonymous.get("/"));
        responses.put("the dashboard", signedIn.get("/"));
        responses.put("Vaadin's script bundle", anonymous.get("/" + script.group(1)));
        responses.put("Marsad's stylesheet", anonymous.get("/styles/marsad.css"));
        responses.put("a page that does not exist", signedIn.get("/no-such-page"));
        responses.put("the health check", anonymous.get("/actuator/health"));
        responses.put("the API without credentials", api.get("/api/indicators", null));
        responses.put("the API", api.get("/api/indicators", "manager"));
        responses.put("the API refusing a role", api.get("/api/imports", "official"));
        responses.put("an API address that does not exist", api.get("/api/no-such-endpoint", "manager"));
        responses.put("a bad API request", api.get("/api/imports?limit=abc", "clerk"));

        assertThat(responses.get("Vaadin's script bundle").statusCode()).isEqualTo(200);
        assertThat(responses.get("the dashboard").statusCode()).isEqualTo(200);
        assertThat(responses.get("the API").statusCode()).isEqualTo(200);
        responses.forEach((what, response) -> assertProtected(what + " (" + response.statusCode() + ")", response));
    }
}
