package ma.marsad.base.slowclients;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;

/**
 * Finding 2 of issue 18, as it was found: clients that announce a request body and then send it a byte at a time
 * took all 50 request threads, and /actuator/health stopped answering. Now those bodies arrive without holding a
 * thread, and the server keeps answering everyone else while they are open.
 */
@MarsadSpringTest
@Timeout(90)
class SlowClientsTest {

    private static final Duration IN_TIME = Duration.ofSeconds(3);

    @LocalServerPort
    int port;
    @Autowired
    SlowClientProperties properties;

    private final List<Socket> sockets = new ArrayList<>();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(IN_TIME).build();

    @AfterEach
    void closeTheSlowClients() throws Exception {
        trickle.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
        // The threads still reading the closed uploads notice it and let go before the next test.
        Thread.sleep(1_000);
    }

    /** Opens {@code count} connections that each announce {@code length} bytes, send a few, then one a second. */
    private void slowClients(int count, String path, String contentType, long length) throws IOException {
        slowClients(count, path, contentType, length, "");
    }

    private void slowClients(int count, String path, String contentType, long length, String moreHeaders)
            throws IOException {
        for (int i = 0; i < count; i++) {
            Socket socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + length + "\r\n" + moreHeaders + "\r\nusername=").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            sockets.add(socket);
        }
        trickle.scheduleAtFixedRate(() -> {
            for (Socket socket : sockets) {
                try {
                    socket.getOutputStream().write('a');
                    socket.getOutputStream().flush();
                } catch (IOException closedByTheServer) {
                    // Expected once the server gives up on it.
                }
            }
        }, 1, 1, TimeUnit.SECONDS);
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = new ApiClient(port).request(path, user).timeout(IN_TIME);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String statusLineOf(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\r') {
            line.append((char) c);
        }
        return line.toString();
    }

    @Test
    void fiftyFiveSlowLoginPostsLeaveHealthAndOtherPeopleAnswered() throws Exception {
        slowClients(55, "/login", "application/x-www-form-urlencoded", 100_000);
        Thread.sleep(1_500);

        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            HttpResponse<String> health = get("/actuator/health", null);
            assertThat(health.statusCode()).as("health while 55 slow clients are open").isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(IN_TIME);
            assertThat(get("/api/indicators", "manager").statusCode()).as("a manager's request").isEqualTo(200);
            Thread.sleep(500);
        }
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .timeout(IN_TIME).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).as("the login page").isEqualTo(200);
    }

    @Test
    void aBodyThatDoesNotArriveInTimeIsRefusedWith408() throws Exception {
        slowClients(1, "/login", "application/x-www-form-urlencoded", 100_000);

        long start = System.nanoTime();
        String status = statusLineOf(sockets.getFirst());

        assertThat(status).isEqualTo("HTTP/1.1 408 ");
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(properties.bodyTimeout().minusSeconds(1), properties.bodyTimeout().plusSeconds(3));
    }

    @Test
    void slowWorkbookUploadsTakeAtMostTenThreadsAndTheNextAreToldToComeBack() throws Exception {
        // A clerk's: without credentials the API refuses at once, before reading the body, and closes.
        String clerk = "Authorization: Basic " + java.util.Base64.getEncoder().encodeToString("clerk:clerk".getBytes(
                StandardCharsets.UTF_8)) + "\r\n";
        slowClients(properties.largeBodiesAtOnce(), "/api/imports?dryRun=true", "multipart/form-data; boundary=x",
                5_000_000, clerk);
        Thread.sleep(1_000);
        slowClients(1, "/api/imports?dryRun=true", "multipart/form-data; boundary=x", 5_000_000, clerk);

        String refused = statusLineOf(sockets.getLast());
        assertThat(refused).isEqualTo("HTTP/1.1 503 ");
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(get("/api/indicators", "official").statusCode()).isEqualTo(200);
    }

    @Test
    void aLargeBodyFromSomeoneNotSignedInIsRefusedAtOnceWithoutWaitingForIt() throws Exception {
        slowClients(1, "/api/imports?dryRun=true", "multipart/form-data; boundary=x", 5_000_000);

        long start = System.nanoTime();
        assertThat(statusLineOf(sockets.getFirst())).isEqualTo("HTTP/1.1 401 ");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(IN_TIME);
    }
}
