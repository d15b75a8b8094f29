package ma.marsad.progress;

import ma.marsad.review.ReviewService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.FixedClockConfiguration;
import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.indicator.IndicatorService;

/** Figures typed by hand: each change is one history row, stale and locked changes store nothing. */
@MarsadSpringTest
class EntryServiceTest {

    private static final Quarter Q3 = Quarter.of("2026-Q3");
    private static final Instant NOW = FixedClockConfiguration.NOW.toInstant();

    @Autowired
    EntryService entries;
    @Autowired
    ReviewService reviews;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcTemplate jdbc;

    long unicorns;

    @BeforeEach
    void findUnicorns() {
        unicorns = indicators.findByCode("UNICORNS").orElseThrow().id();
    }

    @AfterEach
    void removeFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    /** The figure's own history rows: kind | by | before | after | comment before | comment after | reason | source. */
    private List<String> historyOf(long entryId) {
        return jdbc.queryForList("select kind || '|' || changed_by || '|' || coalesce(before_value, '-') || '|'"
                + " || coalesce(after_value, '-') || '|' || coalesce(before_comment, '-') || '|'"
                + " || coalesce(after_comment, '-') || '|' || coalesce(reason, '-') || '|' || source"
                + " from history_event where entry_id = ? order by id", String.class, entryId);
    }

    private EntryDetails createTwo() {
        return entries.create(new NewFigure(unicorns, Q3, Region.NATIONAL, new BigDecimal("2"), " first count "),
                "clerk");
    }

    @Test
    void aNewFigureIsStoredSubmittedWithOneHistoryRow() {
        EntryDetails created = createTwo();

        assertThat(created).extracting(EntryDetails::indicatorCode, EntryDetails::amount, EntryDetails::comment,
                        EntryDetails::status, EntryDetails::enteredBy, EntryDetails::origin, EntryDetails::version)
                .containsExactly("UNICORNS", new BigDecimal("2"), "first count", EntryStatus.SUBMITTED, "clerk",
                        EntryOrigin.MANUAL, 0L);
        assertThat(historyOf(created.id())).containsExactly("ENTRY_CREATED|clerk|-|2|-|first count|-|MANUAL");
        assertThat(jdbc.queryForObject("select count(*) from history_event", Long.class)).isEqualTo(1);
    }

    @Test
    void aCorrectionReplacesTheValueAndWritesOneRowWithBeforeAfterAndReason() {
        EntryDetails created = createTwo();

        EntryDetails corrected = entries.correct(created.id(), created.version(), new BigDecimal("3"), "recount",
                " typo in the report ", "clerk2");

        assertThat(corrected).extracting(EntryDetails::amount, EntryDetails::comment, EntryDetails::enteredBy,
                EntryDetails::version, EntryDetails::changes).containsExactly(new BigDecimal("3"), "recount", "clerk2", 1L, 2);
        assertThat(historyOf(created.id())).containsExactly(
                "ENTRY_CREATED|clerk|-|2|-|first count|-|MANUAL",
                "ENTRY_CHANGED|clerk2|2|3|first count|recount|typo in the report|MANUAL");
    }

    @Test
    void restoringAnEarlierValueSetsItBackAsANewChangeAndKeepsTheHistory() {
        EntryDetails created = createTwo();
        EntryDetails corrected = entries.correct(created.id(), created.version(), new BigDecimal("3"), "recount",
                "typo", "clerk2");
        long creation = entries.history(created.id()).getFirst().id();

        EntryDetails restored = entries.restore(created.id(), corrected.version(), creation, "the recount was wrong",
                "admin");

        assertThat(restored).extracting(EntryDetails::amount, EntryDetails::comment, EntryDetails::enteredBy,
                EntryDetails::status).containsExactly(new BigDecimal("2"), "first count", "admin", EntryStatus.SUBMITTED);
        assertThat(jdbc.queryForObject("select amount from progress_entry where id = ?", BigDecimal.class,
                created.id())).isEqualByComparingTo("2");
        assertThat(historyOf(created.id())).containsExactly(
                "ENTRY_CREATED|clerk|-|2|-|first count|-|MANUAL",
                "ENTRY_CHANGED|clerk2|2|3|first count|recount|typo|MANUAL",
                "ENTRY_RESTORED|admin|3|2|recount|first count|the recount was wrong|MANUAL");
    }

