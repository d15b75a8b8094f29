package ma.marsad.progress;

import java.util.Collection;

import ma.marsad.base.Quarter;

/**
 * The review state machine, with no database: what a change does to a figure's status, and which changes
 * a quarter's lock refuses. Services ask these rules before they write.
 */
final class ReviewRules {

    private ReviewRules() {
    }

    /** A figure created or changed, by hand or by import: submitted again, unless its quarter is locked. */
    static EntryStatus afterEdit(boolean locked, String indicatorCode, Quarter quarter) {
        if (locked) {
            throw new ReviewRefusal(ReviewRefusal.Reason.LOCKED, indicatorCode, quarter);
        }
        return EntryStatus.SUBMITTED;
    }

    /** Approving a quarter: every figure becomes approved and the quarter locks. */
    static EntryStatus approve(boolean locked, Collection<EntryStatus> statuses, String indicatorCode, Quarter quarter) {
        if (locked) {
            throw new ReviewRefusal(ReviewRefusal.Reason.LOCKED, indicatorCode, quarter);
        }
        if (statuses.isEmpty()) {
            throw new ReviewRefusal(ReviewRefusal.Reason.NOTHING_TO_APPROVE, indicatorCode, quarter);
        }
        return EntryStatus.APPROVED;
    }

    /** Returning a quarter: the submitted figures go back to the clerks; approved ones stay approved. */
    static EntryStatus returnTo(boolean locked, Collection<EntryStatus> statuses, String comment,
                                String indicatorCode, Quarter quarter) {
        if (locked) {
            throw new ReviewRefusal(ReviewRefusal.Reason.LOCKED, indicatorCode, quarter);
        }
        if (!statuses.contains(EntryStatus.SUBMITTED)) {
            throw new ReviewRefusal(ReviewRefusal.Reason.NOTHING_WAITING, indicatorCode, quarter);
        }
        requireReason(comment);
        return EntryStatus.RETURNED;
    }

    /** Reopening a locked quarter: figures keep their status; they can be changed again. */
    static void reopen(boolean locked, String reason, String indicatorCode, Quarter quarter) {
        if (!locked) {
            throw new ReviewRefusal(ReviewRefusal.Reason.NOT_LOCKED, indicatorCode, quarter);
        }
        requireReason(reason);
    }

    static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReviewRefusal(ReviewRefusal.Reason.REASON_REQUIRED);
        }
    }
}
