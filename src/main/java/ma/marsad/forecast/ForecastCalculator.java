package ma.marsad.forecast;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.Well19937c;

import ma.marsad.base.Quarter;
import ma.marsad.forecast.engine.Drift;
import ma.marsad.forecast.engine.ForecastMethod;
import ma.marsad.forecast.engine.Projection;
import ma.marsad.forecast.engine.RecencyWeights;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.IndicatorProgress;

/**
 * The forecast of one indicator from the figures the dashboard shows. Pure: the same figures and settings always
 * give the same forecast (the draws are seeded by the settings' seed and the indicator's code).
 */
final class ForecastCalculator {

    /** Not yet reached: the chance never reads 100 %. */
    private static final double HIGHEST_CHANCE = 0.99;

    private final ForecastProperties settings;
    private final ForecastMethod method;

    ForecastCalculator(ForecastProperties settings) {
        this.settings = settings;
        this.method = new Drift(new RecencyWeights(settings.halfLifeQuarters()), true);
    }

    Forecast forecast(IndicatorProgress p) {
        IndicatorDetails indicator = p.indicator();
        SeriesFigures s = SeriesFigures.of(p);
        double target = s.targetAtDeadline();
        int horizon = p.asOf().quartersUntil(s.deadlineQuarter());
        int needed = settings.minimumQuarters();
        if (horizon <= 0) {
            double atDeadline = s.quartersWithFigures() == 0 ? 0
                    : s.toDateAt(s.deadlineQuarter().isAfter(s.last()) ? s.last() : s.deadlineQuarter());
            return new Forecast(target, indicator.deadline(), s.deadlineQuarter(), null, ChanceNote.DEADLINE_PASSED,
                    s.quartersWithFigures() > 0 && atDeadline >= target, s.quartersWithFigures(), needed,
                    null, null, null, null, null, List.of());
        }
        boolean achieved = s.quartersWithFigures() > 0 && p.actual() >= target
                && (indicator.kind() != IndicatorKind.ANNUAL || p.asOf().year() == s.deadlineQuarter().year());
        if (s.quartersWithFigures() < needed) {
            return new Forecast(target, indicator.deadline(), s.deadlineQuarter(), achieved ? 1.0 : null,
                    achieved ? null : ChanceNote.NOT_ENOUGH_FIGURES, achieved, s.quartersWithFigures(), needed,
                    null, null, null, null, null, List.of());
        }
        Projection projection = Projection.of(indicator.kind(), s.first(), s.running(), horizon, method,
                settings.paths(), new Well19937c(settings.seed() * 31 + indicator.code().hashCode()));
        boolean whole = indicator.wholeNumbers();
        List<FanPoint> fan = new ArrayList<>();
        double now = round(p.actual(), whole);
        fan.add(new FanPoint(p.asOf(), now, now, now, now, now));
        Quarter q = p.asOf();
        for (int k = 0; k < horizon; k++) {
            q = q.next();
            fan.add(new FanPoint(q, round(projection.quantile(k, 0.5), whole),
                    round(projection.quantile(k, 0.10), whole), round(projection.quantile(k, 0.90), whole),
                    round(projection.quantile(k, 0.025), whole), round(projection.quantile(k, 0.975), whole)));
        }
        double chance = achieved ? 1.0
                : Math.min(HIGHEST_CHANCE, Math.rint(projection.shareAtLeast(horizon - 1, target) * 100) / 100);
        FanPoint end = fan.getLast();
        return new Forecast(target, indicator.deadline(), s.deadlineQuarter(), chance, null, achieved,
                s.quartersWithFigures(), needed, end.central(), end.low80(), end.high80(), end.low95(), end.high95(),
                fan);
    }

    /** Counts as whole numbers, as everywhere; other figures as they come (the page rounds them for display). */
    private static double round(double value, boolean whole) {
        return whole ? Math.rint(value) : value;
    }
}