    @Test
    void aSecondCorrectionFromTheSameOldVersionIsRefusedNamingWhoChangedItAndWhen() {
        EntryDetails created = createTwo();
        entries.correct(created.id(), created.version(), new BigDecimal("3"), null, "recount", "clerk2");
        String before = ImportedFiguresCleanup.snapshot(jdbc);

        ReviewRefusal refusal = catchThrowableOfType(ReviewRefusal.class, () -> entries.correct(created.id(),
                created.version(), new BigDecimal("4"), null, "my own recount", "clerk"));

        assertThat(refusal.reason()).isEqualTo(ReviewRefusal.Reason.CHANGED_BY_OTHER);
        assertThat(refusal.args()).containsExactly("clerk2", NOW);
        assertThat(ImportedFiguresCleanup.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void aStaleCorrectionAfterAManagerReturnedTheFigureNamesTheManager() {
        EntryDetails created = createTwo();
        ma.marsad.Reviewer.run(() -> reviews.returnToClerks(unicorns, Q3, "Two unicorns? Check the source.", "manager", Map.of()));

        ReviewRefusal refusal = catchThrowableOfType(ReviewRefusal.class, () -> entries.correct(created.id(),
                created.version(), new BigDecimal("1"), null, "checked", "clerk"));

        assertThat(refusal.reason()).isEqualTo(ReviewRefusal.Reason.CHANGED_BY_OTHER);
        assertThat(refusal.args()).as("the manager's return is the last change").containsExactly("manager", NOW);
    }

    @Test
    void aCorrectionWithoutAReasonIsRefusedAndStoresNothing() {
        EntryDetails created = createTwo();
        String before = ImportedFiguresCleanup.snapshot(jdbc);

        ReviewRefusal refusal = catchThrowableOfType(ReviewRefusal.class, () -> entries.correct(created.id(),
                created.version(), new BigDecimal("3"), null, "  ", "clerk"));

        assertThat(refusal.reason()).isEqualTo(ReviewRefusal.Reason.REASON_REQUIRED);
        assertThat(ImportedFiguresCleanup.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void noFigureOfAnApprovedQuarterChangesUntilItIsReopened() {
        EntryDetails created = createTwo();
        ma.marsad.Reviewer.run(() -> reviews.approve(unicorns, Q3, null, "manager", Map.of()));
        EntryDetails approved = entries.find(created.id()).orElseThrow();
        long creation = entries.history(created.id()).getFirst().id();
        String before = ImportedFiguresCleanup.snapshot(jdbc);

        ReviewRefusal correction = catchThrowableOfType(ReviewRefusal.class, () -> entries.correct(created.id(),
                approved.version(), new BigDecimal("3"), null, "recount", "clerk"));
        ReviewRefusal stale = catchThrowableOfType(ReviewRefusal.class, () -> entries.correct(created.id(),
                created.version(), new BigDecimal("3"), null, "recount", "clerk"));
        ReviewRefusal restore = catchThrowableOfType(ReviewRefusal.class, () -> entries.restore(created.id(),
                approved.version(), creation, "back", "clerk"));
        ReviewRefusal another = catchThrowableOfType(ReviewRefusal.class, () -> entries.create(
                new NewFigure(unicorns, Q3, Region.ORIENTAL, BigDecimal.ONE, null), "clerk"));

        assertThat(approved.locked()).isTrue();
        for (ReviewRefusal refusal : List.of(correction, stale, restore, another)) {
            assertThat(refusal.reason()).isEqualTo(ReviewRefusal.Reason.LOCKED);
            assertThat(refusal.args()).containsExactly("UNICORNS", Q3);
        }
        assertThat(ImportedFiguresCleanup.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void theFiguresOfAQuarterAreFoundWithoutTheOtherQuarters() {
        EntryDetails created = createTwo();

        List<EntryDetails> q3 = entries.find(java.util.Optional.empty(), Q3, Q3, java.util.Optional.empty());

        assertThat(q3).extracting(EntryDetails::quarter).containsOnly(Q3);
        assertThat(q3).extracting(EntryDetails::indicatorCode).contains("UNICORNS", "STARTUPS");
        assertThat(q3).extracting(EntryDetails::id).contains(created.id());
        assertThat(entries.find(java.util.Optional.of(unicorns), Quarter.of("2026-Q2"), Quarter.of("2026-Q2"),
                java.util.Optional.empty())).isEmpty();
    }
}
