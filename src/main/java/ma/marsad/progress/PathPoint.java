package ma.marsad.progress;

import ma.marsad.base.Quarter;

/** Where the target path says an indicator should be at the end of a quarter. */
public record PathPoint(Quarter quarter, double expected) {
}
