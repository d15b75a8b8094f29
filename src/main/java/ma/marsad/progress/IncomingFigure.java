package ma.marsad.progress;

import java.math.BigDecimal;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/** A figure someone sends (from an import or a form), not yet stored. */
public record IncomingFigure(long indicatorId, Quarter quarter, Region region, BigDecimal amount, String comment) {
}
