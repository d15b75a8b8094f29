package ma.marsad.forecast;

import org.springframework.stereotype.Component;

import ma.marsad.progress.ForecastFigures;
import ma.marsad.progress.IndicatorProgress;

/** The forecast and the UN measure as GET /api/indicators gives them. */
@Component
class ForecastFiguresForApi implements ForecastFigures {

    private final ForecastService forecasts;

    ForecastFiguresForApi(ForecastService forecasts) {
        this.forecasts = forecasts;
    }

    @Override
    public Figures of(IndicatorProgress progress) {
        Forecast f = forecasts.forecast(progress);
        ProgressMeasure m = forecasts.progressMeasure(progress);
        return new Figures(f.central(), f.chance(), f.chanceNote() == null ? null : f.chanceNote().name(), f.low80(),
                f.high80(), f.low95(), f.high95(), m.category().name(), m.ratio(),
                m.method() == null ? null : m.method().name());
    }
}
