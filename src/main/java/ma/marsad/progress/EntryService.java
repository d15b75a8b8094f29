package ma.marsad.progress;


import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.ChangeSource;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.base.TypedText;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;

/**
 * Figures typed by hand: entering one, correcting one (with a reason), restoring an earlier value from its
 * history. Every change is refused on a locked quarter, refused when someone else saved the figure since
 * it was read, and written to the history with its before and after.
 */
@Service
public class EntryService {

    private final ProgressEntryRepository entries;
    private final QuarterLocks locks;
    private final HistoryLog history;
    private final IndicatorService indicators;
    private final FigureRules rules;
    private final Clock clock;

    EntryService(ProgressEntryRepository entries, QuarterLocks locks, HistoryLog history, IndicatorService indicators,
                 FigureRules rules, Clock clock) {
        this.entries = entries;
        this.locks = locks;
        this.history = history;
        this.indicators = indicators;
        this.rules = rules;
        this.clock = clock;
    }

    /** The figures of one indicator (or all) from {@code from} to {@code to}, for one region or all. */
    @Transactional(readOnly = true)
    public List<EntryDetails> find(Optional<Long> indicatorId, Quarter from, Quarter to, Optional<Region> region) {
        Map<Long, String> codes = codes();
        Map<Long, Integer> counts = history.entryChangeCounts(from, to);
        Set<String> locked = lockedKeys();
        return entries.findByQuarterBetween(from, to).stream()
                .filter(e -> indicatorId.isEmpty() || indicatorId.get() == e.getIndicatorId())
                .filter(e -> region.isEmpty() || region.get() == e.getRegion())
                .map(e -> details(e, codes, counts, locked))
                .sorted(Comparator.comparing(EntryDetails::quarter).reversed()
                        .thenComparing(EntryDetails::indicatorId).thenComparing(EntryDetails::region))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<EntryDetails> find(long id) {
        return entries.findById(id).map(e -> details(e, codes(), history.entryChangeCounts(e.getIndicatorId()),
                lockedKeys()));
    }

    /** The figure's history, oldest first, with the approvals and returns of its quarter. */
    @Transactional(readOnly = true)
    public List<HistoryEvent> history(long id) {
        EntryKey key = key(id);
        return history.ofEntry(id, key.indicatorId(), key.quarter());
    }

    /**
     * Stores a figure for an indicator, quarter and region that has none; it is submitted for review.
     *
     * @throws FigureRefusal when the figure breaks a rule of {@link FigureCheck} (its quarter has not started,
     *                       lies outside the indicator's dates or is locked; the value is not whole for a count;
     *                       the comment is too long): nothing is stored
     */
    @Transactional
    public EntryDetails create(NewFigure figure, String user) {
        IndicatorDetails indicator = indicator(figure.indicatorId());
        locks.takeTurn(Set.of(figure.indicatorId()));
        FigureEdits.afterEdit(locks.isLocked(figure.indicatorId(), figure.quarter()), indicator.code(), figure.quarter());
        refuseBroken(indicator, figure.quarter(), figure.amount(), figure.comment(), true);
        entries.findByIndicatorIdAndQuarterAndRegion(figure.indicatorId(), figure.quarter(), figure.region())
                .ifPresent(existing -> {
                    throw new ReviewRefusal(ReviewRefusal.Reason.ALREADY_EXISTS, indicator.code(), figure.quarter(),
                            figure.region().name());
                });
        Instant now = clock.instant();
        ProgressEntry entry = entries.saveAndFlush(new ProgressEntry(figure.indicatorId(), figure.quarter(),
                figure.region(), figure.amount(), cleanComment(figure.comment()), user, now, EntryOrigin.MANUAL, null));
        history.record(HistoryEvent.ofEntry(ChangeKind.ENTRY_CREATED, user, now, ChangeSource.MANUAL, null,
                entry.getIndicatorId(), entry.getId(), entry.getQuarter(), entry.getRegion(), null,
                FigureStore.plain(entry.getAmount()), null, entry.getComment(), null));
        return details(entry);
    }

    /**
     * Replaces a figure's value and comment. {@code version} is the version the user saw: if someone saved
     * the figure since, nothing is changed and the refusal says who and when.
     */
    @Transactional
    public EntryDetails correct(long id, long version, BigDecimal amount, String comment, String reason, String user) {
        return change(id, version, amount, comment, reason, user, ChangeKind.ENTRY_CHANGED);
    }

    /**
     * Sets a figure back to the value a change in its history produced. That is a new change with its own
     * reason: the history is added to, never rewritten.
     */
    @Transactional
    public EntryDetails restore(long id, long version, long historyEventId, String reason, String user) {
        EntryKey key = key(id);
        HistoryEvent earlier = history.ofEntry(id, key.indicatorId(), key.quarter()).stream()
                .filter(e -> Objects.equals(e.id(), historyEventId) && e.kind().isEntryChange() && e.after() != null)
                .findFirst().orElseThrow(() -> new ReviewRefusal(ReviewRefusal.Reason.NOT_FOUND, historyEventId));
        return change(id, version, new BigDecimal(earlier.after()), earlier.afterComment(), reason, user,
                ChangeKind.ENTRY_RESTORED);
    }

    private EntryDetails change(long id, long version, BigDecimal amount, String comment, String reason, String user,
                                ChangeKind kind) {
        ReviewRefusal.requireReason(reason);
        EntryKey key = key(id);
        IndicatorDetails indicator = indicator(key.indicatorId());
        refuseBroken(indicator, key.quarter(), amount, comment, false);
        requireShortReason(reason);
        locks.takeTurn(Set.of(key.indicatorId()));
        // Read only now that this transaction has the indicator's turn: it sees what another save changed.
        ProgressEntry current = entries.findById(id).orElseThrow(() -> new ReviewRefusal(ReviewRefusal.Reason.NOT_FOUND, id));
        // A locked quarter first: reloading would not help, an administrator must reopen it.
        EntryStatus status = FigureEdits.afterEdit(locks.isLocked(current.getIndicatorId(), current.getQuarter()),
                indicator.code(), current.getQuarter());
        if (current.getVersion() != version) {
            throw new ReviewRefusal(ReviewRefusal.Reason.CHANGED_BY_OTHER, current.lastChangedBy(),
                    current.lastChangedAt());
        }
        String newComment = cleanComment(comment);
        if (current.getAmount().compareTo(amount) == 0 && Objects.equals(current.getComment(), newComment)) {
            throw new ReviewRefusal(ReviewRefusal.Reason.NO_CHANGE);
        }
        String before = FigureStore.plain(current.getAmount());
        String beforeComment = current.getComment();
        Instant now = clock.instant();
        current.change(amount, newComment, user, now, status);
        entries.saveAndFlush(current);
        history.record(HistoryEvent.ofEntry(kind, user, now, ChangeSource.MANUAL, null, current.getIndicatorId(),
                current.getId(), current.getQuarter(), current.getRegion(), before, FigureStore.plain(amount),
                beforeComment, newComment, TypedText.clean(reason).strip()));
        return details(current);
    }

    private EntryKey key(long id) {
        return entries.findKey(id).orElseThrow(() -> new ReviewRefusal(ReviewRefusal.Reason.NOT_FOUND, id));
    }

    private EntryDetails details(ProgressEntry e) {
        return details(e, codes(), history.entryChangeCounts(e.getIndicatorId()), lockedKeys());
    }

    private static EntryDetails details(ProgressEntry e, Map<Long, String> codes, Map<Long, Integer> counts,
                                        Set<String> locked) {
        return new EntryDetails(e.getId(), e.getVersion(), e.getIndicatorId(), codes.get(e.getIndicatorId()),
                e.getQuarter(), e.getRegion(), e.getAmount(), e.getComment(), e.getEnteredBy(), e.getEnteredAt(),
                e.getOrigin(), e.getImportId(), e.getStatus(), e.getReviewComment(), e.getReviewedBy(),
                e.getReviewedAt(), counts.getOrDefault(e.getId(), 0),
                locked.contains(e.getIndicatorId() + "/" + e.getQuarter()));
    }

    private Map<Long, String> codes() {
        return indicators.findAll().stream().collect(Collectors.toMap(IndicatorDetails::id, IndicatorDetails::code));
    }

    private Set<String> lockedKeys() {
        return locks.all().stream().map(l -> l.indicatorId() + "/" + l.quarter()).collect(Collectors.toSet());
    }

    private IndicatorDetails indicator(long id) {
        return indicators.findAll().stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> new ReviewRefusal(ReviewRefusal.Reason.NOT_FOUND, id));
    }

    /** The figure rules, asked before anything is written: a broken one refuses the whole change. */
    private void refuseBroken(IndicatorDetails indicator, Quarter quarter, BigDecimal amount, String comment,
                              boolean newFigure) {
        List<FigureCheck.Problem> problems = rules.check(Locale.ROOT)
                .problems(indicator, quarter, amount, comment, newFigure);
        if (!problems.isEmpty()) {
            throw new FigureRefusal(problems);
        }
    }

    private static void requireShortReason(String reason) {
        String cleaned = TypedText.clean(reason).strip();
        if (cleaned.length() > ReviewRefusal.MAX_COMMENT_LENGTH) {
            throw new ReviewRefusal(ReviewRefusal.Reason.COMMENT_TOO_LONG, ReviewRefusal.MAX_COMMENT_LENGTH,
                    cleaned.length());
        }
    }

    private static String cleanComment(String s) {
        String cleaned = TypedText.clean(s);
        return cleaned == null || cleaned.isBlank() ? null : cleaned.strip();
    }
}
