package ma.marsad.base;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three languages Marsad speaks, and which one a reader gets: the one they chose (remembered for a
 * signed-in person, or in a cookie before signing in), else the first their browser asks for that Marsad
 * speaks, else English.
 */
public final class Languages {

    /** Arabic as written in Morocco: ar-MA formats numbers with Latin digits (12.500), as Moroccan publications do. */
    public static final Locale ARABIC = Locale.forLanguageTag("ar-MA");

    /** In the order the header's switcher lists them. */
    public static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, ARABIC, Locale.ENGLISH);

    /** The cookie that keeps a choice made before signing in (or by someone who never signs in). */
    public static final String COOKIE = "marsad-language";

    private Languages() {
    }

    /** The language named by a tag such as fr, ar, en or fr-FR; empty for one Marsad does not speak. */
    public static Optional<Locale> named(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /** The short tag stored and sent in URLs: fr, ar or en. */
    public static String tag(Locale locale) {
        return locale.getLanguage();
    }

    /** The first of the browser's languages that Marsad speaks; English when none is. */
    public static Locale bestFor(List<Locale> requested) {
        return requested.stream().map(l -> named(l.toLanguageTag())).flatMap(Optional::stream).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** The reader's language: a remembered choice, then a cookie's, then the browser's. */
    public static Locale choose(Optional<Locale> remembered, String cookie, List<Locale> requested) {
        return remembered.or(() -> named(cookie)).orElseGet(() -> bestFor(requested));
    }
}
