package ma.marsad.forecast.engine;

import org.apache.commons.math3.distribution.EnumeratedIntegerDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Replays the past: each future path is made of blocks of {@code blockLength} consecutive observed quarterly
 * increments, recent blocks drawn more often ({@link RecencyWeights}). Blocks keep a good (or bad) run together
 * instead of taking it as noise.
 */
public record BlockBootstrap(int blockLength, RecencyWeights weights) implements ForecastMethod {

    @Override
    public String name() {
        return "Block bootstrap (blocks of " + blockLength + ", half-life " + weights.halfLife() + " quarters)";
    }

    @Override
    public double[][] simulate(double[] observed, int horizon, int paths, RandomGenerator random) {
        double[] d = ForecastMethod.increments(observed);
        int length = Math.min(blockLength, d.length);
        int blocks = d.length - length + 1;
        int[] starts = new int[blocks];
        double[] w = weights.of(d.length);
        double[] blockWeights = new double[blocks];
        for (int s = 0; s < blocks; s++) {
            starts[s] = s;
            blockWeights[s] = w[s + length - 1];
        }
        EnumeratedIntegerDistribution pick = new EnumeratedIntegerDistribution(random, starts, blockWeights);
        double last = observed[observed.length - 1];
        double[][] result = new double[paths][horizon];
        for (int p = 0; p < paths; p++) {
            double level = last;
            int k = 0;
            while (k < horizon) {
                int start = pick.sample();
                for (int j = 0; j < length && k < horizon; j++, k++) {
                    level += d[start + j];
                    result[p][k] = level;
                }
            }
        }
        return result;
    }
}
