package ma.marsad.dashboard.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

import ma.marsad.base.Morocco;
import ma.marsad.base.Quarter;

/** Numbers, percentages, dates and quarters the way the reader's language writes them. */
final class Formats {

    private final Locale locale;

    Formats(Locale locale) {
        this.locale = locale;
    }

    String number(double value) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(Math.abs(value) < 10 && value != Math.rint(value) ? 1 : 0);
        return f.format(value);
    }

    String number(Double value, String none) {
        return value == null ? none : number(value);
    }

    String percent(double percent) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        return f.format(percent / 100);
    }

    String date(LocalDate date) {
        return date.format(Morocco.days(locale));
    }

    String quarter(Quarter quarter) {
        return quarter.displayName(locale);
    }
}
