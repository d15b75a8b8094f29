package ma.marsad.dashboard;

import ma.marsad.base.Quarter;
import ma.marsad.indicator.IndicatorDetails;

/** An indicator with no figure at all, not even one waiting for approval, for a quarter that has closed. */
public record OverdueIndicator(IndicatorDetails indicator, Quarter quarter) {
}
