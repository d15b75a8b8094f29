package ma.marsad.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.Quarter;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;

/**
 * Managers' review of an indicator's quarter: approve it (every figure approved, the quarter locked),
 * return it to the clerks with a comment, and administrators' reopening of a locked quarter. Each is one
 * history row.
 */
@Service
public class ReviewService {

    private final ProgressEntryRepository entries;
    private final QuarterLocks locks;
    private final HistoryLog history;
    private final IndicatorService indicators;
    private final EntryService entryService;
    private final Clock clock;

    ReviewService(ProgressEntryRepository entries, QuarterLocks locks, HistoryLog history, IndicatorService indicators,
                  EntryService entryService, Clock clock) {
        this.entries = entries;
        this.locks = locks;
        this.history = history;
        this.indicators = indicators;
        this.entryService = entryService;
        this.clock = clock;
    }

    /** What waits for a manager, by indicator (in the dashboard's order) and quarter (oldest first). */
    @Transactional(readOnly = true)
    public List<PendingReview> pending() {
        List<ProgressEntry> waitingFigures = entries.findByStatusIn(Set.of(EntryStatus.SUBMITTED, EntryStatus.RETURNED));
        if (waitingFigures.isEmpty()) {
            return List.of();
        }
        Set<String> waiting = waitingFigures.stream().map(e -> e.getIndicatorId() + "/" + e.getQuarter())
                .collect(Collectors.toSet());
        Quarter first = waitingFigures.stream().map(ProgressEntry::getQuarter).min(Comparator.naturalOrder()).orElseThrow();
        Quarter last = waitingFigures.stream().map(ProgressEntry::getQuarter).max(Comparator.naturalOrder()).orElseThrow();
        // One read of the quarters that have figures waiting (their approved figures included), not one per
        // indicator, and not the years already approved.
        Map<Long, Map<Quarter, List<EntryDetails>>> byIndicator = new HashMap<>();
        entryService.find(Optional.empty(), first, last, Optional.empty()).stream()
                .filter(e -> waiting.contains(e.indicatorId() + "/" + e.quarter()))
                .sorted(Comparator.comparing(EntryDetails::quarter).thenComparing(EntryDetails::region))
                .forEach(e -> byIndicator.computeIfAbsent(e.indicatorId(), i -> new LinkedHashMap<>())
                        .computeIfAbsent(e.quarter(), q -> new ArrayList<>()).add(e));
        List<PendingReview> result = new ArrayList<>();
        for (IndicatorDetails indicator : indicators.findAll()) {
            byIndicator.getOrDefault(indicator.id(), Map.of()).forEach((quarter, figures) -> result.add(
                    new PendingReview(indicator.id(), indicator.code(), quarter, figures,
                            count(figures, EntryStatus.SUBMITTED), count(figures, EntryStatus.RETURNED),
                            figures.stream().map(EntryDetails::enteredAt).max(Comparator.naturalOrder()).orElse(null),
                            figures.stream().map(EntryDetails::enteredBy).distinct().sorted().toList())));
        }
        return result;
    }

    /**
     * Approves every figure of the indicator's quarter and locks it.
     *
     * @param seenVersions the figures the manager looked at, by id, with their versions; if any figure changed
     *                     or appeared since, nothing is approved. Empty approves what is stored.
     */
    @Transactional
    public void approve(long indicatorId, Quarter quarter, String comment, String user, Map<Long, Long> seenVersions) {
        IndicatorDetails indicator = indicator(indicatorId);
        locks.takeTurn(Set.of(indicatorId));
        List<ProgressEntry> figures = entries.findByIndicatorIdAndQuarterOrderByRegion(indicatorId, quarter);
        EntryStatus approved = ReviewRules.approve(locks.isLocked(indicatorId, quarter),
                figures.stream().map(ProgressEntry::getStatus).toList(), indicator.code(), quarter);
        checkSeen(figures, seenVersions);
        Instant now = clock.instant();
        String before = summary(figures);
        figures.stream().filter(f -> f.getStatus() != EntryStatus.APPROVED)
                .forEach(f -> f.review(approved, blankToNull(comment), user, now));
        entries.flush();
        locks.lock(indicatorId, quarter, user, now);
        history.record(HistoryEvent.ofQuarter(ChangeKind.QUARTER_APPROVED, user, now, indicatorId, quarter, before,
                summary(figures) + " LOCKED", blankToNull(comment)));
    }

    /** Sends the quarter's submitted figures back to the clerks with the manager's comment (required). */
    @Transactional
    public void returnToClerks(long indicatorId, Quarter quarter, String comment, String user,
                               Map<Long, Long> seenVersions) {
        IndicatorDetails indicator = indicator(indicatorId);
        locks.takeTurn(Set.of(indicatorId));
        List<ProgressEntry> figures = entries.findByIndicatorIdAndQuarterOrderByRegion(indicatorId, quarter);
        EntryStatus returned = ReviewRules.returnTo(locks.isLocked(indicatorId, quarter),
                figures.stream().map(ProgressEntry::getStatus).toList(), comment, indicator.code(), quarter);
        checkSeen(figures, seenVersions);
        Instant now = clock.instant();
        String before = summary(figures);
        figures.stream().filter(f -> f.getStatus() == EntryStatus.SUBMITTED)
                .forEach(f -> f.review(returned, comment.strip(), user, now));
        entries.flush();
        history.record(HistoryEvent.ofQuarter(ChangeKind.QUARTER_RETURNED, user, now, indicatorId, quarter, before,
                summary(figures), comment.strip()));
    }

    /** Unlocks an approved quarter (administrators only, with a reason); its figures keep their status. */
    @Transactional
    public void reopen(long indicatorId, Quarter quarter, String reason, String user) {
        IndicatorDetails indicator = indicator(indicatorId);
        locks.takeTurn(Set.of(indicatorId));
        ReviewRules.reopen(locks.isLocked(indicatorId, quarter), reason, indicator.code(), quarter);
        locks.unlock(indicatorId, quarter);
        history.record(HistoryEvent.ofQuarter(ChangeKind.QUARTER_REOPENED, user, clock.instant(), indicatorId, quarter,
                "LOCKED", "OPEN", reason.strip()));
    }

    private static void checkSeen(List<ProgressEntry> figures, Map<Long, Long> seenVersions) {
        if (seenVersions.isEmpty()) {
            return;
        }
        for (ProgressEntry f : figures) {
            if (!Objects.equals(seenVersions.get(f.getId()), f.getVersion())) {
                // An edit clears the review, so a reviewer on record acted last: another manager's return
                // names that manager, not the clerk who entered the figure before.
                boolean reviewedLast = f.getReviewedBy() != null;
                throw new ReviewRefusal(ReviewRefusal.Reason.CHANGED_BY_OTHER,
                        reviewedLast ? f.getReviewedBy() : f.getEnteredBy(),
                        reviewedLast ? f.getReviewedAt() : f.getEnteredAt());
            }
        }
    }

    /** "SUBMITTED:3 RETURNED:1": how many figures were in each status. */
    private static String summary(List<ProgressEntry> figures) {
        Map<EntryStatus, Long> counts = new EnumMap<>(EntryStatus.class);
        figures.forEach(f -> counts.merge(f.getStatus(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
    }

    private static int count(List<EntryDetails> figures, EntryStatus status) {
        return (int) figures.stream().filter(f -> f.status() == status).count();
    }

    private IndicatorDetails indicator(long id) {
        return indicators.findAll().stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> new ReviewRefusal(ReviewRefusal.Reason.NOT_FOUND, id));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
