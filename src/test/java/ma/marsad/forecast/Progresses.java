package ma.marsad.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ma.marsad.base.LocalizedText;
import ma.marsad.base.Quarter;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.PathPoint;
import ma.marsad.progress.ProgressStatus;
import ma.marsad.progress.QuarterPoint;

/** Indicators' progress built by hand, as ProgressService would give them, for the forecast's unit tests. */
final class Progresses {

    private Progresses() {
    }

    static IndicatorDetails indicator(String code, IndicatorKind kind, double target, LocalDate start,
                                      LocalDate deadline) {
        LocalizedText text = new LocalizedText(code, code, code);
        return new IndicatorDetails(1, code, text, text, kind, BigDecimal.valueOf(target), start, deadline, null,
                List.of(), text, "file.txt", "quote", true);
    }

    /**
     * The progress of {@code indicator} whose quarters from {@code first} on reported {@code figures} (null: no
     * figure that quarter): quarterly flows, or levels for LEVEL. The path is a straight line to the target (per year
     * for ANNUAL), which is all the forecast reads of it.
     */
    static IndicatorProgress of(IndicatorDetails indicator, Quarter first, Double... figures) {
        List<QuarterPoint> series = new ArrayList<>();
        Quarter q = first;
        double total = 0;
        double level = 0;
        for (Double f : figures) {
            if (indicator.kind() == IndicatorKind.ANNUAL && q.number() == 1) {
                total = 0;
            }
            total += f == null ? 0 : f;
            level = f == null ? level : f;
            series.add(new QuarterPoint(q, f, indicator.kind() == IndicatorKind.LEVEL ? level : total, 0, null));
            q = q.next();
        }
        Quarter asOf = series.getLast().quarter();
        Quarter start = Quarter.containing(indicator.startDate());
        Quarter end = Quarter.containing(indicator.deadline());
        double target = indicator.target().doubleValue();
        List<PathPoint> path = new ArrayList<>();
        int quarters = start.quartersUntil(end) + 1;
        int i = 1;
        for (Quarter p = start; !p.isAfter(end); p = p.next(), i++) {
            path.add(new PathPoint(p, indicator.kind() == IndicatorKind.ANNUAL ? target * p.number() / 4
                    : target * i / quarters));
        }
        double actual = series.getLast().actualToDate();
        double shown = target;
        return new IndicatorProgress(indicator, asOf, actual, shown, actual * 100 / shown, 0,
                actual >= shown ? ProgressStatus.ACHIEVED : ProgressStatus.ON_TRACK, null, null, series, path, false,
                Optional.empty(), null, false);
    }

    static Double[] repeat(double value, int times) {
        Double[] all = new Double[times];
        java.util.Arrays.fill(all, value);
        return all;
    }

    static Double[] concat(Double[]... parts) {
        List<Double> all = new ArrayList<>();
        for (Double[] part : parts) {
            all.addAll(java.util.Arrays.asList(part));
        }
        return all.toArray(Double[]::new);
    }
}
