package ma.marsad;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Tests run on 23 November 2026, so the last closed quarter, and every status, is known. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClockConfiguration {

    public static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneId.of("Africa/Casablanca"));

    @Bean
    @Primary
    Clock fixedClock() {
        return Clock.fixed(NOW.toInstant(), NOW.getZone());
    }
}
