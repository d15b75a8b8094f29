package ma.marsad.base;

import java.util.Locale;

/**
 * The language a file Marsad writes (report, CSV, import template) speaks: {@code ?lang=fr|ar|en}, or else the
 * request's language. Arabic is ar-MA, whose numbers keep Latin digits as Moroccan publications do; a language
 * Marsad does not speak gets English, as the views do.
 */
public final class FileLanguage {

    public static final Locale ARABIC = Locale.forLanguageTag("ar-MA");

    private FileLanguage() {
    }

    /**
     * @param lang          the request's {@code lang} parameter, null or blank when absent
     * @param requestLocale the language of the request (the signed-in user's, or the browser's)
     * @throws UnknownLanguageException when {@code lang} is given but is none of fr, ar, en
     */
    public static Locale of(String lang, Locale requestLocale) throws UnknownLanguageException {
        if (lang == null || lang.isBlank()) {
            return supported(requestLocale);
        }
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "fr" -> Locale.FRENCH;
            case "ar" -> ARABIC;
            case "en" -> Locale.ENGLISH;
            default -> throw new UnknownLanguageException(lang.strip());
        };
    }

    /** The one of Marsad's three languages closest to {@code locale}: English for any other. */
    public static Locale supported(Locale locale) {
        String language = locale == null ? "" : locale.getLanguage();
        return switch (language) {
            case "fr" -> Locale.FRENCH;
            case "ar" -> ARABIC;
            default -> Locale.ENGLISH;
        };
    }

    /** Whether a text in this language reads right to left. */
    public static boolean rightToLeft(Locale locale) {
        return locale != null && "ar".equals(locale.getLanguage());
    }
}
