package ma.marsad.base;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a file Marsad writes (report, CSV, import template) speaks: {@code ?lang=fr|ar|en}, or else the
 * request's language. Arabic is ar-MA, whose numbers keep Latin digits as Moroccan publications do; a language
 * Marsad does not speak gets English, as the views do.
 */
public final class FileLanguage {

    public static final Locale ARABIC = Locale.forLanguageTag("ar-MA");

    private final Locale locale;

    private FileLanguage(Locale locale) {
        this.locale = locale;
    }

    /** The language {@code lang} names: fr, ar or en, in any case; empty for any other. */
    public static Optional<FileLanguage> named(String lang) {
        return switch (lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT)) {
            case "fr" -> Optional.of(new FileLanguage(Locale.FRENCH));
            case "ar" -> Optional.of(new FileLanguage(ARABIC));
            case "en" -> Optional.of(new FileLanguage(Locale.ENGLISH));
            default -> Optional.empty();
        };
    }

    /** The language the file is written in. */
    public Locale locale() {
        return locale;
    }

    /** The language of a file: the one asked for ({@code ?lang=}), else the one of Marsad's closest to the request's. */
    public static Locale chosen(Optional<FileLanguage> asked, Locale requestLocale) {
        return asked.map(FileLanguage::locale).orElseGet(() -> supported(requestLocale));
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
        return named(lang).orElseThrow(() -> new UnknownLanguageException(lang.strip())).locale();
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
