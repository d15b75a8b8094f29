package ma.marsad.base.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser-side protections, set on every response before anything else runs (UI pages, static files,
 * chart images, the API, error pages), so that no later writer can leave one out.
 */
class SecurityHeaders extends OncePerRequestFilter {

    /**
     * What the pages may load and run. Vaadin Flow needs 'unsafe-inline' and 'unsafe-eval' for scripts and
     * 'unsafe-inline' for styles (its bootstrap page starts the client engine inline, and the engine runs the
     * server's JavaScript by building functions); everything else comes from Marsad itself, images also as
     * data: or blob: URLs. No page may be framed, no plugin loaded, no form sent elsewhere.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        // For browsers that predate frame-ancestors; Vaadin keeps a header it finds already set.
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // An error page is a response too: it gets the same headers.
        return false;
    }
}
