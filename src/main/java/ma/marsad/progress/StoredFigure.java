package ma.marsad.progress;

import java.math.BigDecimal;
import java.time.Instant;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * A stored figure with where it came from and where it stands in review, as exports list it. importId is
 * null unless it was imported.
 */
public record StoredFigure(long id, long indicatorId, Quarter quarter, Region region, BigDecimal amount,
                           String comment, String enteredBy, Instant enteredAt, EntryOrigin origin, Long importId,
                           EntryStatus status) {
}
