package ma.marsad.forecast;

import static ma.marsad.forecast.Progresses.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ma.marsad.base.Quarter;
import ma.marsad.forecast.ProgressMeasure.Category;
import ma.marsad.forecast.ProgressMeasure.Method;
import ma.marsad.indicator.IndicatorKind;

/** The UN progress measure against cases worked out by hand (docs/forecast.md shows the same arithmetic). */
class ProgressMeasuresTest {

    private final ProgressMeasures measures = new ProgressMeasures(6);

    @Test
    void aGrowthRateCloseToTheNeededOneIsSubstantialProgress() {
        // Level 100 at the end of 2025-Q4, 121 two years later: CAGR = (121/100)^(1/2) − 1 = 0.10.
        // Target 200 by the end of 2032 (7 years after the base): needed = 2^(1/7) − 1 = 0.104090.
        // Ratio = 0.10 / 0.104090 = 0.9607 → substantial (≥ 0.95).
        var indicator = Progresses.indicator("MW", IndicatorKind.LEVEL, 200, LocalDate.of(2025, 10, 1),
                LocalDate.of(2032, 12, 31));
        var p = Progresses.of(indicator, new Quarter(2025, 4),
                100.0, 102.0, 104.0, 107.0, 110.0, 112.0, 115.0, 118.0, 121.0);

        ProgressMeasure m = measures.of(SeriesFigures.of(p));

        assertThat(m).isEqualTo(new ProgressMeasure(Category.SUBSTANTIAL, 0.96, Method.CAGR));
    }

    @Test
    void halfTheNeededGrowthRateIsLimitedProgress() {
        // 100 → 110.25 in two years: CAGR 0.05; 0.05 / 0.104090 = 0.4804 → limited (0 ≤ r < 0.60).
        var indicator = Progresses.indicator("MW", IndicatorKind.LEVEL, 200, LocalDate.of(2025, 10, 1),
                LocalDate.of(2032, 12, 31));
        var p = Progresses.of(indicator, new Quarter(2025, 4),
                100.0, 101.0, 102.0, 104.0, 105.0, 106.0, 107.0, 109.0, 110.25);

        assertThat(measures.of(SeriesFigures.of(p))).isEqualTo(new ProgressMeasure(Category.LIMITED, 0.48, Method.CAGR));
    }

    @Test
    void aFallingLevelIsDeterioration() {
        // 100 → 81 in two years: CAGR = 0.9 − 1 = −0.10; ratio −0.10 / 0.104090 = −0.96.
        var indicator = Progresses.indicator("MW", IndicatorKind.LEVEL, 200, LocalDate.of(2025, 10, 1),
                LocalDate.of(2032, 12, 31));
        var p = Progresses.of(indicator, new Quarter(2025, 4), 100.0, 98.0, 95.0, 93.0, 90.0, 88.0, 86.0, 84.0, 81.0);

        assertThat(measures.of(SeriesFigures.of(p)))
                .isEqualTo(new ProgressMeasure(Category.DETERIORATION, -0.96, Method.CAGR));
    }

    @Test
    void aCountStartingFromZeroIsMeasuredByItsLinearPace() {
        // A count starts from 0 at its start date (2025-01-01), where a growth rate means nothing. 2025-Q1 reported 0,
        // then 10 a quarter for 8 quarters: 80 at the end of 2027-Q1, 9 quarters = 2.25 years after the start:
        // 35.56 a year. Target 500 by the end of 2030, 24 quarters = 6 years after the start: 83.33 a year needed.
        // Ratio = 35.56 / 83.33 = 0.4267 → limited progress, by the linear pace.
        var indicator = Progresses.indicator("PHD", IndicatorKind.CUMULATIVE, 500, LocalDate.of(2025, 1, 1),
                LocalDate.of(2030, 12, 31));
        var p = Progresses.of(indicator, new Quarter(2025, 1), Progresses.concat(new Double[] {0.0}, repeat(10, 8)));

        assertThat(measures.of(SeriesFigures.of(p)))
                .isEqualTo(new ProgressMeasure(Category.LIMITED, 0.43, Method.LINEAR_PACE));
    }

