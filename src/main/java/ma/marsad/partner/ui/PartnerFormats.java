package ma.marsad.partner.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

import ma.marsad.base.Morocco;

/** Numbers and dates the way the reader's language writes them. */
final class PartnerFormats {

    private final Locale locale;

    PartnerFormats(Locale locale) {
        this.locale = locale;
    }

    String number(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(value == Math.rint(value) ? 0 : 2);
        return f.format(value);
    }

    String number(BigDecimal value) {
        return value == null ? "" : number(value.doubleValue());
    }

    /**
     * A quote in a language other than the page's (French in an Arabic page) kept in its own direction: wrapped in
     * first-strong isolates, so its guillemets and the file name after it stay where they belong.
     */
    static String isolated(String text) {
        return "\u2068" + text + "\u2069";
    }

    String date(LocalDate date) {
        return date == null ? "" : date.format(Morocco.days(locale));
    }
}
