package ma.marsad.base.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How guessing passwords is slowed down (docs/decisions/012-sign-in-throttling.md). Wrong passwords are counted
 * three ways: for one user name from one client address, from one address whatever the name, and for one user
 * name from every address. Past its free failures, each count makes the next attempt wait, first
 * {@code firstWait}, then twice as long after every further wrong password, up to {@code longestWait}; a count is
 * forgotten {@code forgetAfter} after its last wrong password. A sign-in from an address that has not failed is
 * never made to wait.
 *
 * @param freeFailuresPerAccountAndAddress wrong passwords for one name from one address before it waits
 * @param freeFailuresPerAddress           wrong passwords from one address, any names, before it waits
 * @param freeFailuresPerAccount           wrong passwords for one name from all addresses before the addresses
 *                                         that failed on it wait
 */
@ConfigurationProperties("marsad.login")
public record SignInThrottleProperties(@DefaultValue("5") int freeFailuresPerAccountAndAddress,
                                       @DefaultValue("30") int freeFailuresPerAddress,
                                       @DefaultValue("50") int freeFailuresPerAccount,
                                       @DefaultValue("1s") Duration firstWait,
                                       @DefaultValue("15m") Duration longestWait,
                                       @DefaultValue("1h") Duration forgetAfter) {

    /** The wait after the {@code failures}-th wrong password of a count that allows {@code free}; zero within them. */
    public Duration waitAfter(int failures, int free) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = failures - free - 1;
        if (doublings >= 30) {
            return longestWait;
        }
        Duration wait = firstWait.multipliedBy(1L << doublings);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
