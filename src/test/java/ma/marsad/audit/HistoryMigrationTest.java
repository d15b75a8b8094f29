package ma.marsad.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V5 moves the replaced values kept by V4 (progress_revision) into the one history table: a database from
 * before the review workflow keeps every figure's story, and its invented sample figures count as approved.
 */
class HistoryMigrationTest {

    @Test
    void aDatabaseFromBeforeTheWorkflowKeepsEveryFiguresStory() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).target("4").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("insert into indicator (id, code, name_fr, name_en, name_ar, unit_fr, unit_en, unit_ar, kind,"
                + " target_value, start_date, deadline, owner_fr, owner_en, owner_ar, source_file, source_quote)"
                + " values (1, 'JOBS', 'Emplois', 'Jobs', 'مناصب', 'emplois', 'jobs', 'مناصب', 'CUMULATIVE', 1000,"
                + " date '2025-01-01', date '2030-12-31', 'M', 'M', 'M', 'f.md', 'q')");
        jdbc.update("insert into import_record (id, file_name, sha256, size_bytes, stored_path, uploaded_by, uploaded_at,"
                + " rows_read, accepted, rejected, created_count, updated_count, unchanged_count, outcome) values"
                + " (7, 'q3.xlsx', 'abc', 10, 'x', 'clerk', timestamp with time zone '2026-10-01 09:00:00+00', 1, 1, 0, 1, 0, 0,"
                + " 'IMPORTED'), (8, 'q3b.xlsx', 'def', 10, 'y', 'admin', timestamp with time zone '2026-10-02 09:00:00+00',"
                + " 1, 1, 0, 0, 1, 0, 'IMPORTED')");
        // A figure imported, then replaced by a second import; one typed by hand; one invented sample.
        jdbc.update("insert into progress_entry (id, indicator_id, quarter_code, region_code, amount, comment_text,"
                + " entered_by, entered_at, origin, import_id, version) values"
                + " (1, 1, '2026-Q3', 'NATIONAL', 20, 'recount', 'admin', timestamp with time zone '2026-10-02 09:00:00+00',"
                + " 'IMPORT', 8, 1),"
                + " (2, 1, '2026-Q2', 'NATIONAL', 5, null, 'clerk', timestamp with time zone '2026-07-01 09:00:00+00',"
                + " 'MANUAL', null, 0),"
                + " (3, 1, '2026-Q1', 'NATIONAL', 3, 'Sample', 'sample-data', timestamp with time zone"
                + " '2026-04-01 09:00:00+00', 'SAMPLE', null, 0)");
        jdbc.update("insert into progress_revision (entry_id, previous_amount, previous_comment, previous_entered_by,"
                + " previous_entered_at, previous_origin, previous_import_id, new_amount, new_comment, changed_by,"
                + " changed_at, change_origin, change_import_id) values (1, 12, 'first', 'clerk',"
                + " timestamp with time zone '2026-10-01 09:00:00+00', 'IMPORT', 7, 20, 'recount', 'admin',"
                + " timestamp with time zone '2026-10-02 09:00:00+00', 'IMPORT', 8)");

        Flyway.configure().dataSource(dataSource).load().migrate();

        List<Map<String, Object>> history = jdbc.queryForList("select kind, entry_id, changed_by, source, import_id,"
                + " before_value, after_value, before_comment, after_comment from history_event order by entry_id, id");
        assertThat(history).extracting(r -> r.get("KIND") + " #" + r.get("ENTRY_ID") + " by " + r.get("CHANGED_BY")
                        + " (" + r.get("SOURCE") + " " + r.get("IMPORT_ID") + "): " + number(r.get("BEFORE_VALUE"))
                        + " " + r.get("BEFORE_COMMENT") + " -> " + number(r.get("AFTER_VALUE")) + " " + r.get("AFTER_COMMENT"))
                .containsExactly(
                        "ENTRY_CREATED #1 by clerk (IMPORT 7): null null -> 12 first",
                        "ENTRY_CHANGED #1 by admin (IMPORT 8): 12 first -> 20 recount",
                        "ENTRY_CREATED #2 by clerk (MANUAL null): null null -> 5 null");
        assertThat(jdbc.queryForList("select id || ' ' || status from progress_entry order by id", String.class))
                .as("real figures wait for review; invented ones count as approved")
                .containsExactly("1 SUBMITTED", "2 SUBMITTED", "3 APPROVED");
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
                + " where lower(table_name) = 'progress_revision'", Integer.class)).isZero();
    }

    private static String number(Object value) {
        return value == null ? "null" : new java.math.BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }
}
