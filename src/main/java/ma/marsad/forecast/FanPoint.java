package ma.marsad.forecast;

import ma.marsad.base.Quarter;

/**
 * The forecast at the end of one quarter, measured as the indicator's kind says (running total, year's total so far,
 * level): the central value (the median of the simulated paths) and the 80 % and 95 % bands around it.
 */
public record FanPoint(Quarter quarter, double central, double low80, double high80, double low95, double high95) {
}
