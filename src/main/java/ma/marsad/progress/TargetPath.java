package ma.marsad.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ma.marsad.base.Quarter;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.indicator.Milestone;

/**
 * Where an indicator should be at the end of a quarter. CUMULATIVE and LEVEL follow a straight line
 * from zero at the start date to the target at the deadline, bending through the per-year milestones
 * where the source gives them. ANNUAL restarts every calendar year: the year's target spread evenly
 * over its quarters (a milestone for a year replaces that year's target).
 */
final class TargetPath {

    private final IndicatorDetails indicator;
    private final Quarter firstQuarter;
    private final Quarter lastQuarter;
    /** Corners of the line: exclusive end instant (a day) → value reached by then. */
    private final List<Map.Entry<LocalDate, Double>> corners;

    TargetPath(IndicatorDetails indicator) {
        this.indicator = indicator;
        this.firstQuarter = Quarter.containing(indicator.startDate());
        this.lastQuarter = Quarter.containing(indicator.deadline());
        this.corners = corners(indicator);
    }

    Quarter firstQuarter() {
        return firstQuarter;
    }

    Quarter lastQuarter() {
        return lastQuarter;
    }

    /** The expected figure at the end of {@code quarter}. */
    double expectedAt(Quarter quarter) {
        if (indicator.kind() == IndicatorKind.ANNUAL) {
            return expectedInYear(quarter);
        }
        return valueAt(quarter.next().firstDay());
    }

    /** The target for the calendar year of {@code quarter} (ANNUAL), prorated in a partial first or last year. */
    double yearTarget(int year) {
        int active = activeQuartersIn(year, 4);
        return annualTarget(year) * active / 4.0;
    }

    /** Quarters after {@code quarter} still counting toward the target (to the deadline, or year end for ANNUAL). */
    int quartersRemainingAfter(Quarter quarter) {
        Quarter end = indicator.kind() == IndicatorKind.ANNUAL
                ? min(new Quarter(quarter.year(), 4), lastQuarter)
                : lastQuarter;
        return Math.max(0, quarter.quartersUntil(end));
    }

    private double expectedInYear(Quarter quarter) {
        return annualTarget(quarter.year()) * activeQuartersIn(quarter.year(), quarter.number()) / 4.0;
    }

    /** Quarters of {@code year}, up to quarter number {@code upTo}, that fall between start and deadline. */
    private int activeQuartersIn(int year, int upTo) {
        int count = 0;
        for (int n = 1; n <= upTo; n++) {
            Quarter q = new Quarter(year, n);
            if (!q.isBefore(firstQuarter) && !q.isAfter(lastQuarter)) {
                count++;
            }
        }
        return count;
    }

    private double annualTarget(int year) {
        return indicator.milestones().stream()
                .filter(m -> m.year() == year)
                .mapToDouble(m -> m.target().doubleValue())
                .findFirst()
                .orElse(indicator.target().doubleValue());
    }

    private double valueAt(LocalDate end) {
        Map.Entry<LocalDate, Double> previous = corners.getFirst();
        if (!end.isAfter(previous.getKey())) {
            return 0;
        }
        for (Map.Entry<LocalDate, Double> corner : corners.subList(1, corners.size())) {
            if (!end.isAfter(corner.getKey())) {
                double span = ChronoUnit.DAYS.between(previous.getKey(), corner.getKey());
                double done = ChronoUnit.DAYS.between(previous.getKey(), end);
                return previous.getValue() + (corner.getValue() - previous.getValue()) * done / span;
            }
            previous = corner;
        }
        return indicator.target().doubleValue();
    }

    private static List<Map.Entry<LocalDate, Double>> corners(IndicatorDetails indicator) {
        TreeMap<LocalDate, Double> points = new TreeMap<>();
        LocalDate start = indicator.startDate();
        LocalDate end = indicator.deadline().plusDays(1);
        points.put(start, 0.0);
        if (indicator.kind() != IndicatorKind.ANNUAL) {
            for (Milestone m : indicator.milestones()) {
                LocalDate yearEnd = LocalDate.of(m.year() + 1, 1, 1);
                if (yearEnd.isAfter(start) && yearEnd.isBefore(end)) {
                    points.put(yearEnd, m.target().doubleValue());
                }
            }
        }
        points.put(end, indicator.target().doubleValue());
        return new ArrayList<>(points.entrySet());
    }

    private static Quarter min(Quarter a, Quarter b) {
        return a.isBefore(b) ? a : b;
    }
}