    @Test
    void aZeroBaseGainingFastEnoughIsSubstantialByTheLinearPace() {
        // 0, then 25 a quarter for 8 quarters: 200 in 2.25 years, 88.89 a year against 83.33 needed: 1.07.
        var indicator = Progresses.indicator("PHD", IndicatorKind.CUMULATIVE, 500, LocalDate.of(2025, 1, 1),
                LocalDate.of(2030, 12, 31));
        var p = Progresses.of(indicator, new Quarter(2025, 1), Progresses.concat(new Double[] {0.0}, repeat(25, 8)));

        assertThat(measures.of(SeriesFigures.of(p)))
                .isEqualTo(new ProgressMeasure(Category.SUBSTANTIAL, 1.07, Method.LINEAR_PACE));
    }

    @Test
    void aCountIsMeasuredFromZeroAtItsStartEvenWhenItsFirstQuarterReportedMore() {
        // 100 a quarter from 2025-Q1: 900 at the end of 2027-Q1, 2.25 years after the start: 400 a year. A growth
        // rate from the first quarter's 100 would say 2.48 times the needed rate; from the count's real start, zero,
        // the pace is 400 a year against 3,000 / 6 = 500 needed: 0.80 → moderate progress.
        var indicator = Progresses.indicator("JOBS", IndicatorKind.CUMULATIVE, 3000, LocalDate.of(2025, 1, 1),
                LocalDate.of(2030, 12, 31));
        var p = Progresses.of(indicator, new Quarter(2025, 1), repeat(100, 9));

        assertThat(measures.of(SeriesFigures.of(p)))
                .isEqualTo(new ProgressMeasure(Category.MODERATE, 0.80, Method.LINEAR_PACE));
    }

    @Test
    void aLevelStartingAtZeroIsMeasuredByItsLinearPace() {
        // Megawatts: 0 at the end of 2025-Q4, then 5 more a quarter: 40 two years later, 20 a year. Target 200 by the
        // end of 2032, 7 years after the base: 28.57 a year. Ratio 0.70 → moderate progress.
        var indicator = Progresses.indicator("MW", IndicatorKind.LEVEL, 200, LocalDate.of(2025, 10, 1),
                LocalDate.of(2032, 12, 31));
        var p = Progresses.of(indicator, new Quarter(2025, 4), 0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 35.0, 40.0);

        assertThat(measures.of(SeriesFigures.of(p)))
                .isEqualTo(new ProgressMeasure(Category.MODERATE, 0.70, Method.LINEAR_PACE));
    }

    @Test
    void betweenSixtyAndNinetyFivePercentIsModerateProgress() {
        assertThat(ProgressMeasure.categoryOf(0.95)).isEqualTo(Category.SUBSTANTIAL);
        assertThat(ProgressMeasure.categoryOf(0.9499)).isEqualTo(Category.MODERATE);
        assertThat(ProgressMeasure.categoryOf(0.60)).isEqualTo(Category.MODERATE);
        assertThat(ProgressMeasure.categoryOf(0.5999)).isEqualTo(Category.LIMITED);
        assertThat(ProgressMeasure.categoryOf(0)).isEqualTo(Category.LIMITED);
        assertThat(ProgressMeasure.categoryOf(-0.01)).isEqualTo(Category.DETERIORATION);
    }

    @Test
    void aTargetReachedIsAchievedAndTooFewQuartersSaySo() {
        var indicator = Progresses.indicator("JOBS", IndicatorKind.CUMULATIVE, 500, LocalDate.of(2025, 1, 1),
                LocalDate.of(2030, 12, 31));

        assertThat(measures.of(SeriesFigures.of(Progresses.of(indicator, new Quarter(2025, 1), repeat(100, 6)))).category())
                .isEqualTo(Category.ACHIEVED);
        assertThat(measures.of(SeriesFigures.of(Progresses.of(indicator, new Quarter(2025, 1), repeat(10, 5)))))
                .isEqualTo(new ProgressMeasure(Category.NOT_ENOUGH_FIGURES, null, null));
    }
}
