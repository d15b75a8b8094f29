package ma.marsad.forecast;

/**
 * The progress measure of the UN's SDG progress assessment as Open SDG computes it (Statistics Canada's method,
 * after Eurostat): the observed compound annual growth rate against the rate needed to reach the target on time.
 * Where the series starts at zero the growth rate means nothing, and the linear pace is used instead: gain so far
 * per year against gain needed per year. docs/forecast.md gives the formulas and the sources.
 *
 * @param ratio  observed / needed, rounded to two decimals; null when there is nothing to compare
 * @param method which ratio was used; null when none was computed
 */
public record ProgressMeasure(Category category, Double ratio, Method method) {

    /** Open SDG's categories, thresholds 0.95, 0.60 and 0 on the ratio. */
    public enum Category { SUBSTANTIAL, MODERATE, LIMITED, DETERIORATION, ACHIEVED, NOT_ENOUGH_FIGURES }

    public enum Method { CAGR, LINEAR_PACE }

    static final double SUBSTANTIAL_FROM = 0.95;
    static final double MODERATE_FROM = 0.60;

    /** The category a ratio falls in. */
    static Category categoryOf(double ratio) {
        if (ratio >= SUBSTANTIAL_FROM) {
            return Category.SUBSTANTIAL;
        }
        if (ratio >= MODERATE_FROM) {
            return Category.MODERATE;
        }
        return ratio >= 0 ? Category.LIMITED : Category.DETERIORATION;
    }
}
