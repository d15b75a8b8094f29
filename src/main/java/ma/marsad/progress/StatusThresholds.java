package ma.marsad.progress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Actual as a share of expected-to-date: on track from {@code onTrack} (0.95), at risk from
 * {@code atRisk} (0.75), off track below.
 */
@ConfigurationProperties("marsad.status")
public record StatusThresholds(@DefaultValue("0.95") double onTrack, @DefaultValue("0.75") double atRisk) {

    public StatusThresholds {
        if (!(atRisk > 0 && atRisk <= onTrack && onTrack <= 1)) {
            throw new IllegalArgumentException(
                    "marsad.status needs 0 < at-risk <= on-track <= 1, got at-risk=" + atRisk + ", on-track=" + onTrack);
        }
    }
}
