package ma.marsad.base.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marsad is read from its own pages only: no answer carries Access-Control-Allow-* headers. Vaadin's push endpoint
 * (Atmosphere) echoed any Origin with credentials allowed, which would let another site read what the visitor's
 * session may read; the headers are dropped whoever sets them.
 */
@Configuration(proxyBeanMethods = false)
class NoCrossOriginReads {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> noCrossOriginHeaders() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                                    FilterChain chain) throws ServletException, IOException {
                        chain.doFilter(request, new WithoutCrossOriginHeaders(response));
                    }

                    @Override
                    protected boolean shouldNotFilterAsyncDispatch() {
                        return false;
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    private static final class WithoutCrossOriginHeaders extends HttpServletResponseWrapper {

        WithoutCrossOriginHeaders(HttpServletResponse response) {
            super(response);
        }

        private static boolean crossOrigin(String name) {
            return name != null && name.toLowerCase(Locale.ROOT).startsWith("access-control-");
        }

        @Override
        public void setHeader(String name, String value) {
            if (!crossOrigin(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!crossOrigin(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
