package ma.marsad.excelimport;

import java.util.Locale;

import org.springframework.context.MessageSource;

import ma.marsad.base.Refusal;

/** Texts from the bundles in one language: what the clerk reads, quarters and dates written their way. */
@FunctionalInterface
interface Messages {

    String text(String key, Object... args);

    static Messages of(MessageSource source, Locale locale) {
        return (key, args) -> source.getMessage(key, Refusal.displayArgs(args, locale), key, locale);
    }
}
