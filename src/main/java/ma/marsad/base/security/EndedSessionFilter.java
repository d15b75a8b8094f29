package ma.marsad.base.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session signed in before an administrator ended that person's sessions, on whichever
 * instance holds it. The instance where the administrator acted ends its own sessions at once (the session
 * registry); this filter does it for the others, from the time kept in the database. Times are real time, not
 * the application's Clock (the business date, which tests fix): they compare moments of sign-in and ending.
 */
class EndedSessionFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = EndedSessionFilter.class.getName() + ".signedInAt";

    private final EndedSessions endedSessions;
    private final Clock realTime;

    EndedSessionFilter(EndedSessions endedSessions, Clock realTime) {
        this.endedSessions = endedSessions;
        this.realTime = realTime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && signedIn != null && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken)) {
            Instant at = (Instant) session.getAttribute(SIGNED_IN_AT);
            if (at == null) {
                // A session signed in before this instance stamped it: its first request here stands for it.
                at = realTime.instant();
                session.setAttribute(SIGNED_IN_AT, at);
            }
            Optional<Instant> ended = endedSessions.endedAt(signedIn.getName());
            if (ended.isPresent() && !at.isAfter(ended.get())) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login");
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Stamps a session with the moment its sign-in succeeded. */
    static void signedIn(HttpSession session, Clock realTime) {
        session.setAttribute(SIGNED_IN_AT, realTime.instant());
    }
}
