package ma.marsad.progress;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;

import ma.marsad.base.Morocco;

/**
 * A change to figures or to a quarter's review that the rules do not allow, with what the user reads:
 * the message key ({@code workflow.refused.<reason>}) and its arguments. Nothing was changed.
 */
public class ReviewRefusal extends RuntimeException {

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
        NO_CHANGE
    }

    private final Reason reason;
    private final transient Object[] args;

    public ReviewRefusal(Reason reason, Object... args) {
        super(reason + " " + Arrays.toString(args));
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** The message key in the bundles. */
    public String messageKey() {
        return "workflow.refused." + reason.name();
    }

    public Object[] args() {
        return args.clone();
    }

    /**
     * The arguments as a reader wants them in the message: moments on Moroccan time in the locale's short
     * form, everything else as plain text (MessageFormat would write an id as 1,234).
     */
    public Object[] displayArgs(Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(Morocco.ZONE);
        return Arrays.stream(args).map(a -> switch (a) {
            case null -> "";
            case Instant instant -> when.format(instant);
            default -> a.toString();
        }).toArray();
    }
}
