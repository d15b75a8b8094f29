package ma.marsad.forecast.engine;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import ma.marsad.base.Quarter;
import ma.marsad.indicator.IndicatorKind;

/**
 * Possible futures of one indicator, measured the way its kind says: the running total (CUMULATIVE), the level
 * (LEVEL) or the calendar year's total so far (ANNUAL, which starts again from zero each January).
 */
public final class Projection {

    /** [path][k]: the measure at the end of the k-th quarter after the last observed one. */
    private final double[][] values;
    private final Percentile percentile = new Percentile();
    private int sortedFor = -1;

    private Projection(double[][] values) {
        this.values = values;
    }

    /**
     * @param first   the first observed quarter
     * @param running the running totals (cumulative sum of the flows, or the level) at the end of each observed
     *                quarter from {@code first} on, without gaps
     */
    public static Projection of(IndicatorKind kind, Quarter first, double[] running, int horizon,
                                ForecastMethod method, int paths, RandomGenerator random) {
        double[][] totals = method.simulate(running, horizon, paths, random);
        if (kind != IndicatorKind.LEVEL) {
            // Counts only add up: a path never goes below where it already was.
            for (double[] path : totals) {
                double floor = running[running.length - 1];
                for (int k = 0; k < horizon; k++) {
                    floor = Math.max(floor, path[k]);
                    path[k] = floor;
                }
            }
        }
        if (kind != IndicatorKind.ANNUAL) {
            return new Projection(totals);
        }
        Quarter last = first;
        for (int i = 1; i < running.length; i++) {
            last = last.next();
        }
        double[][] yearToDate = new double[paths][horizon];
        Quarter q = last;
        for (int k = 0; k < horizon; k++) {
            q = q.next();
            // The running total at the end of the previous year: observed, simulated, or 0 before the first figure.
            int yearEnd = first.quartersUntil(new Quarter(q.year() - 1, 4));
            for (int p = 0; p < paths; p++) {
                double before = yearEnd < 0 ? 0
                        : yearEnd < running.length ? running[yearEnd]
                        : totals[p][yearEnd - running.length];
                yearToDate[p][k] = totals[p][k] - before;
            }
        }
        return new Projection(yearToDate);
    }

    public int horizon() {
        return values.length == 0 ? 0 : values[0].length;
    }

    /** The {@code share} quantile (0–1) of the measure {@code k} + 1 quarters after the last observed one. */
    public double quantile(int k, double share) {
        if (sortedFor != k) {
            double[] column = new double[values.length];
            for (int p = 0; p < values.length; p++) {
                column[p] = values[p][k];
            }
            percentile.setData(column);
            sortedFor = k;
        }
        return percentile.evaluate(share * 100);
    }

    /** The share of paths whose measure is at least {@code threshold} at quarter {@code k}. */
    public double shareAtLeast(int k, double threshold) {
        int count = 0;
        // A path that lands on the target reaches it, whatever the last bits of its floating-point sum say.
        double reached = threshold - 1e-9 * Math.max(1, Math.abs(threshold));
        for (double[] path : values) {
            if (path[k] >= reached) {
                count++;
            }
        }
        return (double) count / values.length;
    }
}
