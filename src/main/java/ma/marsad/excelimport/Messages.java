package ma.marsad.excelimport;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** Texts from the bundles in one language: what the clerk reads. */
@FunctionalInterface
interface Messages {

    String text(String key, Object... args);

    static Messages of(MessageSource source, Locale locale) {
        return (key, args) -> source.getMessage(key, args, key, locale);
    }
}
