package ma.marsad.base.security;

import java.time.Clock;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.SessionLimit;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import ma.marsad.base.ui.LoginView;

/**
 * Two doors. /api/** takes HTTP Basic, keeps no session and answers 401 and 403 as JSON. Everything
 * else is the Vaadin UI behind the login view. In both, a view or endpoint is denied unless it names
 * the roles it allows with @RolesAllowed; only /actuator/health and the login page are open. The UI's
 * sessions are kept in a registry so that disabling an account ends its sessions at once. Both doors check
 * passwords the same way (account.LockingAuthenticationProvider: too many wrong ones from an address make it wait), and
 * every response carries the headers of {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, JsonSecurityErrors errors) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic auth sends no cookie a forged request could ride on.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, SessionRegistry sessions, RequestUtil vaadinRequests,
                                   EndedSessions endedSessions, Clock clock) throws Exception {
        // No limit on sessions: the registry is there to find a person's sessions, and an expired one
        // sends its next request to the login page.
        http.sessionManagement(s -> s.sessionConcurrency(c -> c.maximumSessions(SessionLimit.UNLIMITED)
                .sessionRegistry(sessions).expiredUrl("/login")));
        // The registry knows this instance's sessions only; sessions ended on another instance end here.
        http.addFilterBefore(new EndedSessionFilter(endedSessions, Clock.systemUTC()), AuthorizationFilter.class);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/images/**").permitAll()
                // Spring Boot's error page: without it an error would reach the client as an empty 403.
                .requestMatchers("/error").permitAll());
        // Vaadin protects its own requests with its own token; it would also let the login form's POST through
        // without Spring's token, which lets another site sign a browser in to an account of its choosing. So
        // only Vaadin's own requests skip Spring's token here: the login form sends it (from the page's meta tag).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        // After Vaadin's, so that Vaadin has named its login view by the time the form login sets itself up
        // (before, Spring would add its own generated login page).
        http.formLogin(form -> form.failureHandler(loginFailure()));
        // A sign-in form with a missing or made-up CSRF token goes back to the sign-in page, not to an error page.
        http.exceptionHandling(e -> e.defaultAccessDeniedHandlerFor(new ExpiredSignInForm(clock),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
        return http.build();
    }

    /**
     * Back to the login page: "?locked=N" when this address must wait N seconds before trying again (too many
     * wrong passwords from it), "?error" for any other refusal.
     */
    private static AuthenticationFailureHandler loginFailure() {
        AuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/" + LoginView.FAILED);
        return (request, response, exception) -> {
            if (exception instanceof SignInPausedException paused) {
                response.sendRedirect(request.getContextPath() + "/" + LoginView.LOCKED + "="
                        + paused.retryAfterSeconds());
            } else {
                failed.onAuthenticationFailure(request, response, exception);
            }
        };
    }

    /** Runs before every other filter, Spring Security's included, and on error pages too. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD,
                DispatcherType.ASYNC);
        return registration;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when a session ends (time-out, sign-out), so it forgets it. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** bcrypt, behind a delegating encoder so that stored hashes say which algorithm made them. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
