package ma.marsad.forecast.engine;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * A way to imagine an indicator's next quarters. Given the running totals observed so far (the cumulative sum
 * of the flows, or the level), it draws {@code paths} possible futures of {@code horizon} quarters each.
 */
public interface ForecastMethod {

    /** Its name in the backtest's table and in docs/forecast.md. */
    String name();

    /**
     * @param observed the running totals at the end of each observed quarter, oldest first (at least 2)
     * @return {@code paths} rows of {@code horizon} running totals, the quarter after the last observed first
     */
    double[][] simulate(double[] observed, int horizon, int paths, RandomGenerator random);

    /** The quarter-to-quarter changes of the running totals: n - 1 values for n totals. */
    static double[] increments(double[] observed) {
        double[] d = new double[observed.length - 1];
        for (int i = 1; i < observed.length; i++) {
            d[i - 1] = observed[i] - observed[i - 1];
        }
        return d;
    }
}
