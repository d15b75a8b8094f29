package ma.marsad.account;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import ma.marsad.base.security.SignInPausedException;

/**
 * The one way a password is checked, for the login form and HTTP Basic alike: an address that must still wait
 * (SignInThrottle) is refused before the password is looked at; a wrong password is counted; a right one clears
 * this address's count for the name. The client address is the request's remote address, which Tomcat takes from
 * X-Forwarded-For only when the request comes through a trusted proxy (server.tomcat.remoteip.*).
 */
@Component
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    LockingAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
                                  SignInThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        String address = addressOf(authentication);
        Optional<java.time.Duration> wait = throttle.waitBefore(name, address);
        if (wait.isPresent()) {
            // The same refusal whether or not the name exists, and before the password is looked at.
            throw new SignInPausedException(wait.get());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(name, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(name, address);
            throw e;
        }
    }

    /** Both the login form and HTTP Basic attach the request's details, with its remote address. */
    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
