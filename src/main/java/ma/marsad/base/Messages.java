package ma.marsad.base;

import java.util.Locale;

import org.springframework.context.MessageSource;


/** Texts from the bundles in one language: what the clerk reads, quarters and dates written their way. */
@FunctionalInterface
public interface Messages {

    public String text(String key, Object... args);

    public static Messages of(MessageSource source, Locale locale) {
        return (key, args) -> source.getMessage(key, Refusal.displayArgs(args, locale), key, locale);
    }
}
