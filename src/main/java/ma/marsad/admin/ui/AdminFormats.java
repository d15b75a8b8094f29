package ma.marsad.admin.ui;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import ma.marsad.base.Morocco;
import ma.marsad.base.Refusal;

/** Dates and times as the administrators read them: in their language, Morocco's time. */
final class AdminFormats {

    private AdminFormats() {
    }

    static DateTimeFormatter dateTime(Locale locale) {
        return Morocco.moments(locale);
    }

    static DateTimeFormatter date(Locale locale) {
        return Morocco.days(locale);
    }

    /** 240000 rather than 240000.00 or 2.4E+5, for a number field. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A refusal's message, its instants and dates written for the reader rather than in ISO form. */
    static String message(Component component, Locale locale, String key, Object[] args) {
        return component.getTranslation(key, Refusal.displayArgs(args, locale));
    }
}
