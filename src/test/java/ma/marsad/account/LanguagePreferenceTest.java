package ma.marsad.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.base.LanguagePreferences;
import ma.marsad.base.Languages;

/** The language a person chose is kept with their account and speaks for them in the API too. */
@MarsadSpringTest
class LanguagePreferenceTest {

    @Autowired
    LanguagePreferences preferences;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    @AfterEach
    void forgetTheChoices() {
        jdbc.update("update user_account set preferred_language = null");
    }

    @Test
    void aChosenLanguageIsRememberedWithoutTouchingTheAccountsVersion() {
        long before = version("manager");
        assertThat(preferences.of("manager")).isEmpty();

        preferences.remember("manager", Languages.ARABIC);

        assertThat(preferences.of("manager")).contains(Languages.ARABIC);
        assertThat(jdbc.queryForObject("select preferred_language from user_account where username = 'manager'",
                String.class)).isEqualTo("ar");
        assertThat(version("manager")).as("an administrator's open edit of the account stays valid").isEqualTo(before);
        assertThat(preferences.of("official")).as("only that person's choice").isEmpty();
    }

    @Test
    void theApiAnswersInTheSignedInPersonsLanguageWhateverTheBrowserAsks() throws Exception {
        ApiClient api = new ApiClient(port);
        preferences.remember("manager", Locale.FRENCH);

        HttpResponse<String> french = api.send(api.request("/api/reports/progress.xlsx?indicator=NOPE", "manager")
                .header("Accept-Language", "en-US"));
        HttpResponse<String> browsers = api.send(api.request("/api/reports/progress.xlsx?indicator=NOPE", "official")
                .header("Accept-Language", "ar-MA"));
        HttpResponse<String> none = api.get("/api/reports/progress.xlsx?indicator=NOPE", "official");

        assertThat(french.statusCode()).isEqualTo(400);
        assertThat(french.body()).contains("Indicateur inconnu");
        assertThat(browsers.body()).as("no choice made: the browser's language").contains("مؤشر غير معروف");
        assertThat(none.body()).as("no choice and no Accept-Language: English").contains("Unknown indicator");
    }

    private long version(String username) {
        return jdbc.queryForObject("select version from user_account where username = ?", Long.class, username);
    }
}
