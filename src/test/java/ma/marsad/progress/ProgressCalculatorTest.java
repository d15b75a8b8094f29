package ma.marsad.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.base.LocalizedText;
import ma.marsad.indicator.Milestone;

/**
 * The progress arithmetic the dashboard, the API and the reports run (ProgressCalculator over the per-quarter sums
 * of QuarterTotals), on 23 November 2026 unless a test says otherwise: last closed quarter 2026-Q3.
 */
class ProgressCalculatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final ProgressCalculator calculator = new ProgressCalculator(new StatusThresholds(0.95, 0.75));

    private static IndicatorDetails indicator(IndicatorKind kind, double target, LocalDate start, LocalDate deadline,
                                              Milestone... milestones) {
        LocalizedText text = new LocalizedText("x", "x", "x");
        return new IndicatorDetails(1, "TEST", text, text, kind, BigDecimal.valueOf(target), start, deadline, null,
                List.of(milestones), text, "004_e61645de221c9efb.txt", "quote", true);
    }

    /** One approved figure, as a clerk reports it. */
    private record Figure(Quarter quarter, Region region, double value) {
    }

    private static Figure figure(String quarter, double value) {
        return new Figure(Quarter.of(quarter), Region.NATIONAL, value);
    }

    private static Figure figure(String quarter, Region region, double value) {
        return new Figure(Quarter.of(quarter), region, value);
    }

    /**
     * The figures added up the way FigureSums' two statements add them up for the app: per quarter, nationally and
     * per region, the sum of the figures and the sum of their level changes (each figure minus the same region's
     * previous one; FigureSums asks for these for LEVEL indicators only, and the other kinds never read them).
     */
    private static QuarterTotals totals(List<Figure> figures) {
        Map<Optional<Region>, TreeMap<Quarter, BigDecimal>> flows = new HashMap<>();
        Map<Optional<Region>, TreeMap<Quarter, BigDecimal>> levelChanges = new HashMap<>();
        Map<Region, BigDecimal> previous = new EnumMap<>(Region.class);
        for (Figure f : figures.stream().sorted(Comparator.comparing(Figure::quarter)).toList()) {
            BigDecimal amount = BigDecimal.valueOf(f.value());
            BigDecimal change = amount.subtract(previous.getOrDefault(f.region(), BigDecimal.ZERO));
            previous.put(f.region(), amount);
            for (Optional<Region> where : List.of(Optional.<Region>empty(), Optional.of(f.region()))) {
                flows.computeIfAbsent(where, w -> new TreeMap<>()).merge(f.quarter(), amount, BigDecimal::add);
                levelChanges.computeIfAbsent(where, w -> new TreeMap<>()).merge(f.quarter(), change, BigDecimal::add);
            }
        }
        QuarterTotals totals = new QuarterTotals();
        flows.forEach((where, sums) -> sums.forEach((q, sum) -> totals.addFlow(where, q, sum)));
        levelChanges.forEach((where, sums) -> sums.forEach((q, sum) -> totals.addLevelChange(where, q, sum)));
        return totals;
    }

    private static double days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    @Nested
    class Cumulative {

        private final IndicatorDetails jobs = indicator(IndicatorKind.CUMULATIVE, 240_000,
                LocalDate.of(2024, 10, 1), LocalDate.of(2030, 12, 31));

        @Test
        void addsUpQuarterlyFiguresAndComparesThemWithTheStraightLineAtTheEndOfTheLastClosedQuarter() {
            IndicatorProgress p = calculator.calculate(jobs,
                    totals(List.of(figure("2024-Q4", 10_000), figure("2025-Q4", 20_000), figure("2026-Q3", 40_000))),
                    TODAY, Optional.empty());

            double expected = 240_000 * days(LocalDate.of(2024, 10, 1), LocalDate.of(2026, 10, 1))
                    / days(LocalDate.of(2024, 10, 1), LocalDate.of(2031, 1, 1));
            assertThat(p.asOf()).isEqualTo(Quarter.of("2026-Q3"));
            assertThat(p.actual()).isEqualTo(70_000);
            assertThat(p.target()).isEqualTo(240_000);
            assertThat(p.percentAchieved()).isCloseTo(29.17, within(0.01));
            assertThat(p.expectedToDate()).isCloseTo(expected, within(0.001));
            assertThat(p.status()).isEqualTo(ProgressStatus.AT_RISK);
            assertThat(p.series()).hasSize(8);
            assertThat(p.series().getFirst().actualToDate()).isEqualTo(10_000);
            assertThat(p.series().get(1).reported()).isNull();
            assertThat(p.path().getLast().expected()).isEqualTo(240_000);
            assertThat(p.path().getLast().quarter()).isEqualTo(Quarter.of("2030-Q4"));
        }

        @Test
        void forecastsFromTheAverageOfTheLastFourQuartersAndSaysWhatEachRemainingQuarterNeeds() {
            List<Figure> figures = new ArrayList<>();
            for (Quarter q = Quarter.of("2024-Q4"); !q.isAfter(Quarter.of("2026-Q3")); q = q.next()) {
                figures.add(figure(q.toString(), q.isAfter(Quarter.of("2025-Q3")) ? 9_000 : 5_000));
            }
            IndicatorProgress p = calculator.calculate(jobs, totals(figures), TODAY, Optional.empty());

            int remaining = 17; // 2026-Q4 .. 2030-Q4
            assertThat(p.actual()).isEqualTo(4 * 5_000 + 4 * 9_000);
            assertThat(p.forecast()).isEqualTo(56_000 + 9_000.0 * remaining);
            assertThat(p.runRateNeeded()).isCloseTo((240_000 - 56_000) / (double) remaining, within(1e-9));
        }

        @Test
        void usesAQuarterWhoseFiguresAreAlreadyInEvenIfItHasNotClosed() {
            IndicatorProgress p = calculator.calculate(jobs, totals(List.of(figure("2026-Q4", 1_000))), TODAY, Optional.empty());
            assertThat(p.asOf()).isEqualTo(Quarter.of("2026-Q4"));
            assertThat(p.expectedToDate()).isCloseTo(240_000 * days(LocalDate.of(2024, 10, 1), LocalDate.of(2027, 1, 1))
                    / days(LocalDate.of(2024, 10, 1), LocalDate.of(2031, 1, 1)), within(0.001));
        }

        @Test
        void bendsThePathThroughTheYearlyMilestones() {
            IndicatorDetails phd = indicator(IndicatorKind.CUMULATIVE, 100, LocalDate.of(2026, 1, 1),
                    LocalDate.of(2030, 12, 31), new Milestone(2026, BigDecimal.valueOf(20)),
                    new Milestone(2027, BigDecimal.valueOf(40)), new Milestone(2028, BigDecimal.valueOf(60)),
                    new Milestone(2029, BigDecimal.valueOf(80)), new Milestone(2030, BigDecimal.valueOf(100)));

            IndicatorProgress now = calculator.calculate(phd, totals(List.of(figure("2026-Q1", 15))), TODAY, Optional.empty());
            assertThat(now.expectedToDate()).isCloseTo(20 * 273 / 365.0, within(1e-9));
            assertThat(now.status()).isEqualTo(ProgressStatus.ON_TRACK);

            IndicatorProgress later = calculator.calculate(phd, totals(List.of(figure("2026-Q1", 15))),
                    LocalDate.of(2027, 8, 1), Optional.empty());
            assertThat(later.expectedToDate()).isCloseTo(20 + 20 * 181 / 365.0, within(1e-9));
            assertThat(later.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        }

        @Test
        void showsTheChosenRegionsShareNextToTheNationalFigure() {
            IndicatorProgress p = calculator.calculate(jobs, totals(List.of(
                    figure("2026-Q2", Region.CASABLANCA_SETTAT, 3_000),
                    figure("2026-Q3", Region.CASABLANCA_SETTAT, 1_000),
                    figure("2026-Q3", Region.SOUSS_MASSA, 6_000))), TODAY, Optional.of(Region.CASABLANCA_SETTAT));

            assertThat(p.actual()).isEqualTo(10_000);
            assertThat(p.regionActual()).isEqualTo(4_000);
            assertThat(p.series().getLast().regionActualToDate()).isEqualTo(4_000);
        }
    }

    @Nested
    class Annual {

        private final IndicatorDetails certificates = indicator(IndicatorKind.ANNUAL, 20_000,
                LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));

        @Test
        void countsOnlyThisYearAgainstThisYearsTargetSpreadOverItsQuarters() {
            IndicatorProgress p = calculator.calculate(certificates, totals(List.of(
                    figure("2026-Q1", 4_000), figure("2026-Q2", 5_000), figure("2026-Q3", 5_250))),
                    TODAY, Optional.empty());

            assertThat(p.actual()).isEqualTo(14_250);
            assertThat(p.target()).isEqualTo(20_000);
            assertThat(p.expectedToDate()).isEqualTo(15_000);
            assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(p.runRateNeeded()).isEqualTo(5_750);
            assertThat(p.forecast()).isCloseTo(14_250 + 14_250 / 3.0, within(1e-9));
        }

        @Test
        void startsAgainFromZeroInJanuary() {
            IndicatorProgress p = calculator.calculate(certificates, totals(List.of(
                    figure("2026-Q4", 9_000), figure("2027-Q1", 2_000))), LocalDate.of(2027, 5, 10), Optional.empty());

            assertThat(p.asOf()).isEqualTo(Quarter.of("2027-Q1"));
            assertThat(p.actual()).isEqualTo(2_000);
            assertThat(p.expectedToDate()).isEqualTo(5_000);
            assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        }

        @Test
        void proratesAFirstYearThatStartsAfterJanuary() {
            IndicatorDetails fromApril = indicator(IndicatorKind.ANNUAL, 20_000, LocalDate.of(2025, 4, 1),
                    LocalDate.of(2030, 12, 31));
            IndicatorProgress p = calculator.calculate(fromApril, totals(List.of(figure("2025-Q2", 5_000))),
                    LocalDate.of(2025, 8, 1), Optional.empty());

            assertThat(p.target()).isEqualTo(15_000);
            assertThat(p.expectedToDate()).isEqualTo(5_000);
            assertThat(p.status()).isEqualTo(ProgressStatus.ON_TRACK);
        }
    }

    @Nested
    class Level {

        private final IndicatorDetails capacity = indicator(IndicatorKind.LEVEL, 500,
                LocalDate.of(2025, 10, 1), LocalDate.of(2030, 12, 31));

        @Test
        void takesTheLatestLevelOfEachRegionEvenWhenARegionSkippedAQuarter() {
            IndicatorProgress p = calculator.calculate(capacity, totals(List.of(
                    figure("2026-Q1", Region.DAKHLA_OUED_ED_DAHAB, 20),
                    figure("2026-Q2", Region.DAKHLA_OUED_ED_DAHAB, 40),
                    figure("2026-Q3", Region.SOUSS_MASSA, 10))), TODAY, Optional.empty());

            assertThat(p.actual()).isEqualTo(50);
            assertThat(p.series().getLast().reported()).isEqualTo(10);
        }

        @Test
        void forecastsFromTheSlopeOfTheLevel() {
            IndicatorProgress p = calculator.calculate(capacity, totals(List.of(
                    figure("2025-Q4", 0), figure("2026-Q1", 10), figure("2026-Q2", 20), figure("2026-Q3", 30))),
                    TODAY, Optional.empty());

            int remaining = 17;
            assertThat(p.forecast()).isCloseTo(30 + 10.0 * remaining, within(1e-9));
            assertThat(p.runRateNeeded()).isCloseTo(470.0 / remaining, within(1e-9));
        }
    }

    @Nested
    class Status {

        @Test
        void isOnTrackFrom95PercentOfExpectedAndAtRiskFrom75() {
            assertThat(calculator.status(false, 95, 1000, 100, false)).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(calculator.status(false, 94.99, 1000, 100, false)).isEqualTo(ProgressStatus.AT_RISK);
            assertThat(calculator.status(false, 75, 1000, 100, false)).isEqualTo(ProgressStatus.AT_RISK);
            assertThat(calculator.status(false, 74.99, 1000, 100, false)).isEqualTo(ProgressStatus.OFF_TRACK);
        }

        @Test
        void isAchievedOnceTheTargetIsReachedAndNoDataWithoutFigures() {
            assertThat(calculator.status(false, 1000, 1000, 2000, false)).isEqualTo(ProgressStatus.ACHIEVED);
            assertThat(calculator.status(true, 0, 1000, 100, false)).isEqualTo(ProgressStatus.NO_DATA);
        }

        @Test
        void isOnTrackBeforeAnythingIsExpectedAndOffTrackOnceTheDeadlineHasPassed() {
            assertThat(calculator.status(false, 0, 1000, 0, false)).isEqualTo(ProgressStatus.ON_TRACK);
            assertThat(calculator.status(false, 990, 1000, 1000, true)).isEqualTo(ProgressStatus.OFF_TRACK);
        }

        @Test
        void followsTheConfiguredThresholds() {
            ProgressCalculator strict = new ProgressCalculator(new StatusThresholds(0.99, 0.9));
            assertThat(strict.status(false, 96, 1000, 100, false)).isEqualTo(ProgressStatus.AT_RISK);
            assertThat(strict.status(false, 89, 1000, 100, false)).isEqualTo(ProgressStatus.OFF_TRACK);
        }

        @Test
        void anIndicatorWithoutFiguresHasNoForecastButStillARunRate() {
            IndicatorDetails unicorn = indicator(IndicatorKind.CUMULATIVE, 1, LocalDate.of(2025, 4, 1),
                    LocalDate.of(2030, 12, 31));
            IndicatorProgress p = calculator.calculate(unicorn, totals(List.of()), TODAY, Optional.empty());
            assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
            assertThat(p.forecast()).isNull();
            assertThat(p.runRateNeeded()).isCloseTo(1 / 17.0, within(1e-9));
        }
    }
}
