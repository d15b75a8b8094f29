package ma.marsad.progress;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorKind;

/**
 * One indicator's figures added up per quarter, nationally and for the regions asked for: what the progress
 * arithmetic needs, without the figures themselves. {@code levelChange} is how much the quarter moved the sum
 * of the regions' latest levels (each region's figure minus its previous one), so a LEVEL indicator's level
 * at any quarter is the running sum of the changes, even when a region skipped quarters.
 */
final class QuarterTotals {

    /** The sums of one quarter (the level change is filled for LEVEL indicators only). */
    static final class Sums {
        private BigDecimal flow = BigDecimal.ZERO;
        private BigDecimal levelChange = BigDecimal.ZERO;

        BigDecimal flow() {
            return flow;
        }

        BigDecimal levelChange() {
            return levelChange;
        }
    }

    static final QuarterTotals NONE = new QuarterTotals();

    private final TreeMap<Quarter, Sums> national = new TreeMap<>();
    private final Map<Region, TreeMap<Quarter, Sums>> regional = new EnumMap<>(Region.class);
    private boolean anySample;
    private boolean anyUnapproved;

    /** A quarter's figures added up, nationally ({@code region} empty) or for one region. */
    void addFlow(Optional<Region> region, Quarter quarter, BigDecimal flow) {
        sums(region, quarter).flow = flow;
    }

    void addLevelChange(Optional<Region> region, Quarter quarter, BigDecimal change) {
        sums(region, quarter).levelChange = change;
    }

    void flag(boolean sample, boolean unapproved) {
        anySample |= sample;
        anyUnapproved |= unapproved;
    }

    private Sums sums(Optional<Region> region, Quarter quarter) {
        TreeMap<Quarter, Sums> byQuarter = region.isEmpty() ? national
                : regional.computeIfAbsent(region.get(), r -> new TreeMap<>());
        return byQuarter.computeIfAbsent(quarter, q -> new Sums());
    }

    Optional<Quarter> earliest() {
        return national.isEmpty() ? Optional.empty() : Optional.of(national.firstKey());
    }

    Optional<Quarter> latest() {
        return national.isEmpty() ? Optional.empty() : Optional.of(national.lastKey());
    }

    boolean anySample() {
        return anySample;
    }

    boolean anyUnapproved() {
        return anyUnapproved;
    }

    ProgressCalculator.Measure national(IndicatorKind kind) {
        return new SummedMeasure(kind, national);
    }

    ProgressCalculator.Measure regional(IndicatorKind kind, Region region) {
        return new SummedMeasure(kind, regional.getOrDefault(region, new TreeMap<>()));
    }

    /** The measure from the quarterly sums: running totals added exactly, then turned into doubles. */
    private static final class SummedMeasure implements ProgressCalculator.Measure {
        private final IndicatorKind kind;
        private final TreeMap<Quarter, Sums> sums;
        /** The measure at the end of each quarter that has figures. */
        private final TreeMap<Quarter, Double> toDate = new TreeMap<>();

        SummedMeasure(IndicatorKind kind, TreeMap<Quarter, Sums> sums) {
            this.kind = kind;
            this.sums = sums;
            BigDecimal running = BigDecimal.ZERO;
            int year = Integer.MIN_VALUE;
            for (Map.Entry<Quarter, Sums> e : sums.entrySet()) {
                if (kind == IndicatorKind.ANNUAL && e.getKey().year() != year) {
                    running = BigDecimal.ZERO;
                    year = e.getKey().year();
                }
                running = running.add(kind == IndicatorKind.LEVEL ? e.getValue().levelChange() : e.getValue().flow());
                toDate.put(e.getKey(), running.doubleValue());
            }
        }

        @Override
        public Double reported(Quarter q) {
            Sums s = sums.get(q);
            return s == null ? null : s.flow().doubleValue();
        }

        @Override
        public double toDate(Quarter q) {
            Map.Entry<Quarter, Double> latest = toDate.floorEntry(q);
            if (latest == null || kind == IndicatorKind.ANNUAL && latest.getKey().year() != q.year()) {
                return 0;
            }
            return latest.getValue();
        }

        @Override
        public double trendPerQuarter(Quarter asOf, Quarter from) {
            int window = ProgressCalculator.Measure.window(asOf, from);
            if (window <= 0) {
                return 0;
            }
            Quarter windowStart = ProgressCalculator.Measure.windowStart(asOf, window);
            if (kind == IndicatorKind.LEVEL) {
                // Levels are readings at quarter ends: n readings span n - 1 quarters.
                return window < 2 ? 0 : (toDate(asOf) - toDate(windowStart)) / (window - 1);
            }
            double flow = 0;
            for (Sums s : sums.subMap(windowStart, true, asOf, true).values()) {
                flow += s.flow().doubleValue();
            }
            return flow / window;
        }
    }
}
