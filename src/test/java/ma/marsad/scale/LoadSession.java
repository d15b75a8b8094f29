package ma.marsad.scale;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's HTTP conversation with Marsad, timed: a browser session (its own cookies, the login form with
 * Spring's CSRF token) and the API with Basic credentials, as curl sends them. Every answer other than the
 * expected status is an error for the recorder, with the status and the start of the body.
 */
final class LoadSession {

    /** The HTTP client's own time-out for one request: a request slower than this is an error. */
    static final Duration TIME_OUT = Duration.ofSeconds(120);

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

    private final HttpClient http;
    private final int port;
    private final String user;
    private final LoadRecorder recorder;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    LoadSession(HttpClient http, int port, String user, LoadRecorder recorder) {
        this.http = http;
        this.port = port;
        this.user = user;
        this.recorder = recorder;
    }

    String user() {
        return user;
    }

    LoadRecorder recorder() {
        return recorder;
    }

    /** The login page, then its form (demo users: the password is the user name); true when signed in. */
    boolean signIn() {
        HttpResponse<byte[]> page = browser("GET /login", get("/login"), Set.of(200));
        if (page == null) {
            return false;
        }
        Matcher token = CSRF.matcher(new String(page.body(), StandardCharsets.UTF_8));
        if (!token.find()) {
            recorder.error("GET /login", "no CSRF token in the login page");
            return false;
        }
        String form = "username=" + encode(user) + "&password=" + encode(user) + "&_csrf=" + encode(token.group(1));
        HttpResponse<byte[]> signedIn = browser("POST /login", request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), Set.of(302));
        if (signedIn == null) {
            return false;
        }
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (location.contains("error") || location.contains("locked")) {
            recorder.error("POST /login", "refused, sent to " + location);
            return false;
        }
        return true;
    }

    /** A request in the browser session (its cookies); null when it failed (recorded). */
    HttpResponse<byte[]> browser(String kind, HttpRequest.Builder request, Set<Integer> expected) {
        String cookie = cookieHeader();
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        HttpResponse<byte[]> response = send(kind, request.header("Accept", "text/html,*/*"), expected);
        if (response != null) {
            keepCookies(response);
        }
        return response;
    }

    /** A request to the API with Basic credentials and no session; null when it failed (recorded). */
    HttpResponse<byte[]> api(String kind, HttpRequest.Builder request, Set<Integer> expected) {
        request.header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        return send(kind, request, expected);
    }

    HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(TIME_OUT);
    }

    private HttpResponse<byte[]> send(String kind, HttpRequest.Builder request, Set<Integer> expected) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (!expected.contains(response.statusCode())) {
                recorder.error(kind, user + " got " + response.statusCode() + " after " + millis + " ms: "
                        + start(response.body()));
                return null;
            }
            recorder.time(response.statusCode() == 409 ? kind + " → 409, refused" : kind, millis);
            return response;
        } catch (HttpTimeoutException e) {
            recorder.error(kind, user + ": no answer within " + TIME_OUT.toSeconds() + " s");
        } catch (java.io.IOException e) {
            recorder.error(kind, user + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recorder.error(kind, user + ": stopped by the run's time limit");
        }
        return null;
    }

    private void keepCookies(HttpResponse<?> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
    }

    private String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=')
                .append(value));
        return header.toString();
    }

    static String start(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
