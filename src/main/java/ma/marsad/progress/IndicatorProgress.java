package ma.marsad.progress;

import java.util.List;
import java.util.Optional;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;

/**
 * Where an indicator stands, nationally, at the end of {@code asOf}: the last closed quarter, or a
 * later one if figures for it are already in.
 *
 * @param target          the target compared against: the whole target, or this year's for ANNUAL
 * @param percentAchieved actual / target × 100
 * @param forecast        where the recent trend leads by the deadline (by year end for ANNUAL)
 * @param runRateNeeded   what each remaining quarter must add to reach the target; null when no
 *                        quarter remains
 * @param series          one point per quarter from the start (or the first figure) to asOf
 * @param path            the expected path, quarter by quarter, from the start to the deadline
 * @param region          the region whose share is shown alongside, if one was chosen
 * @param regionActual    that region's actual, measured like the national one
 * @param includesUnapprovedFigures whether figures not yet approved by a manager were counted (only when
 *                        asked for: by default only approved figures are)
 */
public record IndicatorProgress(
        IndicatorDetails indicator,
        Quarter asOf,
        double actual,
        double target,
        double percentAchieved,
        double expectedToDate,
        ProgressStatus status,
        Double forecast,
        Double runRateNeeded,
        List<QuarterPoint> series,
        List<PathPoint> path,
        boolean includesSampleFigures,
        Optional<Region> region,
        Double regionActual,
        boolean includesUnapprovedFigures) {

    public IndicatorProgress {
        series = List.copyOf(series);
        path = List.copyOf(path);
    }

    public boolean hasData() {
        return status != ProgressStatus.NO_DATA;
    }
}
