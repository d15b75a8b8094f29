package ma.marsad.base;

import java.util.Collections;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the API's messages, reports and templates when a request names none: the signed-in
 * person's chosen language, else the language cookie, else the browser's. Spring MVC hands it to every
 * controller's {@code Locale} parameter (the bean name replaces Spring Boot's Accept-Language resolver).
 */
@Component("localeResolver")
class ReaderLocaleResolver implements LocaleResolver {

    private final LanguagePreferences preferences;

    ReaderLocaleResolver(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        // Without an Accept-Language header the servlet container offers the server's own locale: not the reader's.
        return Languages.choose(remembered(), cookie(request), request.getHeader("Accept-Language") == null
                ? java.util.List.of() : Collections.list(request.getLocales()));
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen in the header, not by a request");
    }

    private Optional<Locale> remembered() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who == null || !who.isAuthenticated() || who instanceof AnonymousAuthenticationToken
                ? Optional.empty() : preferences.of(who.getName());
    }

    static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (Languages.COOKIE.equals(c.getName())) {
                return c.getValue();
            }
        }
        return null;
    }
}
