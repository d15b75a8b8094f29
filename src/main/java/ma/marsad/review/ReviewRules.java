package ma.marsad.review;

import ma.marsad.progress.EntryStatus;
import ma.marsad.progress.ReviewRefusal;

import java.util.Collection;

import ma.marsad.base.Quarter;

/**
 * The review state machine, with no database: what a change does to a figure's status, and which changes
 * a quarter's lock refuses. Services ask these rules before they write.
 */
final class ReviewRules {

    private ReviewRules() {
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
        ReviewRefusal.requireReason(comment);
        requireShortComment(comment);
        return EntryStatus.RETURNED;
    }

    /** Reopening a locked quarter: figures keep their status; they can be changed again. */
    static void reopen(boolean locked, String reason, String indicatorCode, Quarter quarter) {
        if (!locked) {
            throw new ReviewRefusal(ReviewRefusal.Reason.NOT_LOCKED, indicatorCode, quarter);
        }
        ReviewRefusal.requireReason(reason);
        requireShortComment(reason);
    }

    /** A manager's comment or reason fits the history and the figures' review column. */
    static void requireShortComment(String comment) {
        if (comment != null && comment.strip().length() > ReviewRefusal.MAX_COMMENT_LENGTH) {
            throw new ReviewRefusal(ReviewRefusal.Reason.COMMENT_TOO_LONG, ReviewRefusal.MAX_COMMENT_LENGTH,
                    comment.strip().length());
        }
    }
}
