package ma.marsad.progress;

import java.time.Instant;

/** A figure as its review sees it: which version, in which status, who acted on it last. */
public record ReviewedFigure(long id, long version, EntryStatus status, String enteredBy, Instant enteredAt,
                             String reviewedBy, Instant reviewedAt) {

    /** Who acted last: a reviewer on record (an edit clears the review), else who entered it. */
    public String lastActor() {
        return reviewedBy != null ? reviewedBy : enteredBy;
    }

    public Instant lastActedAt() {
        return reviewedBy != null ? reviewedAt : enteredAt;
    }
}
