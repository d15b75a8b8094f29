package ma.marsad.indicator;

import java.math.BigDecimal;

/** The cumulative figure an indicator should have reached by the end of {@code year}. */
public record Milestone(int year, BigDecimal target) {
}
