package ma.marsad.forecast;

/** Why an indicator has no chance figure. */
public enum ChanceNote {
    /** Fewer quarters with figures than the forecast needs (marsad.forecast.minimum-quarters, 6). */
    NOT_ENOUGH_FIGURES,
    /** The deadline's quarter has closed: the target was reached or not, there is nothing left to forecast. */
    DEADLINE_PASSED
}
