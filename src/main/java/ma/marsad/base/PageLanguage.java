package ma.marsad.base;

import java.security.Principal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

/**
 * Gives each page its language: the one the person chose (remembered with their account, or in a cookie
 * before they sign in), else their browser's. Then tells the browser: {@code lang} for screen readers and
 * hyphenation, right to left for Arabic (Lumo's components mirror themselves).
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {

    private static final int A_YEAR = 365 * 24 * 3600;

    private final LanguagePreferences preferences;

    PageLanguage(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                ui.setLocale(languageFor(request));
            }
            apply(ui);
        });
    }

    /**
     * Switches to another language: remembered for the signed-in person and in a cookie, then the page
     * reloads so that every text, chart and number is drawn again in it.
     */
    public void choose(UI ui, Locale language) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal who = request == null ? null : request.getUserPrincipal();
        if (who != null) {
            preferences.remember(who.getName(), language);
        }
        if (VaadinService.getCurrentResponse() instanceof VaadinServletResponse response) {
            Cookie cookie = new Cookie(Languages.COOKIE, Languages.tag(language));
            cookie.setPath(pathOf(request));
            cookie.setMaxAge(A_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        ui.getPage().reload();
    }

    private Locale languageFor(VaadinRequest request) {
        Principal who = request.getUserPrincipal();
        Optional<Locale> remembered = who == null ? Optional.empty() : preferences.of(who.getName());
        String cookie = request instanceof VaadinServletRequest servlet
                ? ReaderLocaleResolver.cookie(servlet.getHttpServletRequest()) : null;
        List<Locale> browser = request.getHeader("Accept-Language") == null
                ? List.of() : Collections.list(request.getLocales());
        return Languages.choose(remembered, cookie, browser);
    }

    private static String pathOf(VaadinRequest request) {
        String context = request == null ? "" : request.getContextPath();
        return context == null || context.isEmpty() ? "/" : context;
    }

    static void apply(UI ui) {
        String language = ui.getLocale().getLanguage();
        ui.setDirection("ar".equals(language) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.lang = $0", language.isEmpty() ? "en" : language);
    }
}
