package ma.marsad.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;

/**
 * A change the rules did not allow, with what the user reads: a message key in the bundles and its
 * arguments. Nothing was changed. Each feature names its reasons in an enum (Java allows no generic
 * exception, so each subclass gives its typed {@code reason()}); {@code keyPrefix} plus the reason's name is
 * the key. Over the API it is a 409 (the state of things does not allow it) unless the subclass says
 * otherwise in {@link #status()}.
 */
public abstract class Refusal extends Refused {

    private final String messageKey;
    private final transient Object[] args;

    protected Refusal(String keyPrefix, Enum<?> reason, String detail, Object... args) {
        super(reason + " " + Arrays.toString(args) + detail);
        this.messageKey = keyPrefix + reason.name();
        this.args = args.clone();
    }

    /** The message key in the bundles. */
    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public List<Text> texts() {
        return List.of(new Text(messageKey, args));
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }

    /** The arguments as the reader wants them in the message: see {@link #displayArgs(Object[], Locale)}. */
    public Object[] displayArgs(Locale locale) {
        return displayArgs(args, locale);
    }

    /**
     * Message arguments written for a reader: moments in Morocco's time and dates in the locale's form
     * rather than ISO, quarters in the reader's words, ids as plain digits (MessageFormat would write 1,234), nothing for a missing value.
     */
    public static Object[] displayArgs(Object[] args, Locale locale) {
        DateTimeFormatter moment = Morocco.moments(locale);
        DateTimeFormatter day = Morocco.days(locale);
        return Arrays.stream(args).map(a -> switch (a) {
            case null -> "";
            case Instant instant -> moment.format(instant);
            case LocalDate date -> day.format(date);
            case Long id -> id.toString();
            case Quarter quarter -> quarter.displayName(locale);
            default -> a;
        }).toArray();
    }

    /**
     * Message arguments written for a script reading the API: moments in ISO-8601 UTC to the second
     * (2026-11-23T09:00:00Z), dates in ISO (2026-11-23), quarters canonical (2026-Q3), ids as plain digits,
     * nothing for a missing value. Pages use {@link #displayArgs(Object[], Locale)}.
     */
    public static Object[] apiArgs(Object[] args) {
        return Arrays.stream(args).map(a -> switch (a) {
            case null -> "";
            case Instant instant -> DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
            case LocalDate date -> DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            case Long id -> id.toString();
            case Quarter quarter -> quarter.toString();
            default -> a;
        }).toArray();
    }
}
