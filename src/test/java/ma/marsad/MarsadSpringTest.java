package ma.marsad;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import ma.marsad.excelimport.AdjustableParseTimeout;

/**
 * The whole application on a random loopback port and an in-memory H2, with the seeded targets and
 * the sample figures, on 23 November 2026. Every test class that uses it shares one Spring context.
 * Keep it that way: each context that starts installs Vaadin's security-context strategy JVM-wide,
 * and browserless tests in an older context would then lose their mock user.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({FixedClockConfiguration.class, AdjustableParseTimeout.Configuration.class})
public @interface MarsadSpringTest {
}
