package ma.marsad.progress;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/** One reported figure, as the arithmetic needs it. */
record Figure(Quarter quarter, Region region, double value, boolean sample, boolean approved) {
}
