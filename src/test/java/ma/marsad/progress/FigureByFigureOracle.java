package ma.marsad.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;

/**
 * The tests' reference for the progress arithmetic: every stored figure read into Java and added up there, one by
 * one, the obvious way (how the service worked before the database added up). The app's path (FigureSums'
 * statements into QuarterTotals) must give what this gives; SummedProgressTest checks that it does.
 */
final class FigureByFigureOracle {

    /** One stored figure, as read straight from the table. */
    record Figure(long indicatorId, Quarter quarter, Region region, double value, boolean sample, boolean approved) {
    }

    private final ProgressCalculator calculator;

    FigureByFigureOracle(StatusThresholds thresholds) {
        this.calculator = new ProgressCalculator(thresholds);
    }

    /** Every figure of the table, whatever its quarter or status. */
    static List<Figure> everyStoredFigure(JdbcTemplate jdbc) {
        return jdbc.query("select indicator_id, quarter_code, region_code, amount, origin, status from progress_entry",
                (rs, n) -> new Figure(rs.getLong(1), Quarter.of(rs.getString(2)), Region.valueOf(rs.getString(3)),
                        rs.getBigDecimal(4).doubleValue(), rs.getString(5).equals(EntryOrigin.SAMPLE.name()),
                        rs.getString(6).equals(EntryStatus.APPROVED.name())));
    }

    /** The figures up to {@code upTo} (included), approved ones only unless {@code includeUnapproved}, by indicator. */
    static Map<Long, List<Figure>> byIndicator(List<Figure> all, Quarter upTo, boolean includeUnapproved) {
        Map<Long, List<Figure>> figures = new HashMap<>();
        for (Figure f : all) {
            if (!f.quarter().isAfter(upTo) && (includeUnapproved || f.approved())) {
                figures.computeIfAbsent(f.indicatorId(), id -> new ArrayList<>()).add(f);
            }
        }
        return figures;
    }

    /** One indicator's progress on {@code today} from its figures, with {@code region}'s share if one is given. */
    IndicatorProgress calculate(IndicatorDetails indicator, List<Figure> figures, LocalDate today,
                                Optional<Region> region) {
        ProgressCalculator.Measure national = new FigureMeasure(indicator.kind(), figures);
        ProgressCalculator.Measure regional = region.map(r -> (ProgressCalculator.Measure) new FigureMeasure(
                indicator.kind(), figures.stream().filter(f -> f.region() == r).toList())).orElse(null);
        Optional<Quarter> latestData = figures.stream().map(Figure::quarter).max(Comparator.naturalOrder());
        Optional<Quarter> earliestData = figures.stream().map(Figure::quarter).min(Comparator.naturalOrder());
        return calculator.calculate(indicator, national, regional, earliestData, latestData, today, region,
                figures.stream().anyMatch(Figure::sample), figures.stream().anyMatch(f -> !f.approved()));
    }

    /** The measure from the figures one by one: each region's levels kept apart, flows added per quarter. */
    private static final class FigureMeasure implements ProgressCalculator.Measure {
        private final IndicatorKind kind;
        private final TreeMap<Quarter, Double> flows = new TreeMap<>();
        /** LEVEL only: each region's reported levels, so a region that skips a quarter keeps its level. */
        private final Map<Region, TreeMap<Quarter, Double>> levels = new HashMap<>();

        FigureMeasure(IndicatorKind kind, List<Figure> figures) {
            this.kind = kind;
            for (Figure f : figures) {
                flows.merge(f.quarter(), f.value(), Double::sum);
                levels.computeIfAbsent(f.region(), r -> new TreeMap<>()).merge(f.quarter(), f.value(), Double::sum);
            }
        }

        @Override
        public Double reported(Quarter q) {
            return flows.get(q);
        }

        @Override
        public double toDate(Quarter q) {
            return switch (kind) {
                case CUMULATIVE -> sum(flows.headMap(q, true));
                case ANNUAL -> sum(flows.subMap(new Quarter(q.year(), 1), true, q, true));
                case LEVEL -> levelAt(q);
            };
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
                return window < 2 ? 0 : (levelAt(asOf) - levelAt(windowStart)) / (window - 1);
            }
            return sum(flows.subMap(windowStart, true, asOf, true)) / window;
        }

        private double levelAt(Quarter q) {
            double level = 0;
            for (TreeMap<Quarter, Double> reported : levels.values()) {
                Map.Entry<Quarter, Double> latest = reported.floorEntry(q);
                if (latest != null) {
                    level += latest.getValue();
                }
            }
            return level;
        }

        private static double sum(Map<Quarter, Double> values) {
            return values.values().stream().mapToDouble(Double::doubleValue).sum();
        }
    }
}
