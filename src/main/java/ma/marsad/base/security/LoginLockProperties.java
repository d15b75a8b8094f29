package ma.marsad.base.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Guessing passwords is slowed down: {@code maxFailures} wrong passwords for one user name within
 * {@code failureWindow} lock that name for {@code lockDuration}, on the login page and on the API alike.
 */
@ConfigurationProperties("marsad.login")
public record LoginLockProperties(@DefaultValue("5") int maxFailures,
                                  @DefaultValue("15m") Duration failureWindow,
                                  @DefaultValue("15m") Duration lockDuration) {

    /** The lock in whole minutes, as the login page tells it (at least 1). */
    public long lockMinutes() {
        return Math.max(1, lockDuration.toMinutes());
    }
}
