package ma.marsad.base.security;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In production, says once in the log when Marsad is reached over plain HTTP: passwords and session cookies
 * would cross the network readable. A request counts as secure when it came over HTTPS or through a proxy
 * that says so (X-Forwarded-Proto: https).
 */
@Component
@Profile("prod")
class PlainHttpWarning extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PlainHttpWarning.class);

    private final AtomicBoolean warned = new AtomicBoolean();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!warned.get() && !request.isSecure() && !"https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))
                && warned.compareAndSet(false, true)) {
            log.warn("Marsad is served over plain HTTP: passwords and session cookies cross the network unencrypted."
                    + " Serve it over HTTPS (server.ssl.*), or behind a proxy that terminates HTTPS and sends"
                    + " X-Forwarded-Proto: https (with server.forward-headers-strategy=native).");
        }
        chain.doFilter(request, response);
    }
}
