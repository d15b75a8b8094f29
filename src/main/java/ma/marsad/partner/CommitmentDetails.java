package ma.marsad.partner;

import java.math.BigDecimal;
import java.time.LocalDate;

import ma.marsad.base.LocalizedText;

/**
 * One commitment as every reader sees it.
 *
 * @param quantity      null for a qualitative commitment (then unit is null too)
 * @param deadline      null when the source gives none; deadlineNote then says so
 * @param indicatorCode the national indicator it feeds, null for none; relation says how
 * @param completion    null until a manager's first review
 * @param progress      the indicator's figures when the commitment IS that indicator, else null
 * @param nextReview    when a review is due: null means never reviewed, hence due
 */
public record CommitmentDetails(long id, String code, long agreementId, String agreementCode, LocalizedText agreementTitle,
                                long partnerId, String partnerName, LocalizedText pillar, LocalizedText text,
                                LocalizedText deliveredBy, BigDecimal quantity, LocalizedText unit, LocalDate deadline,
                                LocalizedText deadlineNote, Long indicatorId, String indicatorCode, Relation relation,
                                String sourceFile, String sourceQuote, Completion completion, Confidence confidence,
                                String reviewComment, String reviewedBy, LocalDate lastReview, LocalDate nextReview,
                                int evidenceCount, LocalDate lastEvidence, CommitmentProgress progress,
                                long version) {

    public boolean quantified() {
        return quantity != null;
    }

    /** Due for review on {@code today}: never reviewed, or its next review date has come. */
    public boolean reviewDue(LocalDate today) {
        return nextReview == null || !nextReview.isAfter(today);
    }
}
