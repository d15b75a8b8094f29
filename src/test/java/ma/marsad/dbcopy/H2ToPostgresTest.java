package ma.marsad.dbcopy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import ma.marsad.TestDatabase;

/**
 * The move from H2 to PostgreSQL: an H2 database at the current schema, with figures, imports, accounts,
 * locks and history (Arabic text, decimals, empty values, thousands of rows), copied into an empty PostgreSQL
 * database reads back the same, table by table and value by value; new rows continue after the copied ids; and
 * a copy into a database that is not empty, or from a path with no database, is refused and changes nothing.
 */
@EnabledIfSystemProperty(named = TestDatabase.PROPERTY, matches = "postgres",
        disabledReason = "needs the shared PostgreSQL of the postgres execution")
class H2ToPostgresTest {

    private static final int FIGURES = 3_000;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @TempDir
    static Path dir;
    private static String h2Url;

    @BeforeAll
    static void anH2DatabaseWithEveryKindOfRow() {
        h2Url = "jdbc:h2:file:" + dir.resolve("marsad").toAbsolutePath();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(h2Url);
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration", "classpath:db/vendor/h2").load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.update("insert into indicator (code, name_fr, name_en, name_ar, unit_fr, unit_en, unit_ar, kind,"
                + " target_value, start_date, deadline, dates_note, owner_fr, owner_en, owner_ar, source_file,"
                + " source_quote, version, whole_numbers) values"
                + " ('DIGITAL_JOBS', 'Emplois numériques', 'Digital jobs', 'مناصب الشغل الرقمية', 'emplois', 'jobs',"
                + " 'منصب', 'CUMULATIVE', 240000, date '2024-01-01', date '2030-12-31', null, 'Ministère', 'Ministry',"
                + " 'الوزارة', 'digital-2030.md', '240 000 emplois directs', 3, true),"
                + " ('DATACENTER_MW', 'Datacenters', 'Data centres', 'مراكز البيانات', 'MW', 'MW', 'ميغاواط', 'LEVEL',"
                + " 500, date '2024-01-01', date '2030-12-31', 'approx.', 'M', 'M', 'م', 'd.md', '500 MW', 0, false)");
        jdbc.update("insert into indicator_milestone (indicator_id, milestone_year, target_value) values (1, 2026, 80000),"
                + " (1, 2028, 160000)");
        jdbc.update("insert into user_account (username, display_name, password_hash, enabled, created_at, version,"
                + " preferred_language) values ('clerk', 'Fatima Zahra', '{bcrypt}$2a$10$x', true,"
                + " timestamp with time zone '2025-09-01 08:00:00+00', 2, 'ar'),"
                + " ('manager', 'Youssef', '{bcrypt}$2a$10$y', false, timestamp with time zone '2025-09-02 08:00:00+01',"
                + " 0, null)");
        jdbc.update("insert into user_account_role (user_account_id, role_name) values (1, 'CLERK'), (2, 'MANAGER'),"
                + " (2, 'ADMIN')");
        jdbc.update("insert into import_record (file_name, sha256, size_bytes, stored_path, uploaded_by, uploaded_at,"
                + " rows_read, accepted, rejected, created_count, updated_count, unchanged_count, outcome) values"
                + " ('T3 جهة سوس.xlsx', 'abc', 2048, '2026/10/1.xlsx', 'clerk',"
                + " timestamp with time zone '2026-10-05 09:00:00+01', 3000, 3000, 0, 3000, 0, 0, 'IMPORTED')");
        List<Object[]> figures = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        String[] regions = {"NATIONAL", "SOUSS_MASSA", "CASABLANCA_SETTAT"};
        for (int i = 0; i < FIGURES; i++) {
            String quarter = (2000 + i / 12) + "-Q" + (i % 4 + 1);
            String region = regions[i % 3];
            BigDecimal amount = new BigDecimal(i).add(new BigDecimal("0.25"));
            OffsetDateTime at = OffsetDateTime.parse("2026-10-05T09:00:00+01:00").plusMinutes(i);
            figures.add(new Object[] {1 + i % 2, quarter, region, amount, i % 7 == 0 ? null : "ligne " + i, "clerk",
                    at, "IMPORT", 1L, i % 5, i % 3 == 0 ? "APPROVED" : "SUBMITTED"});
            history.add(new Object[] {"ENTRY_CREATED", "clerk", at, "IMPORT", 1L, 1 + i % 2, (long) i + 1, quarter,
                    region, amount.toPlainString(), i % 7 == 0 ? null : "ligne " + i});
        }
        jdbc.batchUpdate("insert into progress_entry (indicator_id, quarter_code, region_code, amount, comment_text,"
                + " entered_by, entered_at, origin, import_id, version, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                figures);
        jdbc.batchUpdate("insert into history_event (kind, changed_by, changed_at, source, import_id, indicator_id,"
                + " entry_id, quarter_code, region_code, after_value, after_comment) values"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", history);
        jdbc.update("insert into quarter_lock (indicator_id, quarter_code, locked_by, locked_at) values"
                + " (1, '2026-Q2', 'manager', timestamp with time zone '2026-07-10 12:00:00+01')");
        jdbc.update("insert into sign_in_throttle (scope, account, address, failures, last_failure_at, wait_until)"
                + " values ('PAIR', 'someone', '192.0.2.7', 6, timestamp with time zone '2026-11-23 09:00:00+00',"
                + " timestamp with time zone '2026-11-23 09:00:01+00')");
        jdbc.update("insert into shedlock (name, lock_until, locked_at, locked_by) values"
                + " ('backup', timestamp '2026-11-23 02:01:00', timestamp '2026-11-23 02:00:00', 'host-a')");
    }

    @Test
    void everyRowOfEveryTableReadsBackTheSameFromPostgres() throws Exception {
        String pgUrl = emptyPostgresDatabase();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = H2ToPostgres.run(new String[] {"--from=" + h2Url}, Map.of("MARSAD_DB_URL", pgUrl,
                "MARSAD_DB_USERNAME", "postgres", "MARSAD_DB_PASSWORD", ""), print(out), print(new ByteArrayOutputStream()));

        assertThat(exit).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Copied the H2 database (schema version")
                .containsPattern("progress_entry +3,000 rows").containsPattern("history_event +3,000 rows");
        JdbcTemplate h2 = jdbc(h2Url, "sa");
        JdbcTemplate pg = jdbc(pgUrl, "postgres");
        for (String table : H2ToPostgres.TABLES) {
            assertThat(rows(pg, table)).as(table).isEqualTo(rows(h2, table));
        }
        assertThat(rows(pg, "progress_entry")).hasSize(FIGURES);
        assertThat(pg.queryForObject("select name_ar from indicator where code = 'DIGITAL_JOBS'", String.class))
                .isEqualTo("مناصب الشغل الرقمية");
        assertThat(pg.queryForObject("select max(version) from flyway_schema_history", String.class))
                .as("the schema made by the same migrations").isEqualTo(
                        h2.queryForObject("select max(\"version\") from \"flyway_schema_history\"", String.class));
        assertThat(pg.queryForObject("select count(*) from shedlock", Long.class)).as("not copied").isZero();
        assertThat(pg.queryForObject("select count(*) from sign_in_throttle", Long.class))
                .as("sign-in counts are only meaningful while instances run: not copied").isZero();

        pg.update("insert into indicator (code, name_fr, name_en, name_ar, unit_fr, unit_en, unit_ar, kind, target_value,"
                + " start_date, deadline, owner_fr, owner_en, owner_ar, source_file, source_quote) values ('NEW', 'n',"
                + " 'n', 'n', 'u', 'u', 'u', 'LEVEL', 1, date '2025-01-01', date '2030-01-01', 'o', 'o', 'o', 'f', 'q')");
        assertThat(pg.queryForObject("select id from indicator where code = 'NEW'", Long.class))
                .as("a new row continues after the copied ids").isEqualTo(3);
    }

    @Test
    void aDatabaseThatIsNotEmptyIsRefusedAndLeftAsItWas() throws Exception {
        String pgUrl = emptyPostgresDatabase();
        jdbc(pgUrl, "postgres").execute("create table notes (id int primary key)");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = H2ToPostgres.run(new String[] {"--from=" + h2Url, "--to=" + pgUrl, "--to-user=postgres"}, Map.of(),
                print(new ByteArrayOutputStream()), print(err));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Nothing copied. The PostgreSQL database is not"
                + " empty (tables [notes]). Give an empty database");
        assertThat(jdbc(pgUrl, "postgres").queryForList("select table_name from information_schema.tables"
                + " where table_schema = 'public'", String.class)).containsExactly("notes");
    }

    @Test
    void aPathWithNoH2DatabaseIsRefusedWithoutCreatingOne() throws Exception {
        String pgUrl = emptyPostgresDatabase();
        Path missing = dir.resolve("elsewhere/marsad");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = H2ToPostgres.run(new String[] {"--from=jdbc:h2:file:" + missing, "--to=" + pgUrl,
                "--to-user=postgres"}, Map.of(), print(new ByteArrayOutputStream()), print(err));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Nothing copied. Cannot open the H2 database")
                .contains("not found");
        assertThat(Files.exists(missing.resolveSibling("marsad.mv.db"))).isFalse();
    }

    private static String emptyPostgresDatabase() throws Exception {
        String name = "marsad_copy_" + DATABASES.incrementAndGet();
        try (Connection c = TestDatabase.server().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return TestDatabase.server().getJdbcUrl("postgres", name);
    }

    private static JdbcTemplate jdbc(String url, String user) {
        return new JdbcTemplate(new SingleConnectionDataSource(url, user, "", true));
    }

    /** Every row, columns in order, values in one form whatever the driver returned. */
    private static List<List<String>> rows(JdbcTemplate jdbc, String table) {
        return jdbc.query("select * from " + table, (rs, n) -> {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.add(rs.getMetaData().getColumnName(i).toLowerCase() + "=" + normal(rs.getObject(i)));
            }
            return row;
        }).stream().sorted(java.util.Comparator.comparing(Object::toString)).toList();
    }

    private static String normal(Object value) {
        return switch (value) {
            case null -> "null";
            case BigDecimal number -> number.stripTrailingZeros().toPlainString();
            case OffsetDateTime time -> time.toInstant().toString();
            case Timestamp time -> time.toInstant().toString();
            case java.sql.Date date -> date.toLocalDate().toString();
            case Instant time -> time.toString();
            case Number number -> new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
