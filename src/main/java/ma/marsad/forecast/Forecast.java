package ma.marsad.forecast;

import java.time.LocalDate;
import java.util.List;

import ma.marsad.base.Quarter;

/**
 * Where an indicator is likely to be at its deadline, and the chance that it reaches its target by then.
 * <p>
 * Counts are whole numbers (as everywhere in Marsad); the chance is rounded to the percent and, for a target not yet
 * reached, never says 100 %.
 *
 * @param target              what is compared at the deadline: the target (CUMULATIVE, LEVEL) or the deadline year's
 *                            target (ANNUAL)
 * @param chance              0–1; null when {@code chanceNote} says why
 * @param achieved            the target is already reached (chance 1), or, once the deadline passed, was reached
 * @param quartersWithFigures how many quarters have figures, against {@code quartersNeeded}
 * @param central             the median forecast at the deadline; null without a forecast
 * @param fan                 from the last quarter with figures (its actual value) to the deadline's quarter; empty
 *                            without a forecast
 */
public record Forecast(double target, LocalDate deadline, Quarter deadlineQuarter, Double chance, ChanceNote chanceNote,
                       boolean achieved, int quartersWithFigures, int quartersNeeded, Double central, Double low80,
                       Double high80, Double low95, Double high95, List<FanPoint> fan) {

    public Forecast {
        fan = List.copyOf(fan);
    }

    /** True when there is a forecast band to show. */
    public boolean hasBand() {
        return central != null;
    }
}
