package ma.marsad;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database from the first release (V1 indicators, V2 figures, V3 accounts) with data in it reaches the
 * current schema through Flyway alone, keeping every target, figure and account: real figures wait for a
 * manager's review with their creation in the history, invented sample figures count as approved.
 */
class FirstReleaseMigrationTest {

    @Test
    void aFirstReleaseDatabaseWithDataMigratesToTheCurrentSchemaKeepingEverything() throws IOException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:first-release-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).target("3").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        // The rows as the first release wrote them: its columns only.
        jdbc.update("insert into indicator (id, code, name_fr, name_en, name_ar, unit_fr, unit_en, unit_ar, kind,"
                + " target_value, start_date, deadline, dates_note, owner_fr, owner_en, owner_ar, source_file,"
                + " source_quote, version) values"
                + " (1, 'DIGITAL_JOBS', 'Emplois numériques', 'Digital jobs', 'مناصب رقمية', 'emplois', 'jobs', 'مناصب',"
                + " 'CUMULATIVE', 240000, date '2024-01-01', date '2030-12-31', null, 'MTNRA', 'MTNRA', 'MTNRA',"
                + " 'digital-2030.md', '240 000 emplois', 0),"
                + " (2, 'DATACENTER_MW', 'Datacenters', 'Data centres', 'مراكز البيانات', 'MW', 'MW', 'ميغاواط',"
                + " 'LEVEL', 500, date '2024-01-01', date '2030-12-31', 'approx.', 'MTNRA', 'MTNRA', 'MTNRA',"
                + " 'digital-2030.md', '500 MW', 2)");
        jdbc.update("insert into indicator_milestone (indicator_id, milestone_year, target_value) values (1, 2026, 80000)");
        jdbc.update("insert into progress_entry (id, indicator_id, quarter_code, region_code, amount, comment_text,"
                + " entered_by, entered_at, origin, import_id, version) values"
                + " (1, 1, '2025-Q4', 'NATIONAL', 12500, 'first count', 'clerk',"
                + " timestamp with time zone '2026-01-15 09:30:00+01', 'MANUAL', null, 2),"
                + " (2, 1, '2025-Q3', 'SOUSS_MASSA', 800, 'Sample', 'sample-data',"
                + " timestamp with time zone '2025-10-01 00:00:00+00', 'SAMPLE', null, 0),"
                + " (3, 2, '2025-Q4', 'NATIONAL', 42.5, null, 'clerk',"
                + " timestamp with time zone '2026-01-20 10:00:00+01', 'MANUAL', null, 0)");
        jdbc.update("insert into user_account (id, username, display_name, password_hash, enabled, created_at) values"
                + " (1, 'clerk', 'Clerk', '{bcrypt}$2a$10$abcdefghijklmnopqrstuv', true,"
                + " timestamp with time zone '2025-09-01 08:00:00+00')");
        jdbc.update("insert into user_account_role (user_account_id, role_name) values (1, 'CLERK')");

        Flyway current = Flyway.configure().dataSource(dataSource).load();
        current.migrate();

        assertThat(current.info().current().getVersion()).as("every migration applied")
                .isEqualTo(latestMigration());
        assertThat(jdbc.queryForList("select code || ' ' || cast(target_value as int) || ' ' || whole_numbers"
                + " || ' v' || version from indicator order by id", String.class))
                .as("targets kept; megawatts are the one decimal indicator")
                .containsExactly("DIGITAL_JOBS 240000 TRUE v0", "DATACENTER_MW 500 FALSE v2");
        assertThat(jdbc.queryForObject("select cast(target_value as int) from indicator_milestone"
                + " where indicator_id = 1 and milestone_year = 2026", Integer.class)).isEqualTo(80000);
        List<Map<String, Object>> figures = jdbc.queryForList("select id, amount, comment_text, origin, status,"
                + " reviewed_by, version from progress_entry order by id");
        assertThat(figures).extracting(f -> f.get("ID") + " " + plain(f.get("AMOUNT")) + " " + f.get("COMMENT_TEXT")
                        + " " + f.get("ORIGIN") + " " + f.get("STATUS") + " reviewed by " + f.get("REVIEWED_BY")
                        + " v" + f.get("VERSION"))
                .containsExactly(
                        "1 12500 first count MANUAL SUBMITTED reviewed by null v2",
                        "2 800 Sample SAMPLE APPROVED reviewed by sample-data v0",
                        "3 42.5 null MANUAL SUBMITTED reviewed by null v0");
        assertThat(jdbc.queryForList("select kind || ' #' || entry_id || ' by ' || changed_by || ' (' || source"
                + " || '): ' || after_value from history_event order by entry_id", String.class))
                .as("each real figure's creation, as it was typed")
                .containsExactly("ENTRY_CREATED #1 by clerk (MANUAL): 12500.00",
                        "ENTRY_CREATED #3 by clerk (MANUAL): 42.50");
        assertThat(jdbc.queryForObject("select count(*) from quarter_lock", Integer.class))
                .as("nothing is locked until a manager approves it").isZero();
        assertThat(jdbc.queryForMap("select username, enabled, version, preferred_language from user_account"))
                .containsEntry("USERNAME", "clerk").containsEntry("ENABLED", true).containsEntry("VERSION", 0L)
                .containsEntry("PREFERRED_LANGUAGE", null);
        assertThat(jdbc.queryForList("select role_name from user_account_role", String.class)).containsExactly("CLERK");
    }

    /** The highest version among the migration files, so that this test follows every new migration. */
    private static MigrationVersion latestMigration() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql");
        return Arrays.stream(files)
                .map(f -> MigrationVersion.fromVersion(f.getFilename().substring(1, f.getFilename().indexOf("__"))))
                .max(MigrationVersion::compareTo).orElseThrow();
    }

    private static String plain(Object amount) {
        return new java.math.BigDecimal(amount.toString()).stripTrailingZeros().toPlainString();
    }
}
