package ma.marsad.scale;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import ma.marsad.ApiClient;
import ma.marsad.TestDatabase;
import ma.marsad.excelimport.TestWorkbook;

/**
 * Two Marsad processes, each as `java -jar` would run it with SPRING_PROFILES_ACTIVE=postgres, started at the
 * same moment on loopback against one empty PostgreSQL database, as docker-compose.yml starts them: both come
 * up (Flyway and the start-up seeding take turns), an import on one is read on the other, and a scheduled job
 * runs on one instance per occasion. Only in the postgres Surefire execution.
 */
@EnabledIfSystemProperty(named = TestDatabase.PROPERTY, matches = "postgres",
        disabledReason = "needs the shared PostgreSQL of the postgres execution")
class TwoInstancesTest {

    private static final String CLEANUP_RAN = "Sign-in failures clean-up ran on this instance";
    private static final Pattern LOG_SECOND = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:(\\d\\d)");

    @TempDir
    static Path dir;

    private static String jdbcUrl;
    private static final List<Instance> INSTANCES = new ArrayList<>();

    private record Instance(String name, int port, Process process, Path log) {

        String output() throws IOException {
            return Files.readString(log);
        }
    }

    @BeforeAll
    static void twoInstancesStartTogetherOnOneEmptyDatabase() throws Exception {
        try (Connection c = TestDatabase.server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("create database marsad_two_instances");
        }
        jdbcUrl = TestDatabase.server().getJdbcUrl("postgres", "marsad_two_instances");
        INSTANCES.add(start("a"));
        INSTANCES.add(start("b"));
        for (Instance instance : INSTANCES) {
            awaitHealthy(instance);
        }
    }

    @AfterAll
    static void stopBoth() throws InterruptedException {
        for (Instance instance : INSTANCES) {
            instance.process().destroy();
        }
        for (Instance instance : INSTANCES) {
            if (!instance.process().waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                instance.process().destroyForcibly();
            }
        }
    }

    @Test
    void bothInstancesCameUpAndTheStartUpSeedingHappenedOnce() throws SQLException {
        JdbcTemplate jdbc = database();
        assertThat(jdbc.queryForObject("select count(*) from indicator", Long.class)).isEqualTo(9);
        assertThat(jdbc.queryForObject("select count(*) from progress_entry where origin = 'SAMPLE'", Long.class))
                .isEqualTo(157);
        assertThat(jdbc.queryForList("select username from user_account order by username", String.class))
                .containsExactly("admin", "clerk", "manager", "official");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Long.class))
                .as("each migration applied once").isEqualTo(jdbc.queryForObject(
                        "select count(distinct version) from flyway_schema_history", Long.class));
    }

    @Test
    void eachInstanceEndsItsSessionIdsWithItsRouteForTheStickyProxy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (Instance instance : INSTANCES) {
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + instance.port() + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().allValues("Set-Cookie")).as(instance.name())
                    .anySatisfy(cookie -> assertThat(cookie)
                            .matches("JSESSIONID=[0-9A-F]+\\." + instance.name() + ";.*"));
        }
    }

    @Test
    void aFigureImportedThroughOneInstanceIsReadThroughTheOther() throws Exception {
        byte[] file = Files.readAllBytes(TestWorkbook.xlsx()
                .progress(row("UNICORNS", "2026-Q3", "", 3, "imported on a"))
                .writeTo(dir.resolve("unicorns.xlsx")));

        HttpResponse<String> imported = new ApiClient(INSTANCES.get(0).port())
                .upload("/api/imports?dryRun=false", "clerk", "unicorns.xlsx", file);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        HttpResponse<String> read = new ApiClient(INSTANCES.get(1).port())
                .get("/api/indicators/UNICORNS/entries", "manager");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("\"quarter\":\"2026-Q3\"").contains("imported on a");
    }

    @Test
    void theScheduledCleanUpRunsOnOneInstanceAtEachOccasion() throws Exception {
        // The job fires every 3 seconds on both instances (see start); wait for several occasions.
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, List<String>> runs = runsPerOccasion();
        while (runs.size() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(1_000);
            runs = runsPerOccasion();
        }

        assertThat(runs).as("occasions seen").hasSizeGreaterThanOrEqualTo(3);
        assertThat(runs.values()).as("instances that ran each occasion")
                .allSatisfy(ranOn -> assertThat(ranOn).hasSize(1));
        assertThat(INSTANCES.get(0).output() + INSTANCES.get(1).output())
                .contains("Scheduled job sign-in-failure-cleanup skipped here: another instance runs it");
    }

    /** Minute and 3-second slot of each run, with the instances that ran it. */
    private static Map<String, List<String>> runsPerOccasion() throws IOException {
        Map<String, List<String>> runs = new TreeMap<>();
        for (Instance instance : INSTANCES) {
            for (String line : instance.output().split("\n")) {
                if (line.contains(CLEANUP_RAN)) {
                    Matcher m = LOG_SECOND.matcher(line);
                    if (m.find()) {
                        String slot = line.substring(0, 16) + "/" + Integer.parseInt(m.group(1)) / 3;
                        runs.computeIfAbsent(slot, k -> new ArrayList<>()).add(instance.name());
                    }
                }
            }
        }
        return runs;
    }

    private static JdbcTemplate database() throws SQLException {
        return new JdbcTemplate(new SingleConnectionDataSource(jdbcUrl, "postgres", "", true));
    }

    private static Instance start(String name) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-Dvaadin.usageStatistics=false",
                "-cp", System.getProperty("java.class.path"), "ma.marsad.MarsadApplication",
                // Only the application's own settings, not the tests' (config/application.yml on this class path).
                "--spring.config.location=classpath:/application.yml",
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--marsad.imports.storage-dir=" + dir.resolve(name + "-imports"),
                "--marsad.login.cleanup-cron=*/3 * * * * *"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "postgres");
        env.put("MARSAD_DB_URL", jdbcUrl);
        env.put("MARSAD_DB_USERNAME", "postgres");
        env.put("MARSAD_DB_PASSWORD", "");
        env.put("MARSAD_INSTANCE_ROUTE", name);
        env.put("VAADIN_USAGE_STATS_ENABLED", "false");
        return new Instance(name, port, builder.start(), log);
    }

    private static void awaitHealthy(Instance instance) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!instance.process().isAlive()) {
                throw new AssertionError("Instance " + instance.name() + " stopped:\n" + tail(instance));
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + instance.port() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("Instance " + instance.name() + " not healthy within 180 s:\n" + tail(instance));
    }

    private static String tail(Instance instance) throws IOException {
        List<String> lines = Files.readAllLines(instance.log());
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
