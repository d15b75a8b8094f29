package ma.marsad.progress;

/**
 * What the forecast adds to each indicator of GET /api/indicators. Declared here and implemented by the forecast
 * module, which reads progress: progress never depends on it.
 */
public interface ForecastFigures {

    Figures of(IndicatorProgress progress);

    /**
     * @param forecast        the central forecast at the deadline (null without one)
     * @param chance          0–1, or null with {@code chanceNote} saying why (NOT_ENOUGH_FIGURES, DEADLINE_PASSED)
     * @param measureCategory the UN progress measure's category; its ratio and method (CAGR, LINEAR_PACE)
     */
    record Figures(Double forecast, Double chance, String chanceNote, Double low80, Double high80, Double low95,
                   Double high95, String measureCategory, Double measureRatio, String measureMethod) {
    }
}
