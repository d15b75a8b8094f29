package ma.marsad.excelimport;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Tests share one database with the sample figures. Tests that import only touch indicator, quarter and
 * region combinations the sample data leaves empty, and remove what they stored afterwards.
 */
public final class ImportedFiguresCleanup {

    private ImportedFiguresCleanup() {
    }

    public static void removeImports(JdbcTemplate jdbc) {
        jdbc.update("delete from progress_revision");
        jdbc.update("delete from progress_entry where origin = 'IMPORT'");
        jdbc.update("delete from import_record");
    }

    /** Every stored figure as one text, to compare before and after. */
    public static String snapshot(JdbcTemplate jdbc) {
        return String.join("\n", jdbc.queryForList("select id || '|' || indicator_id || '|' || quarter_code || '|' ||"
                + " region_code || '|' || amount || '|' || coalesce(comment_text, '') || '|' || origin || '|' || version"
                + " from progress_entry order by id", String.class))
                + "\nrevisions=" + jdbc.queryForObject("select count(*) from progress_revision", Long.class)
                + "\nimports=" + jdbc.queryForObject("select count(*) from import_record", Long.class);
    }
}
