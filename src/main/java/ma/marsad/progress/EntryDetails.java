package ma.marsad.progress;

import java.math.BigDecimal;
import java.time.Instant;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * One stored figure with everything the entry, review and history screens show.
 *
 * @param version       what a correction sends back: a save against an older version is refused
 * @param reviewComment the manager's comment when the figure was returned
 * @param changes       how many history rows the figure has (its creation included)
 * @param locked        whether its quarter is approved and locked
 */
public record EntryDetails(long id, long version, long indicatorId, String indicatorCode, Quarter quarter,
                           Region region, BigDecimal amount, String comment, String enteredBy, Instant enteredAt,
                           EntryOrigin origin, Long importId, EntryStatus status, String reviewComment,
                           String reviewedBy, Instant reviewedAt, int changes, boolean locked) {
}
