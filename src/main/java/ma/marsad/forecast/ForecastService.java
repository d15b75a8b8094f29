package ma.marsad.forecast;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import ma.marsad.base.Region;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.ProgressService;

/**
 * The chance of reaching each target by its deadline, with a forecast band, and the UN progress measure: from the
 * national figures the dashboard shows (approved ones, or all when the reader includes those not yet approved).
 */
@Service
public class ForecastService {

    private final ProgressService progress;
    private final ForecastCalculator calculator;
    private final ProgressMeasures measures;

    ForecastService(ProgressService progress, ForecastProperties settings) {
        this.progress = progress;
        this.calculator = new ForecastCalculator(settings);
        this.measures = new ProgressMeasures(settings.minimumQuarters());
    }

    /** An indicator's progress with its forecast and UN measure. */
    public record Outlook(IndicatorProgress progress, Forecast forecast, ProgressMeasure measure) {
    }

    /** Every indicator as the dashboard shows it, with its forecast and UN measure. */
    public List<Outlook> overview(Optional<Region> region, boolean includeUnapproved) {
        return progress.overview(region, includeUnapproved).stream().map(this::outlook).toList();
    }

    public Outlook outlook(IndicatorProgress p) {
        return new Outlook(p, forecast(p), progressMeasure(p));
    }

    /** The forecast at the deadline and the chance of reaching the target, from the figures in {@code p}. */
    public Forecast forecast(IndicatorProgress p) {
        return calculator.forecast(p);
    }

    /** The UN progress measure, from the figures in {@code p}. */
    public ProgressMeasure progressMeasure(IndicatorProgress p) {
        return measures.of(SeriesFigures.of(p));
    }
}
