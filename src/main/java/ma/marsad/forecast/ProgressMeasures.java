package ma.marsad.forecast;

import ma.marsad.base.Quarter;
import ma.marsad.forecast.ProgressMeasure.Category;
import ma.marsad.forecast.ProgressMeasure.Method;
import ma.marsad.indicator.IndicatorKind;

/**
 * The UN progress measure of one series (docs/forecast.md, "The UN progress measure"). Time is counted in years of
 * four quarters. A count (CUMULATIVE) starts from zero at its start date, so it is always measured by its linear
 * pace; a LEVEL from its first reported level; an ANNUAL target by four-quarter totals, from the first four quarters'
 * to the last four quarters'. The target is the deadline's.
 */
final class ProgressMeasures {

    private final int minimumQuarters;

    ProgressMeasures(int minimumQuarters) {
        this.minimumQuarters = minimumQuarters;
    }

    ProgressMeasure of(SeriesFigures s) {
        if (s.quartersWithFigures() < minimumQuarters) {
            return new ProgressMeasure(Category.NOT_ENOUGH_FIGURES, null, null);
        }
        if (s.kind() == IndicatorKind.CUMULATIVE) {
            // Zero at the start of the start date's quarter; the latest and the target at quarters' ends.
            Quarter start = s.startQuarter().isBefore(s.first()) ? s.startQuarter() : s.first();
            return measure(0, s.toDateAt(s.last()), s.targetAtDeadline(), (start.quartersUntil(s.last()) + 1) / 4.0,
                    (start.quartersUntil(s.deadlineQuarter()) + 1) / 4.0);
        }
        boolean annual = s.kind() == IndicatorKind.ANNUAL;
        Quarter baseQuarter = annual ? s.first().next().next().next() : s.first();
        double base = annual ? s.yearEndingAt(baseQuarter) : s.toDateAt(baseQuarter);
        double latest = annual ? s.yearEndingAt(s.last()) : s.toDateAt(s.last());
        return measure(base, latest, s.targetAtDeadline(), baseQuarter.quartersUntil(s.last()) / 4.0,
                baseQuarter.quartersUntil(s.deadlineQuarter()) / 4.0);
    }

    /**
     * @param yearsSoFar  from the base to the latest figure
     * @param yearsToGoal from the base to the deadline
     */
    static ProgressMeasure measure(double base, double latest, double target, double yearsSoFar, double yearsToGoal) {
        boolean achieved = latest >= target;
        if (yearsSoFar <= 0 || yearsToGoal <= 0 || target <= base) {
            // Nothing to compare: no time has passed, or the target asks for no growth from the base.
            return new ProgressMeasure(achieved ? Category.ACHIEVED : Category.DETERIORATION, null, null);
        }
        double ratio;
        Method method;
        if (base > 0) {
            double observed = latest <= 0 ? -1 : Math.pow(latest / base, 1 / yearsSoFar) - 1;
            double needed = Math.pow(target / base, 1 / yearsToGoal) - 1;
            ratio = observed / needed;
            method = Method.CAGR;
        } else {
            double observed = (latest - base) / yearsSoFar;
            double needed = (target - base) / yearsToGoal;
            ratio = observed / needed;
            method = Method.LINEAR_PACE;
        }
        double rounded = Math.rint(ratio * 100) / 100;
        return new ProgressMeasure(achieved ? Category.ACHIEVED : ProgressMeasure.categoryOf(ratio), rounded, method);
    }
}
