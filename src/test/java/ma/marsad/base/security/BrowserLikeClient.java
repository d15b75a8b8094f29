package ma.marsad.base.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does at the HTTP level, without JavaScript: keeps cookies, follows no redirect, reads Spring's
 * CSRF token from the meta tag Vaadin puts in every page (the login form sends it from there), posts forms.
 */
final class BrowserLikeClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final int port;

    BrowserLikeClient(int port) {
        this(port, null);
    }

    /** A browser on another machine: its connections come from {@code from} (a loopback address, 127.x.y.z). */
    BrowserLikeClient(int port, String from) {
        this.port = port;
        HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (from != null) {
            try {
                builder.localAddress(java.net.InetAddress.getByName(from));
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(from, e);
            }
        }
        this.http = builder.build();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form POST; a null value leaves the field out. */
    HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        return post(path, fields, Map.of());
    }

    /** A form POST with more headers (X-Forwarded-For, as a proxy adds it). */
    HttpResponse<String> post(String path, Map<String, String> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        String body = fields.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html");
        headers.forEach(request::header);
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The login page's token, as the login form reads it. */
    String csrfTokenOf(HttpResponse<String> page) {
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("No CSRF token in the page: " + page.body());
        }
        return token.group(1);
    }

    /** Opens the login page and sends the form as the browser does; the answer is the redirect. */
    HttpResponse<String> signIn(String user, String password) throws IOException, InterruptedException {
        String token = csrfTokenOf(get("/login"));
        return post("/login", form(user, password, token));
    }

    static Map<String, String> form(String user, String password, String token) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", user);
        fields.put("password", password);
        fields.put("_csrf", token);
        return fields;
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
