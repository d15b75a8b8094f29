package ma.marsad.progress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Invented demo figures (data/sample-progress.csv). On by default so that a first start shows a
 * living dashboard; off in the prod profile, where any sample figure left in the database is removed.
 */
@ConfigurationProperties("marsad.sample-data")
record SampleDataProperties(@DefaultValue("false") boolean enabled, Resource file) {
}
