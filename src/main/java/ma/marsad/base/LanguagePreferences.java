package ma.marsad.base;

import java.util.Locale;
import java.util.Optional;

/** Remembers the language each signed-in person chose; the account feature keeps it with the account. */
public interface LanguagePreferences {

    /** The language the person chose, if they ever did. */
    Optional<Locale> of(String username);

    void remember(String username, Locale language);
}
