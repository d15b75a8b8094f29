package ma.marsad.base;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Morocco's time zone: every date and time Marsad shows or writes is in it. */
public final class Morocco {

    public static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

    private Morocco() {
    }

    /** Date and time as people read a moment in their language: short form, in Morocco's time. */
    public static DateTimeFormatter moments(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(ZONE);
    }
}
