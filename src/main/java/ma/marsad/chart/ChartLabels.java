package ma.marsad.chart;

import java.util.Locale;

/**
 * The words on a chart, in the reader's language: the view fills them from the message bundle. The locale
 * also gives the quarters' names, the numbers' form and, for Arabic, the right-to-left layout.
 */
public record ChartLabels(Locale locale, String title, String actual, String expected, String target,
                          String regionActual, String valueAxis) {
}
