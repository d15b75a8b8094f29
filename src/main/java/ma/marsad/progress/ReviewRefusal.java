package ma.marsad.progress;

import ma.marsad.base.Refusal;

/**
 * A change to figures or to a quarter's review that the rules do not allow, with what the user reads:
 * the message key ({@code workflow.refused.<reason>}) and its arguments. Nothing was changed.
 */
public class ReviewRefusal extends Refusal {

    public enum Reason {
        /** The quarter is approved and locked: an administrator must reopen it first. */
        LOCKED,
        /** Someone else changed the figure after it was read (optimistic locking). */
        CHANGED_BY_OTHER,
        /** There is no figure to approve for that indicator and quarter. */
        NOTHING_TO_APPROVE,
        /** No figure of that quarter is waiting to be returned. */
        NOTHING_WAITING,
        /** Reopening a quarter that is not locked. */
        NOT_LOCKED,
        /** A correction, a return, a restore or a reopening needs a reason. */
        REASON_REQUIRED,
        /** A figure for that indicator, quarter and region exists already: correct it instead. */
        ALREADY_EXISTS,
        /** No figure with that id. */
        NOT_FOUND,
        /** The change sets the figure to what it already is. */
        NO_CHANGE,
        /** A comment or reason longer than the history keeps. */
        COMMENT_TOO_LONG
    }

    /** The longest comment or reason a figure's review and the history keep. */
    public static final int MAX_COMMENT_LENGTH = 1000;

    private final Reason reason;

    public ReviewRefusal(Reason reason, Object... args) {
        super("workflow.refused.", reason, "", args);
        this.reason = reason;
    }

    /** Refuses a blank reason: corrections, returns, restores and reopenings keep theirs in the history. */
    public static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ReviewRefusal(Reason.REASON_REQUIRED);
        }
    }

    public Reason reason() {
        return reason;
    }
}
