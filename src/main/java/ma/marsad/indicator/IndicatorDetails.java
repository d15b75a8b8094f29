package ma.marsad.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.marsad.base.LocalizedText;

/** An indicator's target as the rest of Marsad sees it. */
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
        String sourceQuote) {

    public IndicatorDetails {
        milestones = List.copyOf(milestones);
    }
}
