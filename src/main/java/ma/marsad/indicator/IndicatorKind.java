package ma.marsad.indicator;

/** What a quarterly figure means for an indicator, because the sources' targets mean different things. */
public enum IndicatorKind {
    /** Quarterly figures are new counts that add up toward the target by the deadline. */
    CUMULATIVE,
    /** Quarterly figures add up per calendar year against a per-year target. */
    ANNUAL,
    /** The latest reported figure is the state (e.g. installed capacity in MW). */
    LEVEL
}
