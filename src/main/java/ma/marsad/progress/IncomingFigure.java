package ma.marsad.progress;

import java.math.BigDecimal;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * A figure someone sends (from an import or a form), not yet stored.
 *
 * @param commentGiven false when the sender had no place for a comment (a workbook without a Comment
 *                     column): the stored comment is then kept, not erased
 */
public record IncomingFigure(long indicatorId, Quarter quarter, Region region, BigDecimal amount, String comment,
                             boolean commentGiven) {
}
