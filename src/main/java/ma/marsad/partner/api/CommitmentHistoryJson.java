package ma.marsad.partner.api;

import java.time.Instant;

import ma.marsad.audit.HistoryEvent;

/**
 * One change of a commitment: a review (before and after as completion/confidence, the comment as reason), an
 * evidence item, a new quantity or deadline.
 */
record CommitmentHistoryJson(String kind, String changedBy, Instant changedAt, String before, String after,
                             String reason) {

    static CommitmentHistoryJson of(HistoryEvent e) {
        return new CommitmentHistoryJson(e.kind().name(), e.changedBy(), e.changedAt(), e.before(), e.after(),
                e.reason());
    }
}
