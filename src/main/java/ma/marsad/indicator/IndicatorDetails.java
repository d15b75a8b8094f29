package ma.marsad.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.marsad.base.LocalizedText;

/**
 * An indicator's target as the rest of Marsad sees it.
 *
 * @param wholeNumbers true when figures are counts (jobs, people, companies), false when decimals make
 *                     sense (megawatts)
 */
public record IndicatorDetails(
        long id,
        String code,
        LocalizedText name,
        LocalizedText unit,
        IndicatorKind kind,
        BigDecimal target,
        LocalDate startDate,
        LocalDate deadline,
        String datesNote,
        List<Milestone> milestones,
        LocalizedText owner,
        String sourceFile,
        String sourceQuote,
        boolean wholeNumbers) {

    public IndicatorDetails {
        milestones = List.copyOf(milestones);
    }
}
