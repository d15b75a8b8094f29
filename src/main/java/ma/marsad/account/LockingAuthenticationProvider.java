package ma.marsad.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one way a password is checked, for the login form and HTTP Basic alike: a locked user name is refused
 * before its password is looked at; a wrong password is counted; a right one clears the count.
 */
@Component
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginLockout lockout;

    LockingAuthenticationProvider(AccountDetailsService accounts, PasswordEncoder passwordEncoder,
                                  LoginLockout lockout) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(passwordEncoder);
        this.lockout = lockout;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        if (lockout.isLocked(name)) {
            // The same refusal whether or not the name exists; the login page words it.
            throw new LockedException("Too many wrong passwords for this user name");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            lockout.succeeded(name);
            return result;
        } catch (BadCredentialsException e) {
            lockout.failed(name);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
