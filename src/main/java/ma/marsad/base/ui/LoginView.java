package ma.marsad.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import ma.marsad.base.PageLanguage;
import ma.marsad.base.security.AccountProperties;

/** The sign-in page; in the default profile it lists the demo users. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Where a refused sign-in lands: a wrong user name or password. */
    public static final String FAILED = "login?error";
    /** Where a sign-in lands when its address must wait (too many wrong passwords), followed by the seconds. */
    public static final String LOCKED = "login?locked";
    /** The longest wait the page will name (the longest the throttle can set is far less). */
    private static final long MAX_SHOWN_SECONDS = 24 * 3600;

    private final LoginForm form = new LoginForm();

    LoginView(AccountProperties accounts, PageLanguage pageLanguage) {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(-1));

        Div panel = new Div();
        panel.addClassName("login-panel");
        LanguageSelect language = new LanguageSelect(pageLanguage);
        language.addClassName("login-language");
        panel.add(language);
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        panel.add(title, tagline, form);
        if (accounts.demoUsers()) {
            Paragraph demo = new Paragraph(getTranslation("login.demo-users"));
            demo.addClassName("login-demo");
            demo.setId("demo-users");
            panel.add(demo);
        }
        add(panel);
    }

    /** {@code waitSeconds} below zero: the usual wrong-name-or-password message. */
    private LoginI18n i18n(long waitSeconds) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        if (waitSeconds >= 0) {
            // Said the same way whether or not the user name exists.
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(waitSeconds < 120
                    ? getTranslation("login.locked.seconds", Math.max(1, waitSeconds))
                    : getTranslation("login.locked.minutes", (waitSeconds + 59) / 60));
        } else {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        }
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        long waitSeconds = parameters.containsKey("locked") ? seconds(parameters.get("locked")) : -1;
        LoginI18n i18n = i18n(waitSeconds);
        if (parameters.containsKey("expired")) {
            // The form was sent with a missing or made-up CSRF token (base.security.ExpiredSignInForm).
            i18n.getErrorMessage().setTitle(getTranslation("login.expired.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.expired.message"));
        }
        form.setI18n(i18n);
        form.setError(waitSeconds >= 0 || parameters.containsKey("error") || parameters.containsKey("expired"));
    }

    /** The wait the redirect carries; anything else typed there reads as a short wait, never an error. */
    private static long seconds(java.util.List<String> values) {
        String value = values.isEmpty() ? "" : values.getFirst();
        if (!value.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.min(Long.parseLong(value), MAX_SHOWN_SECONDS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
