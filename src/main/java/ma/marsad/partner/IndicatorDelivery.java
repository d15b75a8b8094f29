package ma.marsad.partner;

import java.math.BigDecimal;
import java.util.List;

/**
 * What partners have promised towards one national indicator, beside where it stands. The actual and the target
 * are the indicator's own (from its figures and its target): a commitment never adds to them. Only commitments
 * that ARE the indicator count in {@code committed}; those that CONTRIBUTES are listed, not summed, because the
 * indicator's figures already include what they deliver (the double-count rule, docs/partners.md).
 */
public record IndicatorDelivery(long indicatorId, String indicatorCode, double actual, double target, BigDecimal committed,
                                List<CommitmentDetails> measuredBy, List<CommitmentDetails> contributing) {

    public IndicatorDelivery {
        measuredBy = List.copyOf(measuredBy);
        contributing = List.copyOf(contributing);
    }
}
