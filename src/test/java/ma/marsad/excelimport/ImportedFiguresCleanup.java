package ma.marsad.excelimport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests share one database with the sample figures. Tests that store figures only touch indicator, quarter
 * and region combinations the sample data leaves empty, and call {@link #removeImports} afterwards: it
 * removes every figure, history row, lock and import the tests made, and puts the sample figures' review
 * state back as the sample file has it.
 */
public final class ImportedFiguresCleanup {

    private ImportedFiguresCleanup() {
    }

    public static void removeImports(JdbcTemplate jdbc) {
        // Tests may clear the history: the application never does (a test holds that).
        jdbc.update("delete from history_event");
        jdbc.update("delete from progress_entry where origin <> 'SAMPLE'");
        jdbc.update("delete from import_record");
        jdbc.update("delete from quarter_lock");
        jdbc.update("update progress_entry set status = case when quarter_code = '2026-Q3' and indicator_id in"
                + " (select id from indicator where code in ('STARTUPS', 'ENTREPRENEURS_INVESTORS'))"
                + " then 'SUBMITTED' else 'APPROVED' end, review_comment = null, version = 0");
        jdbc.update("insert into quarter_lock (indicator_id, quarter_code, locked_by, locked_at)"
                + " select indicator_id, quarter_code, 'sample-data', min(entered_at) from progress_entry"
                + " group by indicator_id, quarter_code having min(status) = 'APPROVED' and max(status) = 'APPROVED'");
    }

    /** Every stored figure as one text, to compare before and after. */
    public static String snapshot(JdbcTemplate jdbc) {
        return String.join("\n", jdbc.queryForList("select id || '|' || indicator_id || '|' || quarter_code || '|' ||"
                + " region_code || '|' || amount || '|' || coalesce(comment_text, '') || '|' || origin || '|' || version"
                + " || '|' || status from progress_entry order by id", String.class))
                + "\nhistory=" + jdbc.queryForObject("select count(*) from history_event", Long.class)
                + "\nlocks=" + jdbc.queryForObject("select count(*) from quarter_lock", Long.class)
                + "\nimports=" + jdbc.queryForObject("select count(*) from import_record", Long.class);
    }
}
