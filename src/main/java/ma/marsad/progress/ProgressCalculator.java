package ma.marsad.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;

/**
 * The progress arithmetic: actual, expected-to-date, status, forecast and run-rate for one indicator.
 * Pure: it works on the sums it is given and the date it is told, so it is tested with fixed dates.
 */
final class ProgressCalculator {

    /** How many recent quarters the trend behind the forecast looks at. */
    static final int TREND_QUARTERS = 4;

    private final StatusThresholds thresholds;

    ProgressCalculator(StatusThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** From the sums the database added up per quarter ({@link QuarterTotals}): what the service uses. */
    IndicatorProgress calculate(IndicatorDetails indicator, QuarterTotals totals, LocalDate today,
                                Optional<Region> region) {
        return calculate(indicator, totals.national(indicator.kind()),
                region.map(r -> totals.regional(indicator.kind(), r)).orElse(null), totals.earliest(),
                totals.latest(), today, region, totals.anySample(), totals.anyUnapproved());
    }

    /**
     * From any measure of the figures ({@code regional} null without a region): the sums above in the app, the
     * figures one by one in the tests' reference (FigureByFigureOracle), so the two differ only in the adding up.
     */
    IndicatorProgress calculate(IndicatorDetails indicator, Measure national, Measure regional,
                                Optional<Quarter> earliestData, Optional<Quarter> latestData, LocalDate today,
                                Optional<Region> region, boolean anySample, boolean anyUnapproved) {
        TargetPath path = new TargetPath(indicator);
        Headline h = headline(indicator, path, national, earliestData, latestData, today);

        List<QuarterPoint> series = new ArrayList<>();
        for (Quarter q = h.from(); !q.isAfter(h.asOf()); q = q.next()) {
            series.add(new QuarterPoint(q, national.reported(q), national.toDate(q), path.expectedAt(q),
                    regional == null ? null : regional.toDate(q)));
        }

        List<PathPoint> expectedPath = new ArrayList<>();
        for (Quarter q = path.firstQuarter(); !q.isAfter(path.lastQuarter()); q = q.next()) {
            expectedPath.add(new PathPoint(q, path.expectedAt(q)));
        }

        int remaining = path.quartersRemainingAfter(h.asOf());
        Double runRate = remaining > 0 ? Math.max(0, h.target() - h.actual()) / remaining : null;

        return new IndicatorProgress(indicator, h.asOf(), h.actual(), h.target(),
                h.target() > 0 ? h.actual() * 100 / h.target() : 0, h.expected(), h.status(), h.forecast(), runRate,
                series, expectedPath, anySample, region, regional == null ? null : regional.toDate(h.asOf()),
                anyUnapproved);
    }

    /** Where the indicator stands at {@code asOf}: the figures a card shows first. */
    private record Headline(Quarter from, Quarter asOf, double actual, double target, double expected,
                            ProgressStatus status, Double forecast) {
    }

    private Headline headline(IndicatorDetails indicator, TargetPath path, Measure national,
                              Optional<Quarter> earliestData, Optional<Quarter> latestData, LocalDate today) {
        Quarter lastClosed = Quarter.containing(today).previous();
        Quarter asOf = latestData.filter(q -> q.isAfter(lastClosed)).orElse(lastClosed);
        Quarter from = earliestData.filter(q -> q.isBefore(path.firstQuarter())).orElse(path.firstQuarter());
        boolean noFigures = latestData.isEmpty();
        double actual = national.toDate(asOf);
        double target = indicator.kind() == IndicatorKind.ANNUAL
                ? path.yearTarget(asOf.year())
                : indicator.target().doubleValue();
        double expected = asOf.isBefore(path.firstQuarter()) ? 0 : path.expectedAt(asOf);
        ProgressStatus status = status(noFigures, actual, target, expected, asOf.isAfter(path.lastQuarter()));
        int remaining = path.quartersRemainingAfter(asOf);
        Double forecast = noFigures ? null : actual + national.trendPerQuarter(asOf, from) * remaining;
        return new Headline(from, asOf, actual, target, expected, status, forecast);
    }

    ProgressStatus status(boolean noFigures, double actual, double target, double expected, boolean pastDeadline) {
        if (noFigures) {
            return ProgressStatus.NO_DATA;
        }
        if (actual >= target) {
            return ProgressStatus.ACHIEVED;
        }
        if (pastDeadline) {
            return ProgressStatus.OFF_TRACK;
        }
        if (expected <= 0) {
            return ProgressStatus.ON_TRACK;
        }
        double ratio = actual / expected;
        if (ratio >= thresholds.onTrack()) {
            return ProgressStatus.ON_TRACK;
        }
        return ratio >= thresholds.atRisk() ? ProgressStatus.AT_RISK : ProgressStatus.OFF_TRACK;
    }

    /** An indicator's figures measured the way its kind says. */
    interface Measure {

        /** The quarter's figures added up; null when none came in. */
        Double reported(Quarter q);

        /** Cumulative to date, year to date, or the level at the end of {@code q}. */
        double toDate(Quarter q);

        /** The recent change per quarter: average flow (CUMULATIVE, ANNUAL) or slope of the level (LEVEL). */
        double trendPerQuarter(Quarter asOf, Quarter from);

        /** The length of the trend's window ending at {@code asOf}, which starts no earlier than {@code from}. */
        static int window(Quarter asOf, Quarter from) {
            return Math.min(TREND_QUARTERS, from.quartersUntil(asOf) + 1);
        }

        /** The first quarter of a window of {@code window} quarters ending at {@code asOf}. */
        static Quarter windowStart(Quarter asOf, int window) {
            Quarter start = asOf;
            for (int i = 1; i < window; i++) {
                start = start.previous();
            }
            return start;
        }
    }
}
