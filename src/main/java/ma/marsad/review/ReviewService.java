package ma.marsad.review;

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

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.Quarter;
import ma.marsad.base.security.Role;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.EntryStatus;
import ma.marsad.progress.FigureReviews;
import ma.marsad.progress.QuarterLocks;
import ma.marsad.progress.ReviewRefusal;
import ma.marsad.progress.ReviewedFigure;

/**
 * Managers' review of an indicator's quarter: approve it (every figure approved, the quarter locked),
 * return it to the clerks with a comment, and administrators' reopening of a locked quarter. Each is one
 * history row. The roles are checked here, whoever calls: a view, the API or another service.
 */
@Service
public class ReviewService {

    private final FigureReviews figures;
    private final QuarterLocks locks;
    private final HistoryLog history;
    private final IndicatorService indicators;
    private final EntryService entryService;
    private final Clock clock;

    ReviewService(FigureReviews figures, QuarterLocks locks, HistoryLog history, IndicatorService indicators,
                  EntryService entryService, Clock clock) {
        this.figures = figures;
        this.locks = locks;
        this.history = history;
        this.indicators = indicators;
        this.entryService = entryService;
        this.clock = clock;
    }

    /** What waits for a manager, by indicator (in the dashboard's order) and quarter (oldest first). */
    @Transactional(readOnly = true)
    public List<PendingReview> pending() {
        List<FigureReviews.WaitingFigure> waitingFigures = figures.waiting();
        if (waitingFigures.isEmpty()) {
            return List.of();
        }
        Set<String> waiting = waitingFigures.stream().map(e -> e.indicatorId() + "/" + e.quarter())
                .collect(Collectors.toSet());
        Quarter first = waitingFigures.stream().map(FigureReviews.WaitingFigure::quarter)
                .min(Comparator.naturalOrder()).orElseThrow();
        Quarter last = waitingFigures.stream().map(FigureReviews.WaitingFigure::quarter)
                .max(Comparator.naturalOrder()).orElseThrow();
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
            byIndicator.getOrDefault(indicator.id(), Map.of()).forEach((quarter, list) -> result.add(
                    new PendingReview(indicator.id(), indicator.code(), quarter, list,
                            count(list, EntryStatus.SUBMITTED), count(list, EntryStatus.RETURNED),
                            list.stream().map(EntryDetails::enteredAt).max(Comparator.naturalOrder()).orElse(null),
                            list.stream().map(EntryDetails::enteredBy).distinct().sorted().toList())));
        }
        return result;
    }

    /**
     * Approves every figure of the indicator's quarter and locks it (managers only).
     *
     * @param seenVersions the figures the manager looked at, by id, with their versions; if any figure changed
     *                     or appeared since, nothing is approved. Empty approves what is stored.
     */
    @Transactional
    @RolesAllowed(Role.MANAGER_ROLE)
    public void approve(long indicatorId, Quarter quarter, String comment, String user, Map<Long, Long> seenVersions) {
        IndicatorDetails indicator = indicator(indicatorId);
        ReviewRules.requireShortComment(comment);
        List<ReviewedFigure> current = figures.takeTurnAndRead(indicatorId, quarter);
        EntryStatus approved = ReviewRules.approve(locks.isLocked(indicatorId, quarter),
                current.stream().map(ReviewedFigure::status).toList(), indicator.code(), quarter);
        checkSeen(current, seenVersions);
        Instant now = clock.instant();
        String before = summary(current);
        figures.mark(indicatorId, quarter, Set.of(EntryStatus.SUBMITTED, EntryStatus.RETURNED), approved,
                blankToNull(comment), user, now);
        figures.lock(indicatorId, quarter, user, now);
        history.record(HistoryEvent.ofQuarter(ChangeKind.QUARTER_APPROVED, user, now, indicatorId, quarter, before,
                summary(figures.takeTurnAndRead(indicatorId, quarter)) + " LOCKED", blankToNull(comment)));
    }

    /** Sends the quarter's submitted figures back to the clerks with the manager's comment (required). */
    @Transactional
    @RolesAllowed(Role.MANAGER_ROLE)
    public void returnToClerks(long indicatorId, Quarter quarter, String comment, String user,
                               Map<Long, Long> seenVersions) {
        IndicatorDetails indicator = indicator(indicatorId);
        List<ReviewedFigure> current = figures.takeTurnAndRead(indicatorId, quarter);
        EntryStatus returned = ReviewRules.returnTo(locks.isLocked(indicatorId, quarter),
                current.stream().map(ReviewedFigure::status).toList(), comment, indicator.code(), quarter);
        checkSeen(current, seenVersions);
        Instant now = clock.instant();
        String before = summary(current);
        figures.mark(indicatorId, quarter, Set.of(EntryStatus.SUBMITTED), returned, comment.strip(), user, now);
        history.record(HistoryEvent.ofQuarter(ChangeKind.QUARTER_RETURNED, user, now, indicatorId, quarter, before,
                summary(figures.takeTurnAndRead(indicatorId, quarter)), comment.strip()));
    }

    /** Unlocks an approved quarter (administrators only, with a reason); its figures keep their status. */
    @Transactional
    @RolesAllowed(Role.ADMIN_ROLE)
    public void reopen(long indicatorId, Quarter quarter, String reason, String user) {
        IndicatorDetails indicator = indicator(indicatorId);
        figures.takeTurn(indicatorId);
        ReviewRules.reopen(locks.isLocked(indicatorId, quarter), reason, indicator.code(), quarter);
        figures.unlock(indicatorId, quarter);
        history.record(HistoryEvent.ofQuarter(ChangeKind.QUARTER_REOPENED, user, clock.instant(), indicatorId, quarter,
                "LOCKED", "OPEN", reason.strip()));
    }

    private static void checkSeen(List<ReviewedFigure> figures, Map<Long, Long> seenVersions) {
        if (seenVersions.isEmpty()) {
            return;
        }
        for (ReviewedFigure f : figures) {
            if (!Objects.equals(seenVersions.get(f.id()), f.version())) {
                // An edit clears the review, so a reviewer on record acted last: another manager's return
                // names that manager, not the clerk who entered the figure before.
                throw new ReviewRefusal(ReviewRefusal.Reason.CHANGED_BY_OTHER, f.lastActor(), f.lastActedAt());
            }
        }
    }

    /** "SUBMITTED:3 RETURNED:1": how many figures were in each status. */
    private static String summary(List<ReviewedFigure> figures) {
        Map<EntryStatus, Long> counts = new EnumMap<>(EntryStatus.class);
        figures.forEach(f -> counts.merge(f.status(), 1L, Long::sum));
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
