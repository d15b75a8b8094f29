package ma.marsad.base.security;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before its password is looked at, because the address it comes from has typed too many
 * wrong passwords lately (for this user name, or for any): it may try again after {@link #retryAfter()}.
 */
public class SignInPausedException extends LockedException {

    private final Duration retryAfter;

    public SignInPausedException(Duration retryAfter) {
        super("Too many wrong passwords from this address: try again later");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole seconds, at least one, as Retry-After and the login page say it. */
    public long retryAfterSeconds() {
        return Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    }
}
