package ma.marsad.base.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A sign-in form sent with a missing, expired or made-up CSRF token goes back to the sign-in page, which says the
 * form had expired (a page left open past its session, or a forged form): a 302, not an error page. Anyone can send
 * such forms as fast as they like, so the log says it at most once a minute, as a warning with the count.
 */
public final class ExpiredSignInForm implements AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSignInForm.class);
    private static final Duration LOG_EVERY = Duration.ofMinutes(1);

    /** Where the refused form lands; the page reads the parameter. */
    public static final String PAGE = "/login?expired";

    private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();
    private final Clock clock;
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.MIN);
    private final AtomicLong refused = new AtomicLong();

    public ExpiredSignInForm(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        if (!(denied instanceof CsrfException)) {
            otherwise.handle(request, response, denied);
            return;
        }
        long count = refused.incrementAndGet();
        Instant now = clock.instant();
        Instant last = lastLogged.get();
        if (!now.isBefore(last.plus(LOG_EVERY)) && lastLogged.compareAndSet(last, now)) {
            refused.addAndGet(-count);
            log.warn("{} sign-in form(s) refused since the last warning: missing, expired or made-up CSRF token", count);
        }
        response.sendRedirect(request.getContextPath() + PAGE);
    }
}
