package ma.marsad.forecast.engine;

/**
 * Weights that halve every {@code halfLife} quarters back from the latest: a programme that stopped gaining a year
 * ago is forecast from its recent quarters, not from its early pace.
 */
public record RecencyWeights(double halfLife) {

    public RecencyWeights {
        if (!(halfLife > 0)) {
            throw new IllegalArgumentException("The half-life must be positive, got " + halfLife);
        }
    }

    /** One weight per value, the last (most recent) weighing 1. */
    public double[] of(int count) {
        double[] w = new double[count];
        for (int i = 0; i < count; i++) {
            w[i] = Math.pow(0.5, (count - 1 - i) / halfLife);
        }
        return w;
    }

    /** Kish's effective number of values: (Σw)² / Σw². */
    public static double effectiveCount(double[] w) {
        double sum = 0;
        double squares = 0;
        for (double x : w) {
            sum += x;
            squares += x * x;
        }
        return sum * sum / squares;
    }
}
