package ma.marsad.base;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A quarter as a reader of each language writes it: "T3 2025" in French, "Q3 2025" in English,
 * "الربع الثالث 2025" in Arabic. The words come from the bundles ({@code quarter.name.1} … {@code .4}, the
 * year as {0}); the canonical {@code 2025-Q3} stays for data, files and URLs.
 */
public final class QuarterNames {

    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();

    private QuarterNames() {
    }

    public static String of(Quarter quarter, Locale locale) {
        String pattern = bundle(locale).getString("quarter.name." + quarter.number());
        return pattern.replace("{0}", Integer.toString(quarter.year()));
    }

    private static ResourceBundle bundle(Locale locale) {
        String language = locale == null || locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        return BUNDLES.computeIfAbsent(language, l -> ResourceBundle.getBundle(BUNDLE, Locale.of(l),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }
}
