package ma.marsad.forecast.engine;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * A weighted least-squares line through the running totals (recent quarters weigh more), extended to the horizon
 * with its prediction interval: ŷ(t) ± t(n_eff − 2)·s·√(1 + x(XᵀWX)⁻¹xᵀ). One draw of the t variable per path, so a
 * path stays above or below the line throughout.
 */
public record LinearTrend(RecencyWeights weights) implements ForecastMethod {

    @Override
    public String name() {
        return "Weighted linear trend with prediction interval (half-life " + weights.halfLife() + " quarters)";
    }

    @Override
    public double[][] simulate(double[] observed, int horizon, int paths, RandomGenerator random) {
        int n = observed.length;
        double[] w = weights.of(n);
        // Weighted least squares as ordinary least squares on rows scaled by √w.
        double[][] x = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double root = Math.sqrt(w[i]);
            x[i][0] = root;
            x[i][1] = root * i;
            y[i] = root * observed[i];
        }
        double[][] result = new double[paths][horizon];
        if (n < 3) {
            // Two points: the line through them, no spread to measure.
            double step = observed[n - 1] - observed[0];
            for (double[] row : result) {
                for (int k = 0; k < horizon; k++) {
                    row[k] = observed[n - 1] + step * (k + 1);
                }
            }
            return result;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.setNoIntercept(true);
        ols.newSampleData(y, x);
        double[] beta = ols.estimateRegressionParameters();
        double s2 = Math.max(0, ols.estimateErrorVariance());
        double[][] cov = ols.estimateRegressionParametersVariance();
        double effective = RecencyWeights.effectiveCount(w);
        TDistribution t = new TDistribution(random, Math.max(1, effective - 2));
        double[] centre = new double[horizon];
        double[] scale = new double[horizon];
        for (int k = 0; k < horizon; k++) {
            double at = n - 1 + k + 1;
            centre[k] = beta[0] + beta[1] * at;
            double leverage = cov[0][0] + 2 * at * cov[0][1] + at * at * cov[1][1];
            scale[k] = Math.sqrt(s2 * (1 + leverage));
        }
        for (double[] row : result) {
            double draw = t.sample();
            for (int k = 0; k < horizon; k++) {
                row[k] = centre[k] + draw * scale[k];
            }
        }
        return result;
    }
}
