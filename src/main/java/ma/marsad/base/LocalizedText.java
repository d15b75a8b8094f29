package ma.marsad.base;

import java.util.Locale;

/** A text in the three languages Marsad speaks; French stands in where another is missing. */
public record LocalizedText(String fr, String en, String ar) {

    public String in(Locale locale) {
        String text = switch (locale.getLanguage()) {
            case "ar" -> ar;
            case "en" -> en;
            default -> fr;
        };
        return text == null || text.isBlank() ? fr : text;
    }
}
