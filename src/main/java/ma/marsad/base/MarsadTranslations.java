package ma.marsad.base;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The texts of the views, from the same bundles (vaadin-i18n/translations*.properties) and the same
 * Spring MessageSource as the API's messages. A quarter among the arguments is written in the reader's words. English first: a browser asking for a language Marsad
 * does not speak gets English; French and Arabic browsers get theirs.
 */
@Component
class MarsadTranslations implements I18NProvider {

    private final MessageSource messages;

    MarsadTranslations(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.ENGLISH, Locale.FRENCH, Languages.ARABIC);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale reader = locale == null ? Locale.ENGLISH : locale;
        Object[] args = params.length == 0 ? null : params.clone();
        for (int i = 0; args != null && i < args.length; i++) {
            if (args[i] instanceof Quarter quarter) {
                args[i] = quarter.displayName(reader);
            }
        }
        return messages.getMessage(key, args, "!{" + key + "}!", reader);
    }
}
