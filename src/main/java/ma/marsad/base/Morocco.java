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

    /**
     * A day as people write it in their language, the month spelled: 31 déc. 2030, Dec 31, 2030,
     * 31 دجنبر 2030. Arabic's medium form is all digits (31/12/2030), so Arabic takes its long form, with
     * the month names used in Morocco.
     */
    public static DateTimeFormatter days(Locale locale) {
        FormatStyle style = "ar".equals(locale.getLanguage()) ? FormatStyle.LONG : FormatStyle.MEDIUM;
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale);
    }
}
