package ma.marsad.review;

import ma.marsad.progress.ConcurrentFigureChangeException;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.EntryStatus;
import ma.marsad.progress.NewFigure;
import ma.marsad.progress.QuarterLocks;
import ma.marsad.progress.ReviewRefusal;

import static ma.marsad.excelimport.TestWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.FixedClockConfiguration;
import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.excelimport.ImportOutcome;
import ma.marsad.excelimport.ImportProgress;
import ma.marsad.excelimport.ImportReport;
import ma.marsad.excelimport.ImportService;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.excelimport.TestWorkbook;
import ma.marsad.indicator.IndicatorService;

/**
 * Approving, returning and reopening against the real database: what each does to the figures, the lock
 * and the history, and that nothing changes when the rules refuse.
 */
@MarsadSpringTest
@org.junit.jupiter.api.extension.ExtendWith(ma.marsad.Reviewer.class)
class ReviewServiceTest {

    private static final Quarter Q3 = Quarter.of("2026-Q3");

    @Autowired
    ReviewService reviews;
    @Autowired
    EntryService entries;
    @Autowired
    QuarterLocks locks;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @AfterEach
    void putTheSampleBack() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    private long id(String code) {
        return indicators.findByCode(code).orElseThrow().id();
    }

    private List<EntryDetails> figures(String code, Quarter quarter) {
        return entries.find(Optional.of(id(code)), quarter, quarter, Optional.empty());
    }

    private Map<Long, Long> versions(String code, Quarter quarter) {
        return figures(code, quarter).stream().collect(java.util.stream.Collectors.toMap(EntryDetails::id,
                EntryDetails::version));
    }

    /** kind | changed_by | source | before | after | reason, for the quarter's rows of that kind. */
    private List<String> historyRows(String kind, String code, Quarter quarter) {
        return jdbc.queryForList("select kind || '|' || changed_by || '|' || source || '|' || coalesce(before_value, '')"
                + " || '|' || coalesce(after_value, '') || '|' || coalesce(reason, '') from history_event"
                + " where kind = ? and indicator_id = ? and quarter_code = ? and entry_id is null order by id",
                String.class, kind, id(code), quarter.toString());
    }

    private static ReviewRefusal.Reason reasonOf(Runnable change) {
        try {
            change.run();
        } catch (ReviewRefusal refusal) {
            return refusal.reason();
        }
        throw new AssertionError("the change was allowed");
    }

    @Test
    void theSamplesTwoWaitingQuartersAreListedInTheDashboardsOrder() {
        assertThat(reviews.pending()).extracting(p -> p.indicatorCode() + " " + p.quarter() + " " + p.submitted()
                        + "/" + p.figures().size())
                .containsExactly("STARTUPS 2026-Q3 1/1", "ENTREPRENEURS_INVESTORS 2026-Q3 1/1");
    }

