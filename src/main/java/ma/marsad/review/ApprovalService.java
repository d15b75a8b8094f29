package ma.marsad.review;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;

import ma.marsad.base.Quarter;
import ma.marsad.base.security.Role;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.LockedQuarter;
import ma.marsad.review.PendingReview;
import ma.marsad.progress.ProgressService;
import ma.marsad.progress.QuarterLocks;
import ma.marsad.progress.QuarterPoint;
import ma.marsad.progress.ReviewRefusal;
import ma.marsad.review.ReviewService;

/**
 * The managers' review as the approvals screen and the API see it: what waits, weighed against the
 * previous quarter and the target path; the decisions; the locked quarters and their reopening.
 */
@Service
public class ApprovalService {

    private final ReviewService reviews;
    private final EntryService entries;
    private final ProgressService progress;
    private final QuarterLocks locks;
    private final IndicatorService indicators;

    ApprovalService(ReviewService reviews, EntryService entries, ProgressService progress, QuarterLocks locks,
                    IndicatorService indicators) {
        this.reviews = reviews;
        this.entries = entries;
        this.progress = progress;
        this.locks = locks;
        this.indicators = indicators;
    }

    /** Every indicator's quarter with figures waiting, in the dashboard's order, oldest quarter first. */
    public List<QuarterForReview> waiting() {
        List<PendingReview> pending = reviews.pending();
        if (pending.isEmpty()) {
            return List.of();
        }
        Map<Long, IndicatorDetails> byId = indicators.findAll().stream()
                .collect(Collectors.toMap(IndicatorDetails::id, Function.identity()));
        // The previous quarters' national totals: only the quarters just before those waiting are read.
        Quarter first = pending.stream().map(p -> p.quarter().previous()).min(Comparator.naturalOrder()).orElseThrow();
        Quarter last = pending.stream().map(p -> p.quarter().previous()).max(Comparator.naturalOrder()).orElseThrow();
        Map<String, BigDecimal> totals = entries.find(Optional.empty(), first, last, Optional.empty()).stream()
                .collect(Collectors.toMap(e -> key(e.indicatorId(), e.quarter()), EntryDetails::amount, BigDecimal::add));
        // The arithmetic as it would stand with the waiting figures approved, once per quarter.
        Map<Quarter, List<IndicatorProgress>> withWaiting = new HashMap<>();
        return pending.stream().map(p -> {
            IndicatorProgress standing = withWaiting
                    .computeIfAbsent(p.quarter(), q -> progress.overview(Optional.empty(), q, true)).stream()
                    .filter(i -> i.indicator().id() == p.indicatorId()).findFirst().orElseThrow();
            Optional<QuarterPoint> point = standing.series().stream().filter(s -> s.quarter().equals(p.quarter()))
                    .findFirst();
            double expected = point.map(QuarterPoint::expected).orElseGet(() -> standing.path().stream()
                    .filter(s -> s.quarter().equals(p.quarter())).mapToDouble(s -> s.expected()).findFirst().orElse(0));
            return new QuarterForReview(byId.get(p.indicatorId()), p.quarter(), p.figures(), p.submitted(),
                    p.returned(), total(p.figures()), totals.get(key(p.indicatorId(), p.quarter().previous())),
                    point.map(QuarterPoint::actualToDate).orElse(0.0), expected);
        }).toList();
    }

    /** The approved, locked quarters, the latest approval first (then newest quarter, then the dashboard's order). */
    public List<ApprovedQuarter> locked() {
        List<IndicatorDetails> all = indicators.findAll();
        Map<Long, Integer> order = new HashMap<>();
        all.forEach(i -> order.put(i.id(), order.size()));
        Map<Long, IndicatorDetails> byId = all.stream()
                .collect(Collectors.toMap(IndicatorDetails::id, Function.identity()));
        return locks.all().stream()
                .filter(l -> byId.containsKey(l.indicatorId()))
                .sorted(Comparator.comparing(LockedQuarter::lockedAt).reversed()
                        .thenComparing(Comparator.comparing(LockedQuarter::quarter).reversed())
                        .thenComparing(l -> order.get(l.indicatorId())))
                .map(l -> {
                    IndicatorDetails i = byId.get(l.indicatorId());
                    return new ApprovedQuarter(i.id(), i.code(), i.name(), l.quarter(), l.lockedBy(), l.lockedAt());
                })
                .toList();
    }

    /**
     * Approves or returns an indicator's quarter and gives back its figures as they now stand.
     *
     * @param seenVersions the figures the manager was shown, by id; empty to decide on whatever is stored
     * @throws ReviewRefusal when the rules refuse it (locked, changed since, nothing waiting, no comment)
     */
    @RolesAllowed(Role.MANAGER_ROLE)
    public List<EntryDetails> decide(String indicatorCode, Quarter quarter, Decision decision, String comment,
                                     String user, Map<Long, Long> seenVersions) {
        IndicatorDetails indicator = indicators.findByCode(indicatorCode.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ReviewRefusal(ReviewRefusal.Reason.NOT_FOUND, indicatorCode));
        switch (decision) {
            case APPROVE -> reviews.approve(indicator.id(), quarter, comment, user, seenVersions);
            case RETURN -> reviews.returnToClerks(indicator.id(), quarter, comment, user, seenVersions);
        }
        return entries.find(Optional.of(indicator.id()), quarter, quarter, Optional.empty());
    }

    /** Unlocks an approved quarter so its figures can be corrected: administrators only, with a reason. */
    @RolesAllowed(Role.ADMIN_ROLE)
    public void reopen(long indicatorId, Quarter quarter, String reason, String user) {
        reviews.reopen(indicatorId, quarter, reason, user);
    }

    private static String key(long indicatorId, Quarter quarter) {
        return indicatorId + "/" + quarter;
    }

    private static BigDecimal total(List<EntryDetails> figures) {
        return figures.stream().map(EntryDetails::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
