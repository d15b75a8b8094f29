package ma.marsad.forecast.engine;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

/**
 * A straight line from the last figure at the recent pace, with its prediction interval, simulated. The running
 * total moves each quarter by the recency-weighted mean increment μ plus an error of the increments' weighted
 * spread σ; μ itself is uncertain (σ/√n_eff, n_eff the effective number of weighted increments), so the band widens
 * with the horizon as a linear trend's prediction interval does: Var(h) ≈ h·σ² + h²·σ²/n_eff. Both the pace's error
 * and the quarterly errors follow Student's t law with n_eff − 1 degrees of freedom (or the normal law if
 * {@code heavyTails} is off): shocks and changes of pace are more common than a normal law allows.
 */
public record Drift(RecencyWeights weights, boolean heavyTails) implements ForecastMethod {

    @Override
    public String name() {
        return "Drift with prediction interval" + (heavyTails ? ", Student-t errors" : ", normal errors")
                + " (half-life " + weights.halfLife() + " quarters)";
    }

    @Override
    public double[][] simulate(double[] observed, int horizon, int paths, RandomGenerator random) {
        double[] d = ForecastMethod.increments(observed);
        double[] w = weights.of(d.length);
        double mean = new Mean().evaluate(d, w);
        double spread = d.length > 1 ? Math.sqrt(new Variance().evaluate(d, w, mean)) : 0;
        double effective = RecencyWeights.effectiveCount(w);
        StudentT t = new StudentT(random, Math.max(1, effective - 1));
        double last = observed[observed.length - 1];
        double[][] result = new double[paths][horizon];
        for (int p = 0; p < paths; p++) {
            double pace = mean + t.sample() * spread / Math.sqrt(effective);
            double level = last;
            for (int k = 0; k < horizon; k++) {
                level += pace + (heavyTails ? t.sample() : random.nextGaussian()) * spread;
                result[p][k] = level;
            }
        }
        return result;
    }
}
