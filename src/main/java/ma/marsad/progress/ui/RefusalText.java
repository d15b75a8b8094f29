package ma.marsad.progress.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import ma.marsad.base.Morocco;
import ma.marsad.progress.ReviewRefusal;

/** What a user reads when a change is refused: the bundle's message, times in Morocco's time and the user's format. */
public final class RefusalText {

    private RefusalText() {
    }

    public static String of(Component view, Locale locale, ReviewRefusal refusal) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale)
                .withZone(Morocco.ZONE);
        // Everything else as plain text: MessageFormat would write an id as 1,234.
        Object[] args = Arrays.stream(refusal.args())
                .map(a -> a instanceof Instant instant ? when.format(instant) : String.valueOf(a))
                .toArray();
        return view.getTranslation(refusal.messageKey(), args);
    }
}
