package ma.marsad.forecast.engine;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Draws from Student's t law as a normal draw over the root of a chi-squared one divided by its degrees of
 * freedom: the same law as commons-math's TDistribution, whose draws go through the inverse of its distribution
 * function and take about fifty times longer.
 */
final class StudentT {

    private final RandomGenerator random;
    private final GammaDistribution chiSquaredOverDf;

    StudentT(RandomGenerator random, double degreesOfFreedom) {
        this.random = random;
        // χ²(ν)/ν is Gamma(shape ν/2, scale 2/ν).
        this.chiSquaredOverDf = new GammaDistribution(random, degreesOfFreedom / 2, 2 / degreesOfFreedom);
    }

    double sample() {
        return random.nextGaussian() / Math.sqrt(chiSquaredOverDf.sample());
    }
}
