package ma.marsad.excelimport;

import java.math.BigDecimal;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * A row of the clerk's file that passed every check, with where it came from.
 *
 * @param commentColumn whether the row's sheet has a Comment column (without one, stored comments stay)
 */
record AcceptedRow(long indicatorId, Quarter quarter, Region region, BigDecimal amount, String comment,
                   boolean commentColumn, String sheet, int row) {
}
