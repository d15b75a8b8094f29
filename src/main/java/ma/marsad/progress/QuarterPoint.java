package ma.marsad.progress;

import ma.marsad.base.Quarter;

/**
 * One quarter of an indicator's series. {@code reported} is the sum of that quarter's figures (null
 * when none came in); {@code actualToDate} is cumulative for CUMULATIVE, year-to-date for ANNUAL and
 * the level for LEVEL; {@code expected} is the target path at the quarter's end;
 * {@code regionActualToDate} is the same as actualToDate for the selected region, or null.
 */
public record QuarterPoint(Quarter quarter, Double reported, double actualToDate, double expected,
                           Double regionActualToDate) {
}
