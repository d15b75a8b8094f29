package ma.marsad.partner;

import ma.marsad.base.Refusal;

/**
 * A change to a commitment that was not made, with what the user reads: a message key
 * ({@code partners.refused.<reason>}) and its arguments. Nothing was changed.
 */
public class PartnerRefusal extends Refusal {

    public enum Reason {
        /** No commitment with that id. */
        NOT_FOUND,
        /** A review needs a completion level and a confidence. */
        REVIEW_INCOMPLETE,
        /** A review, and a change of quantity or deadline, needs a comment saying why. */
        COMMENT_REQUIRED,
        /** Over 1,000 characters; args: the limit. */
        TOO_LONG,
        /** Evidence needs its date (not in the future), its kind and a summary. */
        EVIDENCE_INCOMPLETE,
        /** A link must be an http or https address; args: what was sent. */
        BAD_LINK,
        /** Evidence is a link or a file, not both and not neither. */
        LINK_OR_FILE,
        /** args: the largest size allowed, in megabytes. */
        FILE_TOO_LARGE,
        /** The file's content is not a PDF, an image or an office document, whatever its name says. */
        FILE_TYPE,
        /** The server could not keep the file; nothing stored. */
        FILE_NOT_KEPT,
        /** A quantity must be a positive number. */
        BAD_QUANTITY,
        /** The quantity and deadline sent are those stored. */
        NO_CHANGE,
        /** Someone changed the commitment after it was read; args: who, when. */
        CHANGED_BY_OTHER
    }

    private final Reason reason;

    public PartnerRefusal(Reason reason, Object... args) {
        super("partners.refused.", reason, "", args);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
