package ma.marsad.forecast;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import ma.marsad.indicator.IndicatorKind;

/**
 * A long, seeded set of invented quarterly series for the backtest: steady trends, speeding up and slowing down,
 * plateaus (a programme that stops gaining), shocks (a one-off jump, a change of pace) and noise of every size,
 * as counts that add up (CUMULATIVE) and as levels that can also fall (LEVEL).
 */
final class SyntheticSeries {

    enum Shape { STEADY, GROWING, PLATEAU, JUMP, NEW_PACE, NOISY }

    record Series(String name, IndicatorKind kind, Shape shape, double[] running) {
    }

    private SyntheticSeries() {
    }

    /** {@code count} series of 6 to 30 observed quarters plus {@code hidden} more. */
    static List<Series> generate(long seed, int count, int hidden) {
        RandomGenerator random = new Well19937c(seed);
        List<Series> all = new ArrayList<>();
        Shape[] shapes = Shape.values();
        for (int i = 0; i < count; i++) {
            Shape shape = shapes[i % shapes.length];
            IndicatorKind kind = i % 4 == 3 ? IndicatorKind.LEVEL : IndicatorKind.CUMULATIVE;
            int length = 6 + random.nextInt(25) + hidden;
            double pace = Math.pow(10, 3 * random.nextDouble());
            double noise = shape == Shape.NOISY ? 0.4 + 0.6 * random.nextDouble() : 0.05 + 0.35 * random.nextDouble();
            double growth = shape == Shape.GROWING ? -0.06 + 0.14 * random.nextDouble() : 0;
            int turn = length / 3 + random.nextInt(length - length / 3);
            double after = switch (shape) {
                case PLATEAU -> 0.2 * random.nextDouble();
                case NEW_PACE -> 0.4 + 1.6 * random.nextDouble();
                default -> 1;
            };
            double jump = shape == Shape.JUMP ? (random.nextBoolean() ? 1 : -1) * (2 + 4 * random.nextDouble()) * pace : 0;
            double[] running = new double[length];
            double total = 0;
            for (int t = 0; t < length; t++) {
                double mean = pace * Math.pow(1 + growth, t) * (t >= turn ? after : 1);
                double step = mean * (1 + noise * random.nextGaussian()) + (t == turn ? jump : 0);
                if (kind == IndicatorKind.CUMULATIVE) {
                    step = Math.max(0, Math.rint(step));
                }
                total += step;
                running[t] = total;
            }
            all.add(new Series(shape + "-" + i, kind, shape, running));
        }
        return all;
    }
}
