package ma.marsad.partner.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.marsad.base.LocalizedText;
import ma.marsad.partner.AgreementDetails;
import ma.marsad.partner.CommitmentDetails;
import ma.marsad.partner.CommitmentProgress;
import ma.marsad.partner.Ministry;
import ma.marsad.partner.PartnerDetails;

/** A partner over the API: its agreements, each with its commitments. Texts in fr, en and ar. */
record PartnerJson(long id, String code, String name, String kind, String country, LocalizedText description,
                   String website, List<AgreementJson> agreements) {

    static PartnerJson of(PartnerDetails p) {
        return new PartnerJson(p.id(), p.code(), p.name(), p.kind().name(), p.country(), p.description(), p.website(),
                p.agreements().stream().map(AgreementJson::of).toList());
    }

    record SourceJson(String file, String quote) {
    }

    record AgreementJson(long id, String code, String kind, LocalizedText title, LocalDate signedOn,
                         LocalizedText signedNote, String place, List<Ministry> ministries, String otherSignatories,
                         LocalDate validUntil, LocalizedText validityNote, SourceJson source,
                         List<CommitmentJson> commitments) {

        static AgreementJson of(AgreementDetails a) {
            return new AgreementJson(a.id(), a.code(), a.kind().name(), a.title(), a.signedOn(), a.signedNote(),
                    a.place(), a.ministries(), a.otherSignatories(), a.validUntil(), a.validityNote(),
                    new SourceJson(a.sourceFile(), a.sourceQuote()),
                    a.commitments().stream().map(CommitmentJson::of).toList());
        }
    }

    /**
     * One commitment. {@code progress} is the indicator's actual, target and status when relation is IS, else
     * null; completion and confidence are null until the first review.
     */
    record CommitmentJson(long id, String code, LocalizedText pillar, LocalizedText text, LocalizedText deliveredBy,
                          String indicator, String relation, BigDecimal quantity, LocalizedText unit,
                          LocalDate deadline, LocalizedText deadlineNote, String completion, String confidence,
                          String reviewComment, String reviewedBy, LocalDate lastReview, LocalDate nextReview,
                          int evidenceCount, LocalDate lastEvidence, CommitmentProgress progress, SourceJson source) {

        static CommitmentJson of(CommitmentDetails c) {
            return new CommitmentJson(c.id(), c.code(), c.pillar(), c.text(), c.deliveredBy(), c.indicatorCode(),
                    c.relation() == null ? null : c.relation().name(), c.quantity(), c.unit(), c.deadline(),
                    c.deadlineNote(), c.completion() == null ? null : c.completion().name(),
                    c.confidence() == null ? null : c.confidence().name(), c.reviewComment(), c.reviewedBy(),
                    c.lastReview(), c.nextReview(), c.evidenceCount(), c.lastEvidence(), c.progress(),
                    new SourceJson(c.sourceFile(), c.sourceQuote()));
        }
    }
}
