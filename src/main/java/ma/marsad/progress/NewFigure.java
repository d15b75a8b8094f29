package ma.marsad.progress;

import java.math.BigDecimal;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/** A figure typed in the data entry form, already checked field by field (excelimport.FigureCheck). */
public record NewFigure(long indicatorId, Quarter quarter, Region region, BigDecimal amount, String comment) {
}
