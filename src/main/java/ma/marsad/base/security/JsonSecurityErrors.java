package ma.marsad.base.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** API callers get 401, 403 and 429 (too many wrong passwords) as JSON, never a login page. */
@Component
class JsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException authException) throws IOException {
        if (authException instanceof SignInPausedException paused) {
            // Refused before the password was looked at: the answer says when to try again, nothing else.
            response.setHeader("Retry-After", Long.toString(paused.retryAfterSeconds()));
            long seconds = paused.retryAfterSeconds();
            write(response, 429, "Too many wrong passwords from this address: try again in "
                    + (seconds == 1 ? "1 second." : seconds + " seconds."));
            return;
        }
        // realm so that curl and browsers know to send credentials
        response.setHeader("WWW-Authenticate", "Basic realm=\"Marsad\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED,
                "Authentication required: send a user name and password (HTTP Basic).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException accessDeniedException) throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "Your role does not allow this request.");
    }

    private static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        // The messages are fixed texts without quotes or backslashes, so no escaping is needed.
        response.getWriter().write("{\"error\":\"" + message + "\"}");
    }
}
