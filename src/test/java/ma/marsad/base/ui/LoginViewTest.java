package ma.marsad.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;

import ma.marsad.MarsadBrowserlessTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the login page says after a refused sign-in: a wrong password, or a locked user name. */
class LoginViewTest extends MarsadBrowserlessTest {

    /** The error texts the form was given (the component keeps them as the element's i18n property). */
    private JsonNode errorMessage() {
        LoginForm form = $(LoginForm.class).single();
        return JsonMapper.builder().build().readTree(form.getElement().getPropertyRaw("i18n").toString())
                .get("errorMessage");
    }

    private String title() {
        return errorMessage().get("title").asString();
    }

    private String message() {
        return errorMessage().get("message").asString();
    }

    /** The login page as a refused sign-in lands on it: login?locked=seconds or login?error. */
    private void open(String refusal) {
        open(refusal, "");
    }

    private void open(String refusal, String value) {
        UI.getCurrent().navigate("login", QueryParameters.of(refusal, value));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @AfterEach
    void backToEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void aPausedSignInIsToldWhyAndForHowLongWithoutSayingWhetherTheUserExists() {
        open("locked", "42");

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(title()).isEqualTo("Signing in is paused");
        assertThat(message()).isEqualTo("Too many wrong passwords were typed from here. Try again in 42 seconds.");

        open("locked", "1");
        assertThat(message()).endsWith("Try again in 1 second.");
        open("locked", "900");
        assertThat(message()).isEqualTo("Too many wrong passwords were typed from here. Try again in 15 minutes,"
                + " or ask an administrator.");
        open("locked", "not-a-number");
        assertThat(message()).as("a made-up value reads as a short wait").endsWith("Try again in 1 second.");
    }

    @Test
    void thePauseIsToldInFrenchAndArabicToo() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        open("locked", "900");
        assertThat(message())
                .startsWith("Trop de mots de passe erronés").contains("dans 15 minutes");

        UI.getCurrent().setLocale(Locale.forLanguageTag("ar-MA"));
        open("locked", "30");
        assertThat(title())
                .isEqualTo("تم إيقاف تسجيل الدخول مؤقتًا");
        assertThat(message()).contains("بعد 30 ثانية");
    }

    @Test
    void aWrongPasswordKeepsItsOwnMessage() {
        open("error");

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(title()).isEqualTo("Wrong user name or password");
    }

    @Test
    void theFirstVisitShowsNoError() {
        navigate(LoginView.class);

        assertThat($(LoginForm.class).single().isError()).isFalse();
    }
}
