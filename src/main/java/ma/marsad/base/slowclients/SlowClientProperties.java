package ma.marsad.base.slowclients;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How request bodies are received so that slow clients cannot hold the request threads (docs/reliability.md,
 * "Limits"). A body up to {@code readAhead} is received whole before a thread works on the request, without
 * holding one while it arrives, and must arrive within {@code bodyTimeout}; at most {@code bodiesArriving} such
 * bodies arrive at once. A bigger body (a workbook) is read by its request's thread as usual: at most
 * {@code largeBodiesAtOnce} of those at once.
 */
@ConfigurationProperties("marsad.slow-clients")
public record SlowClientProperties(@DefaultValue("1MB") DataSize readAhead,
                                   @DefaultValue("20s") Duration bodyTimeout,
                                   @DefaultValue("2000") int bodiesArriving,
                                   @DefaultValue("10") int largeBodiesAtOnce) {
}
