package ma.marsad.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;

/**
 * The figure rules hold on the server, whoever calls it: a figure typed, corrected or restored through the
 * service itself (no view in between) is refused when it breaks one, with the very sentence the import
 * writes for the same mistake, and nothing is stored.
 */
@MarsadSpringTest
class FigureRulesOnEveryPathTest {

    /** The fixed clock's quarter is 2026-Q4 (23 November 2026). */
    private static final Quarter Q3 = Quarter.of("2026-Q3");

    @Autowired
    EntryService entries;
    @Autowired
    FigureRules rules;
    @Autowired
    IndicatorService indicators;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcTemplate jdbc;

    IndicatorDetails unicorns;

    @BeforeEach
    void findUnicorns() {
        unicorns = indicators.findByCode("UNICORNS").orElseThrow();
    }

    @AfterEach
    void removeFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    private int storedUnicornFigures() {
        return jdbc.queryForObject("select count(*) from progress_entry where indicator_id = ?", Integer.class,
                unicorns.id());
    }

    /** What the import (and the form) says for this figure, in English. */
    private List<String> importSays(Quarter quarter, String value, String comment) {
        return rules.check(Locale.ENGLISH).check(unicorns, quarter, Region.NATIONAL, value, comment).errors().stream()
                .map(FigureCheck.FieldError::message).toList();
    }

    private List<String> refusal(Runnable call) {
        FigureRefusal refusal = catchThrowableOfType(FigureRefusal.class, call::run);
        assertThat(refusal).as("refused by the server").isNotNull();
        return refusal.errors(messages, Locale.ENGLISH).stream().map(FigureCheck.FieldError::message).toList();
    }

    @Test
    void aFigureTypedForAQuarterThatHasNotStartedIsRefusedAsTheImportRefusesIt() {
        int before = storedUnicornFigures();
        List<String> said = refusal(() -> entries.create(new NewFigure(unicorns.id(), Quarter.of("2027-Q1"),
                Region.NATIONAL, BigDecimal.ONE, null), "clerk"));

        assertThat(said).containsExactly("Q1 2027 has not started yet: the current quarter is Q4 2026.")
                .isEqualTo(importSays(Quarter.of("2027-Q1"), "1", null));
        assertThat(storedUnicornFigures()).isEqualTo(before);
    }

    @Test
    void aFigureBeforeTheIndicatorStartedOrAfterItsDeadlineIsRefused() {
        assertThat(refusal(() -> entries.create(new NewFigure(unicorns.id(), Quarter.of("2024-Q1"), Region.NATIONAL,
                BigDecimal.ONE, null), "clerk"))).singleElement().asString().contains("before UNICORNS started");
        FigureCheck later = new FigureCheck(Quarter.of("2031-Q2"), List.of(), (key, args) -> key);
        assertThat(later.problems(unicorns, Quarter.of("2031-Q1"), BigDecimal.ONE, null, true))
                .extracting(FigureCheck.Problem::key).containsExactly("import.error.period.after-deadline");
    }

    @Test
    void aCountThatIsNotWholeIsRefusedWhenTypedAndWhenCorrected() {
        List<String> typed = refusal(() -> entries.create(new NewFigure(unicorns.id(), Q3, Region.NATIONAL,
                new BigDecimal("1.5"), null), "clerk"));
        assertThat(typed).containsExactly("1.5 is not a whole number; this indicator counts whole units.")
                .isEqualTo(importSays(Q3, "1.5", null));

        EntryDetails stored = entries.create(new NewFigure(unicorns.id(), Q3, Region.NATIONAL, BigDecimal.ONE, null),
                "clerk");
        assertThat(refusal(() -> entries.correct(stored.id(), stored.version(), new BigDecimal("2.5"), null,
                "recount", "clerk"))).isEqualTo(importSays(Q3, "2.5", null));
        assertThat(entries.find(stored.id()).orElseThrow().amount()).isEqualByComparingTo("1");
    }

    @Test
    void aCommentTooLongIsRefusedOnCorrectionAndARestoredValueMeetsTheSameRules() {
        EntryDetails stored = entries.create(new NewFigure(unicorns.id(), Q3, Region.NATIONAL, BigDecimal.ONE, null),
                "clerk");
        assertThat(refusal(() -> entries.correct(stored.id(), stored.version(), BigDecimal.ONE, "x".repeat(1001),
                "note", "clerk"))).isEqualTo(importSays(Q3, "1", "x".repeat(1001)));

        EntryDetails corrected = entries.correct(stored.id(), stored.version(), new BigDecimal("3"), "recount",
                "the register", "clerk");
        long created = entries.history(stored.id()).getFirst().id();
        // A restore is a change like any other: it passes the same check before it is stored.
        EntryDetails restored = entries.restore(stored.id(), corrected.version(), created, "back to the first count",
                "clerk");
        assertThat(restored.amount()).isEqualByComparingTo("1");
    }

    @Test
    void directionOverridesAndInvisibleCharactersNeverReachAStoredComment() {
        EntryDetails stored = entries.create(new NewFigure(unicorns.id(), Q3, Region.NATIONAL, BigDecimal.ONE,
                "invoice\u202Excod.exe \u200Bثاني"), "clerk");

        assertThat(stored.comment()).isEqualTo("invoicexcod.exe ثاني");
    }
}
