package ma.marsad.progress;

import java.math.BigDecimal;
import java.time.Instant;

/** A stored figure that was replaced: its value before and after, and who replaced it, when and how. */
public record FigureRevision(BigDecimal previousAmount, String previousComment, String previousEnteredBy,
                             Instant previousEnteredAt, EntryOrigin previousOrigin, Long previousImportId,
                             BigDecimal newAmount, String newComment, String changedBy, Instant changedAt,
                             EntryOrigin changeOrigin, Long changeImportId) {
}
