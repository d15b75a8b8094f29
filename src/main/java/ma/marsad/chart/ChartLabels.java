package ma.marsad.chart;

import java.util.Locale;

/** The words on a chart, in the reader's language: the view fills them from the message bundle. */
public record ChartLabels(Locale locale, String title, String actual, String expected, String target,
                          String regionActual, String valueAxis) {
}
