package ma.marsad.excelimport;

import java.time.Duration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The parse time-out of the tests' shared context, which a test may shorten for a while: a file is then cut
 * off after milliseconds, without a test that waits a minute. Outside {@link #shortenedTo} it is the
 * configured one.
 */
public class AdjustableParseTimeout extends ParseTimeout {

    private volatile Duration override;

    AdjustableParseTimeout(ImportProperties properties) {
        super(properties);
    }

    @Override
    public Duration limit() {
        Duration shortened = override;
        return shortened == null ? super.limit() : shortened;
    }

    /** Shortens the time-out until the returned handle is closed. */
    public Restore shortenedTo(Duration limit) {
        override = limit;
        return () -> override = null;
    }

    /** Puts the configured time-out back. */
    public interface Restore extends AutoCloseable {
        @Override
        void close();
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        AdjustableParseTimeout adjustableParseTimeout(ImportProperties properties) {
            return new AdjustableParseTimeout(properties);
        }
    }
}
