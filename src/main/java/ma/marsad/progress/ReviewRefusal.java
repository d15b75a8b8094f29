package ma.marsad.progress;

import org.springframework.http.HttpStatus;

import ma.marsad.base.Refusal;

/**
 * A change to figures or to a quarter's review that the rules do not allow, with what the user reads:
 * the message key ({@code workflow.refused.<reason>}) and its arguments. Nothing was changed.
 */
public class ReviewRefusal extends Refusal {

    public enum Reason {
        /** The quarter is approved and locked: an administrator must reopen it first. */
        LOCKED(HttpStatus.CONFLICT),
        /** Someone else changed the figure after it was read (optimistic locking). */
        CHANGED_BY_OTHER(HttpStatus.CONFLICT),
        /** There is no figure to approve for that indicator and quarter. */
        NOTHING_TO_APPROVE(HttpStatus.UNPROCESSABLE_CONTENT),
        /** No figure of that quarter is waiting to be returned. */
        NOTHING_WAITING(HttpStatus.UNPROCESSABLE_CONTENT),
        /** Reopening a quarter that is not locked. */
        NOT_LOCKED(HttpStatus.CONFLICT),
        /** A correction, a return, a restore or a reopening needs a reason. */
        REASON_REQUIRED(HttpStatus.UNPROCESSABLE_CONTENT),
        /** A figure for that indicator, quarter and region exists already: correct it instead. */
        ALREADY_EXISTS(HttpStatus.CONFLICT),
        /** No figure with that id. */
        NOT_FOUND(HttpStatus.NOT_FOUND),
        /** The change sets the figure to what it already is. */
        NO_CHANGE(HttpStatus.CONFLICT),
        /** A comment or reason longer than the history keeps. */
        COMMENT_TOO_LONG(HttpStatus.BAD_REQUEST);

        /** What the API answers: 409 when the state of things forbids it, 422 when there is nothing to act on. */
        private final HttpStatus status;

        Reason(HttpStatus status) {
            this.status = status;
        }
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

    @Override
    public HttpStatus status() {
        return reason.status;
    }
}
