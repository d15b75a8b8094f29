package ma.marsad.progress;

import java.util.Map;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;

/**
 * The headline figures of one indicator's dashboard card, nationally, with every region's share: what the
 * card says whichever region is chosen, without the series behind its chart.
 *
 * @param regionActuals each region's actual at {@code asOf}, measured like the national one (0 without figures)
 */
public record ProgressSummary(IndicatorDetails indicator, Quarter asOf, double actual, double target,
                              double expectedToDate, ProgressStatus status, Double forecast,
                              Map<Region, Double> regionActuals) {

    public ProgressSummary {
        regionActuals = Map.copyOf(regionActuals);
    }
}