    @Test
    void approvingAQuarterApprovesItsFiguresLocksItAndWritesOneHistoryRow() {
        reviews.approve(id("ENTREPRENEURS_INVESTORS"), Q3, "Checked against the programme's list", "manager",
                versions("ENTREPRENEURS_INVESTORS", Q3));

        assertThat(figures("ENTREPRENEURS_INVESTORS", Q3)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(EntryStatus.APPROVED);
            assertThat(f.amount()).isEqualByComparingTo("2");
            assertThat(f.reviewedBy()).isEqualTo("manager");
            assertThat(f.reviewedAt()).isEqualTo(FixedClockConfiguration.NOW.toInstant());
            assertThat(f.locked()).isTrue();
        });
        assertThat(locks.all()).filteredOn(l -> l.indicatorId() == id("ENTREPRENEURS_INVESTORS")
                        && l.quarter().equals(Q3))
                .singleElement().satisfies(l -> {
                    assertThat(l.lockedBy()).isEqualTo("manager");
                    assertThat(l.lockedAt()).isEqualTo(FixedClockConfiguration.NOW.toInstant());
                });
        assertThat(historyRows("QUARTER_APPROVED", "ENTREPRENEURS_INVESTORS", Q3)).containsExactly(
                "QUARTER_APPROVED|manager|APPROVAL|SUBMITTED:1|APPROVED:1 LOCKED|Checked against the programme's list");
        assertThat(jdbc.queryForObject("select count(*) from history_event", Long.class)).isEqualTo(1);
        assertThat(reviews.pending()).extracting(PendingReview::indicatorCode).containsExactly("STARTUPS");
    }

    @Test
    void returningSendsTheSubmittedFiguresBackWithTheCommentAndWritesOneHistoryRow() {
        reviews.returnToClerks(id("STARTUPS"), Q3, "  Two startups were counted in Q2 already.  ", "manager", Map.of());

        assertThat(figures("STARTUPS", Q3)).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(EntryStatus.RETURNED);
            assertThat(f.reviewComment()).isEqualTo("Two startups were counted in Q2 already.");
            assertThat(f.locked()).isFalse();
        });
        assertThat(historyRows("QUARTER_RETURNED", "STARTUPS", Q3)).containsExactly(
                "QUARTER_RETURNED|manager|APPROVAL|SUBMITTED:1|RETURNED:1|Two startups were counted in Q2 already.");
        assertThat(jdbc.queryForObject("select count(*) from history_event", Long.class)).isEqualTo(1);
        assertThat(reviews.pending()).filteredOn(p -> p.indicatorCode().equals("STARTUPS"))
                .singleElement().satisfies(p -> assertThat(p.returned()).isEqualTo(1));
    }

    @Test
    void returningWithoutACommentOrWithNothingWaitingChangesNothing() {
        String before = ImportedFiguresCleanup.snapshot(jdbc);

        assertThat(reasonOf(() -> reviews.returnToClerks(id("STARTUPS"), Q3, " ", "manager", Map.of())))
                .isEqualTo(ReviewRefusal.Reason.REASON_REQUIRED);
        assertThat(reasonOf(() -> reviews.returnToClerks(id("STARTUPS"), Quarter.of("2026-Q2"), "why", "manager",
                Map.of()))).as("2026-Q2 is approved and locked").isEqualTo(ReviewRefusal.Reason.LOCKED);
        assertThat(reasonOf(() -> reviews.approve(id("UNICORNS"), Q3, null, "manager", Map.of())))
                .isEqualTo(ReviewRefusal.Reason.NOTHING_TO_APPROVE);
        assertThat(ImportedFiguresCleanup.snapshot(jdbc)).isEqualTo(before);
    }

    @Test
    void reopeningUnlocksTheQuarterWithAReasonAndWritesOneHistoryRow() {
        long unicorns = id("UNICORNS");
        entries.create(new NewFigure(unicorns, Q3, Region.NATIONAL, BigDecimal.ONE, null), "clerk");
        reviews.approve(unicorns, Q3, null, "manager", Map.of());
        assertThat(reasonOf(() -> reviews.reopen(unicorns, Q3, "  ", "admin")))
                .isEqualTo(ReviewRefusal.Reason.REASON_REQUIRED);
        assertThat(locks.isLocked(unicorns, Q3)).isTrue();

        reviews.reopen(unicorns, Q3, " The programme recounted its unicorns ", "admin");

        assertThat(locks.isLocked(unicorns, Q3)).isFalse();
        assertThat(historyRows("QUARTER_REOPENED", "UNICORNS", Q3)).containsExactly(
                "QUARTER_REOPENED|admin|APPROVAL|LOCKED|OPEN|The programme recounted its unicorns");
        EntryDetails figure = figures("UNICORNS", Q3).getFirst();
        assertThat(figure.status()).as("figures keep their status").isEqualTo(EntryStatus.APPROVED);
        assertThat(figure.locked()).isFalse();
        assertThat(reasonOf(() -> reviews.reopen(unicorns, Q3, "again", "admin")))
                .isEqualTo(ReviewRefusal.Reason.NOT_LOCKED);

        EntryDetails corrected = entries.correct(figure.id(), figure.version(), BigDecimal.TWO, null, "Recount",
                "clerk");
        assertThat(corrected.status()).as("a corrected figure waits for approval again")
                .isEqualTo(EntryStatus.SUBMITTED);
    }

    @Test
    void anApprovalOfFiguresChangedSinceTheManagerSawThemIsRefusedAndChangesNothing() {
        long unicorns = id("UNICORNS");
        EntryDetails first = entries.create(new NewFigure(unicorns, Q3, Region.NATIONAL, BigDecimal.ONE, "First"),
                "clerk");
        Map<Long, Long> seen = versions("UNICORNS", Q3);
        entries.correct(first.id(), first.version(), BigDecimal.valueOf(2), "Second", "Recount", "karim");
        String before = ImportedFiguresCleanup.snapshot(jdbc);

        assertThatThrownBy(() -> reviews.approve(unicorns, Q3, null, "manager", seen))
                .isInstanceOfSatisfying(ReviewRefusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(ReviewRefusal.Reason.CHANGED_BY_OTHER);
                    assertThat(r.args()).containsExactly("karim", FixedClockConfiguration.NOW.toInstant());
                });
        assertThat(ImportedFiguresCleanup.snapshot(jdbc)).isEqualTo(before);
        assertThat(locks.isLocked(unicorns, Q3)).isFalse();

        Map<Long, Long> seenNow = versions("UNICORNS", Q3);
        entries.create(new NewFigure(unicorns, Q3, Region.ORIENTAL, BigDecimal.ONE, null), "clerk");
        assertThat(reasonOf(() -> reviews.approve(unicorns, Q3, null, "manager", seenNow)))
                .as("a figure that appeared since").isEqualTo(ReviewRefusal.Reason.CHANGED_BY_OTHER);
        assertThat(reasonOf(() -> reviews.returnToClerks(unicorns, Q3, "why", "manager", seenNow)))
                .isEqualTo(ReviewRefusal.Reason.CHANGED_BY_OTHER);
        assertThat(figures("UNICORNS", Q3)).extracting(EntryDetails::status)
                .containsOnly(EntryStatus.SUBMITTED);
    }

    @Test
    void anApprovalRefusedBecauseAnotherManagerReturnedTheQuarterNamesThatManager() {
        Map<Long, Long> seen = versions("STARTUPS", Q3);
        reviews.returnToClerks(id("STARTUPS"), Q3, "Name the two startups", "nadia", seen);

        assertThatThrownBy(() -> reviews.approve(id("STARTUPS"), Q3, null, "manager", seen))
                .isInstanceOfSatisfying(ReviewRefusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(ReviewRefusal.Reason.CHANGED_BY_OTHER);
                    assertThat(r.args()).containsExactly("nadia", FixedClockConfiguration.NOW.toInstant());
                });
        assertThat(figures("STARTUPS", Q3)).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(EntryStatus.RETURNED));
    }

    @Test
    void onceApprovedAQuarterRefusesCorrectionsNewFiguresImportsAndASecondApproval() throws Exception {
        long unicorns = id("UNICORNS");
        EntryDetails figure = entries.create(new NewFigure(unicorns, Q3, Region.NATIONAL, BigDecimal.ONE, null),
                "clerk");
        reviews.approve(unicorns, Q3, null, "manager", versions("UNICORNS", Q3));
        EntryDetails approved = entries.find(figure.id()).orElseThrow();

        assertThat(reasonOf(() -> entries.correct(approved.id(), approved.version(), BigDecimal.TWO, null, "Recount",
                "clerk"))).isEqualTo(ReviewRefusal.Reason.LOCKED);
        assertThat(reasonOf(() -> entries.create(new NewFigure(unicorns, Q3, Region.ORIENTAL, BigDecimal.ONE, null),
                "clerk"))).isEqualTo(ReviewRefusal.Reason.LOCKED);
        assertThat(reasonOf(() -> reviews.approve(unicorns, Q3, null, "manager", Map.of())))
                .isEqualTo(ReviewRefusal.Reason.LOCKED);
        assertThat(reasonOf(() -> reviews.returnToClerks(unicorns, Q3, "why", "manager", Map.of())))
                .isEqualTo(ReviewRefusal.Reason.LOCKED);

        Path file = TestWorkbook.xlsx().progress(row("UNICORNS", "2026-Q3", "", 5, "late file"))
                .writeTo(dir.resolve("late.xlsx"));
        try {
            ImportReport report = imports.importFile(file, "late.xlsx", "clerk", Locale.ENGLISH, ImportProgress.NONE);
            assertThat(report.outcome()).isEqualTo(ImportOutcome.REJECTED);
        } catch (ConcurrentFigureChangeException refusedWhileStoring) {
            // The store refuses a locked quarter even when the file's check did not flag it.
        }
        assertThat(figures("UNICORNS", Q3)).singleElement().satisfies(f -> {
            assertThat(f.amount()).isEqualByComparingTo("1");
            assertThat(f.version()).isEqualTo(approved.version());
            assertThat(f.status()).isEqualTo(EntryStatus.APPROVED);
        });
    }

    @Test
    void theServiceChecksTheRolesWhateverCallsIt() {
        org.springframework.security.core.context.SecurityContext clerk =
                org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        clerk.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated("clerk", null, java.util.List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_CLERK"),
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_OFFICIAL"))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(clerk);
        long unicorns = id("UNICORNS");

        assertThatThrownBy(() -> reviews.approve(unicorns, Q3, null, "clerk", Map.of()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.returnToClerks(unicorns, Q3, "why", "clerk", Map.of()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.reopen(unicorns, Quarter.of("2026-Q2"), "why", "clerk"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(figures("UNICORNS", Q3)).allMatch(f -> f.status() != EntryStatus.APPROVED);
    }

    @Test
    void aReturnCommentLongerThanTheHistoryKeepsIsRefusedWithItsLength() {
        assertThatThrownBy(() -> reviews.returnToClerks(id("STARTUPS"), Q3, "x".repeat(1001), "manager", Map.of()))
                .isInstanceOfSatisfying(ReviewRefusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(ReviewRefusal.Reason.COMMENT_TOO_LONG);
                    assertThat(r.args()).containsExactly(1000, 1001);
                });
        assertThat(figures("STARTUPS", Q3)).noneMatch(f -> f.status() == EntryStatus.RETURNED);
    }
}
