package ma.marsad.base.refusals;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two ways the error page itself answered 500. Asked for directly ({@code GET /error}), it had no error to show
 * (status 999): it is now a page that does not exist, 404. And after a refusal from a handler that had already set
 * its own content type (Vaadin's, text/plain, for {@code /?v-r=oldbrowser}), the error page could not write its
 * JSON in that type: the error answer now starts without the failed answer's content type.
 */
@Configuration(proxyBeanMethods = false)
class ErrorPages {

    static final String ERROR_PATH = "/error";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> directErrorPageIsNotFound() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws IOException {
                        response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    }
                });
        registration.addUrlPatterns(ERROR_PATH, ERROR_PATH + "/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> errorPageStartsWithoutTheFailedContentType() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        if (!response.isCommitted()) {
                            response.setContentType(null);
                        }
                        chain.doFilter(request, response);
                    }

                    @Override
                    protected boolean shouldNotFilterErrorDispatch() {
                        return false;
                    }
                });
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
