package ma.marsad.indicator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the seeded targets come from. The default is data/targets.json, packaged into the jar under
 * seed/; point {@code marsad.seed.targets-file} at {@code file:...} to seed from another file.
 */
@ConfigurationProperties("marsad.seed")
record SeedProperties(Resource targetsFile) {
}
