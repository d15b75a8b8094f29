package ma.marsad.progress.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.springframework.modulith.NamedInterface;

import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryOrigin;
import ma.marsad.progress.EntryStatus;

/**
 * One stored figure in the API's words. {@code version} is what an approval sends back in "versions" so
 * that a figure changed since it was read is not approved unseen.
 *
 * @param historyCount how many history rows the figure has (GET /api/entries/{id}/history lists them)
 * @param locked       whether its quarter is approved and locked
 */
// The approvals endpoint (module review) answers with the figures it decided on, in this same shape.
@NamedInterface("entry-json")
public record EntryJson(long id, long version, String indicator, String quarter, String region, BigDecimal value,
                        String comment, EntryStatus status, String enteredBy, Instant enteredAt, EntryOrigin origin,
                        Long importId, String reviewComment, String reviewedBy, Instant reviewedAt, boolean locked,
                        int historyCount) {

    public static EntryJson of(EntryDetails e) {
        return new EntryJson(e.id(), e.version(), e.indicatorCode(), e.quarter().toString(), e.region().name(),
                plain(e.amount()), e.comment(), e.status(), e.enteredBy(), e.enteredAt(), e.origin(), e.importId(), e.reviewComment(),
                e.reviewedBy(), e.reviewedAt(), e.locked(), e.changes());
    }

    /** 12500 and 1500.5, never 1.25E+4 nor 12500.00. */
    private static BigDecimal plain(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
