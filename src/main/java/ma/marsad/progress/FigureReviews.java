package ma.marsad.progress;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.base.Quarter;

/**
 * What the review module may do to stored figures, and nothing more: read an indicator's quarter while
 * holding the indicator's turn, set the figures' review status, lock and unlock the quarter. The decisions
 * (who may approve, what a return needs) are the review module's; the figures and their locks are ours.
 * Every method runs inside the caller's transaction.
 */
@Service
public class FigureReviews {

    private final ProgressEntryRepository entries;
    private final QuarterLocks locks;

    FigureReviews(ProgressEntryRepository entries, QuarterLocks locks) {
        this.entries = entries;
        this.locks = locks;
    }

    /** Waits for the indicator's turn (no import or correction interleaves), then reads the quarter's figures. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReviewedFigure> takeTurnAndRead(long indicatorId, Quarter quarter) {
        locks.takeTurn(Set.of(indicatorId));
        return entries.findByIndicatorIdAndQuarterOrderByRegion(indicatorId, quarter).stream()
                .map(FigureReviews::reviewed).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void takeTurn(long indicatorId) {
        locks.takeTurn(Set.of(indicatorId));
    }

    /** The figures waiting for a manager: submitted or returned, by indicator and quarter. */
    @Transactional(readOnly = true)
    public List<WaitingFigure> waiting() {
        return entries.findByStatusIn(Set.of(EntryStatus.SUBMITTED, EntryStatus.RETURNED)).stream()
                .map(e -> new WaitingFigure(e.getIndicatorId(), e.getQuarter())).toList();
    }

    /** Sets the review status of the quarter's figures that are in one of {@code from}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void mark(long indicatorId, Quarter quarter, Set<EntryStatus> from, EntryStatus to, String comment,
                     String user, Instant at) {
        entries.findByIndicatorIdAndQuarterOrderByRegion(indicatorId, quarter).stream()
                .filter(e -> from.contains(e.getStatus()))
                .forEach(e -> e.review(to, comment, user, at));
        entries.flush();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long indicatorId, Quarter quarter, String user, Instant at) {
        locks.lock(indicatorId, quarter, user, at);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void unlock(long indicatorId, Quarter quarter) {
        locks.unlock(indicatorId, quarter);
    }

    /** One figure waiting: its indicator and quarter. */
    public record WaitingFigure(long indicatorId, Quarter quarter) {
    }

    private static ReviewedFigure reviewed(ProgressEntry e) {
        return new ReviewedFigure(e.getId(), e.getVersion(), e.getStatus(), e.getEnteredBy(), e.getEnteredAt(),
                e.getReviewedBy(), e.getReviewedAt());
    }
}
