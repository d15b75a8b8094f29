package ma.marsad.progress;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/** One quarterly figure for one indicator in one region (or National). */
@Entity
@Table(name = "progress_entry")
class ProgressEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long indicatorId;

    @Convert(converter = QuarterConverter.class)
    @Column(name = "quarter_code")
    private Quarter quarter;

    @Enumerated(EnumType.STRING)
    @Column(name = "region_code")
    private Region region;

    private BigDecimal amount;

    @Column(name = "comment_text")
    private String comment;

    private String enteredBy;
    private Instant enteredAt;

    @Enumerated(EnumType.STRING)
    private EntryOrigin origin;

    private Long importId;

    @Enumerated(EnumType.STRING)
    private EntryStatus status = EntryStatus.SUBMITTED;

    private String reviewComment;
    private String reviewedBy;
    private Instant reviewedAt;

    @Version
    private long version;

    protected ProgressEntry() {
    }

    ProgressEntry(long indicatorId, Quarter quarter, Region region, BigDecimal amount, String comment,
                  String enteredBy, Instant enteredAt, EntryOrigin origin, Long importId) {
        this.indicatorId = indicatorId;
        this.quarter = quarter;
        this.region = region;
        this.amount = amount;
        this.comment = comment;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
        this.origin = origin;
        this.importId = importId;
    }

    Long getId() {
        return id;
    }

    long getIndicatorId() {
        return indicatorId;
    }

    Quarter getQuarter() {
        return quarter;
    }

    Region getRegion() {
        return region;
    }

    BigDecimal getAmount() {
        return amount;
    }

    String getComment() {
        return comment;
    }

    String getEnteredBy() {
        return enteredBy;
    }

    Instant getEnteredAt() {
        return enteredAt;
    }

    EntryOrigin getOrigin() {
        return origin;
    }

    Long getImportId() {
        return importId;
    }

    EntryStatus getStatus() {
        return status;
    }

    String getReviewComment() {
        return reviewComment;
    }

    String getReviewedBy() {
        return reviewedBy;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    long getVersion() {
        return version;
    }

    /** Who changed the figure last: whoever entered it, or the manager who approved or returned it since. */
    String lastChangedBy() {
        return reviewedSinceEntered() ? reviewedBy : enteredBy;
    }

    Instant lastChangedAt() {
        return reviewedSinceEntered() ? reviewedAt : enteredAt;
    }

    /** Every edit clears the review (see {@link #change}), so a review on record came after the last edit. */
    private boolean reviewedSinceEntered() {
        return reviewedAt != null && reviewedBy != null;
    }

    /** A new value typed by someone: submitted for review again, the manager's earlier word cleared. */
    void change(BigDecimal amount, String comment, String user, Instant at, EntryStatus newStatus) {
        this.amount = amount;
        this.comment = comment;
        this.enteredBy = user;
        this.enteredAt = at;
        this.origin = EntryOrigin.MANUAL;
        this.importId = null;
        review(newStatus, null, null, null);
    }

    /** A manager's decision on the figure. */
    void review(EntryStatus newStatus, String comment, String user, Instant at) {
        this.status = newStatus;
        this.reviewComment = comment;
        this.reviewedBy = user;
        this.reviewedAt = at;
    }
}
