package ma.marsad.chart;

import java.util.List;

import ma.marsad.forecast.FanPoint;

/**
 * The forecast a progress chart draws: the 80 % band as a shaded fan from the last actual quarter to the deadline,
 * the central forecast dashed through it, named {@code label} in the legend.
 */
public record ChartForecast(String label, List<FanPoint> fan) {

    public ChartForecast {
        fan = List.copyOf(fan);
    }
}
