package ma.marsad.review;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.marsad.base.Quarter;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.progress.EntryDetails;

/**
 * An indicator's quarter waiting for a manager, with what the manager weighs it against.
 *
 * @param figures       every figure of the quarter, by region, with status and version
 * @param total         the sum of the quarter's figures (the national total)
 * @param previousTotal the previous quarter's national total; null when it has no figure
 * @param toDate        where the indicator stands at the end of the quarter if these figures are approved:
 *                      cumulative, year to date or level, as its kind measures it
 * @param expected      where the target path says it should be by then
 */
public record QuarterForReview(IndicatorDetails indicator, Quarter quarter, List<EntryDetails> figures,
                               int submitted, int returned, BigDecimal total, BigDecimal previousTotal,
                               double toDate, double expected) {

    public QuarterForReview {
        figures = List.copyOf(figures);
    }

    public Quarter previousQuarter() {
        return quarter.previous();
    }

    /** This quarter's total minus the previous one's; null when the previous quarter has no figure. */
    public BigDecimal change() {
        return previousTotal == null ? null : total.subtract(previousTotal);
    }

    /** Ahead of the path (positive) or behind it (negative). */
    public double gap() {
        return toDate - expected;
    }

    /** The versions the manager is shown, by figure id: an approval or return checks nothing changed since. */
    public Map<Long, Long> seenVersions() {
        Map<Long, Long> versions = new LinkedHashMap<>();
        figures.forEach(f -> versions.put(f.id(), f.version()));
        return versions;
    }
}
