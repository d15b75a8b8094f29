package ma.marsad.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

import ma.marsad.FixedClockConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Quarter end on loopback: {@code load.users} people (200) sign in and browse the dashboard and the API while
 * {@code load.imports} clerks (20) import their region's figures at the same moment, some of them the same
 * rows; then the database must hold every import exactly once. Bounded: a fixed number of steps per person and
 * a time limit ({@code load.minutes}). Prints the latencies and writes them to target/load/load.md; fails only
 * on errors (a 5xx, an unexpected status, a time-out) or on an import lost or doubled, never on latency.
 * Run with {@code ./mvnw -Pload verify} (docs/reliability.md, "Load").
 */
@Tag("load")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // application.yml's H2 settings, on a new file.
        "spring.datasource.url=jdbc:h2:file:./target/load/db/load-${random.uuid};WRITE_DELAY=0;LOCK_TIMEOUT=60000",
        "marsad.imports.storage-dir=target/load/imports"})
@Import(FixedClockConfiguration.class)
class LoadTest {

    /** Who the people are: the demo users, each signed in many times over (every person has a session). */
    private static final String[] ROLES = {"manager", "official", "manager", "official", "clerk"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    HikariDataSource dataSource;
    @TempDir
    Path dir;

    @Test
    void quarterEndLosesNothingAndAnswersEveryone() throws Exception {
        LoadSettings settings = LoadSettings.fromSystemProperties();
        LoadData data = LoadData.of(jdbc);
        assertThat(jdbc.queryForObject("select count(*) from progress_entry where quarter_code = ?", Long.class,
                QuarterEndClerk.QUARTER)).as("no figure for the clerks' quarter before the run").isZero();
        long importsBefore = jdbc.queryForObject("select count(*) from import_record", Long.class);
        LoadRecorder recorder = new LoadRecorder();
        ServerWatch watch = ServerWatch.start(dataSource, jdbc);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(30)).build();
        long started = System.nanoTime();
        long deadline = started + settings.limit().toNanos();
        AtomicInteger notSent = new AtomicInteger();
        List<Future<QuarterEndClerk.Outcome>> clerks = new ArrayList<>();
        boolean finished;
        int chromiumUsers;
        try (ExecutorService people = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < settings.users(); i++) {
                LoadSession session = new LoadSession(http, port, ROLES[i % ROLES.length], recorder);
                people.submit(new BrowsingUser(session, settings, data, 20261123L + i, deadline, notSent));
            }
            DashboardBrowsers browsers = DashboardBrowsers.start(settings.browsers(), port, recorder, deadline);
            // Quarter end strikes while everyone is browsing: the clerks wait for each other, then send at once.
            Thread.sleep(3L * settings.thinkMillis());
            CyclicBarrier together = new CyclicBarrier(Math.max(1, settings.imports()));
            for (int k = 0; k < settings.imports(); k++) {
                clerks.add(people.submit(new QuarterEndClerk(k, data.indicators(),
                        new LoadSession(http, port, "clerk", recorder), together, json, dir)));
            }
            people.shutdown();
            finished = people.awaitTermination(settings.limit().toSeconds() + 60, TimeUnit.SECONDS);
            if (!finished) {
                people.shutdownNow();
            }
            browsers.stop();
            chromiumUsers = browsers.count();
        }
        long elapsed = System.nanoTime() - started;
        watch.stop();
        List<QuarterEndClerk.Outcome> outcomes = new ArrayList<>();
        for (Future<QuarterEndClerk.Outcome> clerk : clerks) {
            outcomes.add(clerk.get());
        }
        StoredImports stored = StoredImports.check(jdbc, outcomes, importsBefore);
        LoadReport report = new LoadReport(settings, recorder, watch, stored, outcomes, elapsed, notSent.get(),
                finished, LoadSession.TIME_OUT, chromiumUsers);
        String markdown = report.markdown();
        System.out.println(markdown);
        Path out = Path.of("target", "load", "load.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown);

        assertThat(recorder.errors()).as("errors: 5xx, unexpected statuses, time-outs").isEmpty();
        assertThat(stored.problems()).as("imports lost, doubled or mixed").isEmpty();
        assertThat(outcomes).as("every clerk's file stored in the end").allSatisfy(o -> assertThat(o.importId()).isNotNull());
    }
}
