package ma.marsad.workflow;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;

import ma.marsad.base.Morocco;
import ma.marsad.progress.ReviewRefusal;

/** The arguments of a refusal's message as a reader wants them: moments on Moroccan time, ids without grouping. */
public final class RefusalText {

    private RefusalText() {
    }

    public static Object[] arguments(ReviewRefusal refusal, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(Morocco.ZONE);
        return Arrays.stream(refusal.args()).map(a -> switch (a) {
            case null -> "";
            case Instant instant -> when.format(instant);
            default -> a.toString();
        }).toArray();
    }
}
