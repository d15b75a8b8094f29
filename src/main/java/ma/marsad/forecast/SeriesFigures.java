package ma.marsad.forecast;

import java.util.ArrayList;
import java.util.List;

import ma.marsad.base.Quarter;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.PathPoint;
import ma.marsad.progress.QuarterPoint;

/**
 * An indicator's national series as the dashboard shows it, from its first quarter with figures to the quarter it
 * stands at, read for the forecast: the running totals (CUMULATIVE, ANNUAL: the quarters' sums added up without
 * restarting each year) or the levels (LEVEL).
 */
record SeriesFigures(IndicatorKind kind, Quarter first, Quarter last, double[] running, double[] toDate,
                     int quartersWithFigures, Quarter startQuarter, Quarter deadlineQuarter, double targetAtDeadline) {

    static SeriesFigures of(IndicatorProgress p) {
        List<QuarterPoint> points = new ArrayList<>();
        for (QuarterPoint q : p.series()) {
            if (!points.isEmpty() || q.reported() != null) {
                points.add(q);
            }
        }
        IndicatorKind kind = p.indicator().kind();
        double[] running = new double[points.size()];
        double[] toDate = new double[points.size()];
        double total = 0;
        int withFigures = 0;
        for (int i = 0; i < points.size(); i++) {
            QuarterPoint q = points.get(i);
            if (q.reported() != null) {
                withFigures++;
            }
            total += q.reported() == null ? 0 : q.reported();
            running[i] = kind == IndicatorKind.LEVEL ? q.actualToDate() : total;
            toDate[i] = q.actualToDate();
        }
        Quarter deadline = Quarter.containing(p.indicator().deadline());
        List<PathPoint> path = p.path();
        double target = path.isEmpty() ? p.indicator().target().doubleValue() : path.getLast().expected();
        return new SeriesFigures(kind, points.isEmpty() ? p.asOf() : points.getFirst().quarter(), p.asOf(), running,
                toDate, withFigures, Quarter.containing(p.indicator().startDate()), deadline, target);
    }

    /** The measure (running total, year so far, level) at {@code q}, one of the series' quarters. */
    double toDateAt(Quarter q) {
        int i = first.quartersUntil(q);
        return i >= 0 && i < toDate.length ? toDate[i] : 0;
    }

    /** For ANNUAL: the four quarters' total ending at {@code q}, from the running totals. */
    double yearEndingAt(Quarter q) {
        int i = first.quartersUntil(q);
        double before = i - 4 >= 0 ? running[i - 4] : 0;
        return running[i] - before;
    }
}
