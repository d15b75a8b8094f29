package ma.marsad.partner;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.EmbeddedColumnNaming;

import ma.marsad.base.LocalizedText;

/** What an agreement commits someone to, how it feeds a national indicator, and its last review. */
@Entity
@Table(name = "commitment")
class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private long agreementId;

    @EmbeddedColumnNaming("pillar_%s")
    private Words pillar;

    @EmbeddedColumnNaming("text_%s")
    private Words text;

    @EmbeddedColumnNaming("delivered_by_%s")
    private Words deliveredBy;

    private BigDecimal quantity;

    @EmbeddedColumnNaming("unit_%s")
    private Words unit;

    private LocalDate deadline;

    @EmbeddedColumnNaming("deadline_note_%s")
    private Words deadlineNote;

    private Long indicatorId;

    @Enumerated(EnumType.STRING)
    private Relation relation;

    private String sourceFile;
    private String sourceQuote;

    @Enumerated(EnumType.STRING)
    private Completion completion;

    @Enumerated(EnumType.STRING)
    private Confidence confidence;

    private String reviewComment;
    private String reviewedBy;
    private LocalDate lastReviewOn;
    private LocalDate nextReviewOn;

    @Version
    private long version;

    protected Commitment() {
    }

    Commitment(String code, long agreementId, LocalizedText pillar, LocalizedText text, LocalizedText deliveredBy,
               BigDecimal quantity, LocalizedText unit, LocalDate deadline, LocalizedText deadlineNote,
               Long indicatorId, Relation relation, String sourceFile, String sourceQuote) {
        this.code = code;
        this.agreementId = agreementId;
        this.pillar = Words.of(pillar);
        this.text = Words.of(text);
        this.deliveredBy = Words.of(deliveredBy);
        this.quantity = quantity;
        this.unit = Words.of(unit);
        this.deadline = deadline;
        this.deadlineNote = Words.of(deadlineNote);
        this.indicatorId = indicatorId;
        this.relation = relation;
        this.sourceFile = sourceFile;
        this.sourceQuote = sourceQuote;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    long getAgreementId() {
        return agreementId;
    }

    Long getIndicatorId() {
        return indicatorId;
    }

    Relation getRelation() {
        return relation;
    }

    Completion getCompletion() {
        return completion;
    }

    Confidence getConfidence() {
        return confidence;
    }

    BigDecimal getQuantity() {
        return quantity;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    void review(Completion completion, Confidence confidence, String comment, String manager, LocalDate on,
                LocalDate next) {
        this.completion = completion;
        this.confidence = confidence;
        this.reviewComment = comment;
        this.reviewedBy = manager;
        this.lastReviewOn = on;
        this.nextReviewOn = next;
    }

    void changeTerms(BigDecimal quantity, LocalDate deadline) {
        this.quantity = quantity;
        this.deadline = deadline;
    }

    /** The details without what other tables say (agreement, partner, indicator, evidence, progress). */
    CommitmentDetails toDetails(Agreement agreement, String partnerName, String indicatorCode, int evidenceCount,
                                LocalDate lastEvidence, CommitmentProgress progress) {
        return new CommitmentDetails(id, code, agreementId, agreement.getCode(), agreement.title(),
                agreement.getPartnerId(), partnerName, pillar.text(), text.text(), deliveredBy.text(), quantity,
                unit == null ? null : unit.text(), deadline, deadlineNote == null ? null : deadlineNote.text(),
                indicatorId, indicatorCode, relation, sourceFile, sourceQuote, completion, confidence, reviewComment,
                reviewedBy, lastReviewOn, nextReviewOn, evidenceCount, lastEvidence, progress, version);
    }
}
