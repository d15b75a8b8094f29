package ma.marsad.progress;

import java.math.BigDecimal;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/** A projection of a stored entry: just what the arithmetic reads. */
record FigureRow(long indicatorId, Quarter quarter, Region region, BigDecimal amount, EntryOrigin origin,
                 EntryStatus status) {

    Figure toFigure() {
        return new Figure(quarter, region, amount.doubleValue(), origin == EntryOrigin.SAMPLE,
                status == EntryStatus.APPROVED);
    }
}
