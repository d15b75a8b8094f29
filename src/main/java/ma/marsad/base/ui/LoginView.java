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
import ma.marsad.base.security.LoginLockProperties;

/** The sign-in page; in the default profile it lists the demo users. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Where a refused sign-in lands: a wrong user name or password. */
    public static final String FAILED = "login?error";
    /** Where a sign-in lands when its user name is locked after too many wrong passwords. */
    public static final String LOCKED = "login?locked";

    private final LoginForm form = new LoginForm();
    private final LoginLockProperties lock;

    LoginView(AccountProperties accounts, LoginLockProperties lock, PageLanguage pageLanguage) {
        this.lock = lock;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));

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

    private LoginI18n i18n(boolean locked) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        if (locked) {
            // Said the same way whether or not the user name exists.
            i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", lock.lockMinutes()));
        } else {
            i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        }
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        boolean locked = parameters.containsKey("locked");
        form.setI18n(i18n(locked));
        form.setError(locked || parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
