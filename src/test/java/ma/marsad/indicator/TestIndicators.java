package ma.marsad.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.base.LocalizedText;

/**
 * Indicators made by tests have codes starting with TEST_, so the seeded ones stay as the file has them.
 * Remove the history first (ImportedFiguresCleanup.removeImports): its rows point at the indicator.
 */
public final class TestIndicators {

    private TestIndicators() {
    }

    /** A cumulative target of 1000 jobs from 2025 to 2030, with two milestones and names in three languages. */
    public static NewIndicator jobs(String code) {
        return new NewIndicator(code, IndicatorKind.CUMULATIVE, "test-source.txt", "1 000 emplois d’ici 2030.",
                new IndicatorChanges(new LocalizedText("Emplois de test", "Test jobs", "مناصب الاختبار"),
                        new LocalizedText("emplois", "jobs", "منصب"),
                        new LocalizedText("Ministère", "Ministry", "الوزارة"),
                        new BigDecimal("1000"), LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31), null,
                        List.of(new Milestone(2026, new BigDecimal("300")), new Milestone(2028, new BigDecimal("600"))),
                        true));
    }

    public static void remove(JdbcTemplate jdbc) {
        jdbc.update("delete from indicator_milestone where indicator_id in (select id from indicator where code like 'TEST\\_%' escape '\\')");
        jdbc.update("delete from indicator where code like 'TEST\\_%' escape '\\'");
    }
}
