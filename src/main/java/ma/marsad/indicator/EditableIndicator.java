package ma.marsad.indicator;

import java.util.ArrayList;
import java.util.List;

import ma.marsad.base.LocalizedText;

/**
 * An indicator as the administrators' screen shows it.
 *
 * @param version what an edit sends back, so that an edit of an indicator changed since is refused
 */
public record EditableIndicator(IndicatorDetails details, long version) {

    /** A text that readers of a language see in French instead, for want of a translation. */
    public record MissingTranslation(String field, String language) {
    }

    /** The name, unit and owner texts missing in English or Arabic, in that order. */
    public List<MissingTranslation> missingTranslations() {
        List<MissingTranslation> missing = new ArrayList<>();
        add(missing, "name", details.name());
        add(missing, "unit", details.unit());
        add(missing, "owner", details.owner());
        return missing;
    }

    /** True when a name, unit or owner lacks its English or Arabic text. */
    public boolean lacksATranslation() {
        return !missingTranslations().isEmpty();
    }

    private static void add(List<MissingTranslation> missing, String field, LocalizedText text) {
        if (blank(text.en())) {
            missing.add(new MissingTranslation(field, "en"));
        }
        if (blank(text.ar())) {
            missing.add(new MissingTranslation(field, "ar"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
