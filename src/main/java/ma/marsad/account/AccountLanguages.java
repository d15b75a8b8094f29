package ma.marsad.account;

import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ma.marsad.base.LanguagePreferences;
import ma.marsad.base.Languages;

/**
 * The chosen language, in the account's row. Written with plain SQL rather than through the entity so that
 * choosing a language does not bump the account's version and turn an administrator's open edit stale.
 */
@Component
class AccountLanguages implements LanguagePreferences {

    private final JdbcTemplate jdbc;

    AccountLanguages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Locale> of(String username) {
        return jdbc.queryForList("select preferred_language from user_account where username = ?", String.class,
                username).stream().filter(java.util.Objects::nonNull).findFirst().flatMap(Languages::named);
    }

    @Override
    public void remember(String username, Locale language) {
        jdbc.update("update user_account set preferred_language = ? where username = ?", Languages.tag(language),
                username);
    }
}
