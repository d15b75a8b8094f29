package ma.marsad.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.random.Well19937c;

import ma.marsad.base.Quarter;
import ma.marsad.forecast.engine.ForecastMethod;
import ma.marsad.forecast.engine.Projection;
import ma.marsad.indicator.IndicatorKind;

/**
 * The forecast checked against history: for each series, the last {@link #HIDDEN} quarters are hidden, forecast
 * from the quarters before them, and compared with what happened (docs/forecast.md holds the table).
 */
final class Backtest {

    static final int HIDDEN = 4;

    /** A series to check: its running totals (or levels) quarter by quarter, hidden quarters included. */
    record Case(String name, IndicatorKind kind, double[] running) {
    }

    /**
     * What a method scored over a set of series.
     *
     * @param maeScaled      mean absolute error of the central forecast, each series' errors divided by its mean
     *                       absolute quarterly change (so large and small series weigh alike)
     * @param naiveMaeScaled the same for the naive forecast: the last figure plus the last four quarters' average
     *                       change per quarter
     * @param brier          mean squared difference between the chance that the series keeps its average pace over
     *                       the hidden year and what happened (1 or 0)
     * @param baseRate       how often it did keep its pace: a constant chance of that much scores baseRate × (1 − baseRate)
     */
    record Score(String method, String set, int series, int points, double inside80, double inside95,
                 double maeScaled, double naiveMaeScaled, double brier, double baseRate) {

        String row() {
            return String.format(Locale.ROOT, "| %s | %s | %d | %d | %.1f %% | %.1f %% | %.2f | %.2f | %.3f | %.3f |",
                    method, set, series, points, inside80 * 100, inside95 * 100, maeScaled, naiveMaeScaled, brier,
                    baseRate * (1 - baseRate));
        }
    }

    static final String HEADER = """
            | Method | Series | Count | Hidden points | Inside 80 % band | Inside 95 % band | MAE (scaled) | Naive MAE (scaled) | Brier | Brier of the base rate |
            |---|---|---|---|---|---|---|---|---|---|""";

    private Backtest() {
    }

    static Score run(ForecastMethod method, String set, List<Case> cases, int paths, long seed) {
        int points = 0;
        int inside80 = 0;
        int inside95 = 0;
        double error = 0;
        double naiveError = 0;
        double brier = 0;
        int kept = 0;
        int counted = 0;
        for (int c = 0; c < cases.size(); c++) {
            Case one = cases.get(c);
            int n = one.running().length - HIDDEN;
            if (n < 3) {
                continue;
            }
            double[] observed = java.util.Arrays.copyOf(one.running(), n);
            double[] increments = ForecastMethod.increments(observed);
            double scale = 0;
            for (double d : increments) {
                scale += Math.abs(d);
            }
            scale = Math.max(scale / increments.length, 1e-9);
            Projection projection = Projection.of(one.kind(), new Quarter(2000, 1), observed, HIDDEN, method, paths,
                    new Well19937c(seed + c));
            double last = observed[n - 1];
            double recentPace = naivePace(one.kind(), observed);
            for (int k = 0; k < HIDDEN; k++) {
                double actual = one.running()[n + k];
                points++;
                if (actual >= projection.quantile(k, 0.10) && actual <= projection.quantile(k, 0.90)) {
                    inside80++;
                }
                if (actual >= projection.quantile(k, 0.025) && actual <= projection.quantile(k, 0.975)) {
                    inside95++;
                }
                error += Math.abs(projection.quantile(k, 0.5) - actual) / scale;
                naiveError += Math.abs(last + recentPace * (k + 1) - actual) / scale;
            }
            double averagePace = (observed[n - 1] - observed[0]) / (n - 1);
            double threshold = last + averagePace * HIDDEN;
            double chance = projection.shareAtLeast(HIDDEN - 1, threshold);
            int happened = one.running()[n + HIDDEN - 1] >= threshold ? 1 : 0;
            brier += (chance - happened) * (chance - happened);
            kept += happened;
            counted++;
        }
        return new Score(method.name(), set, counted, points, (double) inside80 / points, (double) inside95 / points,
                error / points, naiveError / points, brier / counted, (double) kept / counted);
    }

    /** The dashboard's old forecast: the last four quarters' average flow, or the level's slope over them. */
    static double naivePace(IndicatorKind kind, double[] observed) {
        int n = observed.length;
        int window = Math.min(4, n);
        if (kind == IndicatorKind.LEVEL) {
            return window < 2 ? 0 : (observed[n - 1] - observed[n - window]) / (window - 1);
        }
        double before = n - window - 1 >= 0 ? observed[n - window - 1] : 0;
        return (observed[n - 1] - before) / window;
    }

    static List<Case> synthetic(long seed, int count) {
        List<Case> cases = new ArrayList<>();
        for (SyntheticSeries.Series s : SyntheticSeries.generate(seed, count, HIDDEN)) {
            cases.add(new Case(s.name(), s.kind(), s.running()));
        }
        return cases;
    }
}
