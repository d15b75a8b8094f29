package ma.marsad.forecast;

import static ma.marsad.forecast.Progresses.concat;
import static ma.marsad.forecast.Progresses.repeat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ma.marsad.base.Quarter;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.IndicatorProgress;

class ForecastCalculatorTest {

    private final ForecastCalculator calculator = new ForecastCalculator(new ForecastProperties(6, 2, 4000, 2030));

    /** 2,000 by the end of 2029, from the start of 2025: 100 a quarter is enough, as the path says. */
    private final IndicatorDetails jobs = Progresses.indicator("JOBS", IndicatorKind.CUMULATIVE, 2000,
            LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31));

    @Test
    void aSeriesGainingSteadilyFasterThanNeededIsVeryLikelyToGetThere() {
        // 8 quarters of about 130 (needed: 100 a quarter): 1,040 by 2026-Q4, 12 quarters left for 960.
        IndicatorProgress p = Progresses.of(jobs, new Quarter(2025, 1), 125.0, 135.0, 128.0, 132.0, 126.0, 134.0,
                130.0, 130.0);

        Forecast f = calculator.forecast(p);

        assertThat(f.chance()).isGreaterThan(0.90);
        assertThat(f.chanceNote()).isNull();
        assertThat(f.central()).isBetween(2500.0, 2700.0);
        assertThat(f.low80()).isLessThan(f.central()).isGreaterThan(2000.0);
        assertThat(f.high80()).isGreaterThan(f.central()).isLessThan(f.high95());
        assertThat(f.low95()).isLessThan(f.low80());
        // From the last actual quarter to the deadline's.
        assertThat(f.fan().getFirst().quarter()).isEqualTo(new Quarter(2026, 4));
        assertThat(f.fan().getFirst().central()).isEqualTo(1040);
        assertThat(f.fan().getLast().quarter()).isEqualTo(new Quarter(2029, 4));
        assertThat(f.fan()).hasSize(13);
    }

    @Test
    void aSeriesThatStoppedGainingAYearAgoIsUnlikelyToGetThereHoweverFastItStarted() {
        // 8 quarters of 130, then nothing for a year: at the early pace it would have made it.
        IndicatorProgress p = Progresses.of(jobs, new Quarter(2025, 1), concat(repeat(130, 8), repeat(0, 4)));

        Forecast f = calculator.forecast(p);

        assertThat(f.chance()).isLessThan(0.10);
        assertThat(f.central()).isLessThan(1600.0);
    }

    @Test
    void fewerThanSixQuartersGiveWordsNotANumber() {
        IndicatorProgress p = Progresses.of(jobs, new Quarter(2025, 1), 130.0, 130.0, null, 130.0, 130.0, 130.0);

        Forecast f = calculator.forecast(p);

        assertThat(f.chance()).isNull();
        assertThat(f.chanceNote()).isEqualTo(ChanceNote.NOT_ENOUGH_FIGURES);
        assertThat(f.quartersWithFigures()).isEqualTo(5);
        assertThat(f.quartersNeeded()).isEqualTo(6);
        assertThat(f.central()).isNull();
        assertThat(f.fan()).isEmpty();
    }

    @Test
    void aTargetAlreadyReachedIsCertain() {
        IndicatorProgress p = Progresses.of(jobs, new Quarter(2025, 1), 500.0, 500.0, 500.0, 600.0);

        Forecast f = calculator.forecast(p);

        assertThat(f.chance()).isEqualTo(1.0);
        assertThat(f.achieved()).isTrue();
        assertThat(f.chanceNote()).isNull();
    }

    @Test
    void aDeadlinePassedHasNoChanceReachedOrNot() {
        IndicatorProgress p = Progresses.of(jobs, new Quarter(2025, 1), repeat(90, 21));

        Forecast f = calculator.forecast(p);

        assertThat(f.chance()).isNull();
        assertThat(f.chanceNote()).isEqualTo(ChanceNote.DEADLINE_PASSED);
        assertThat(f.achieved()).isFalse();
    }

    @Test
    void theSameFiguresAlwaysGiveTheSameNumbers() {
        Double[] noisy = {90.0, 160.0, 70.0, 140.0, 100.0, 180.0, 60.0, 120.0};

        Forecast first = calculator.forecast(Progresses.of(jobs, new Quarter(2025, 1), noisy));
        Forecast again = new ForecastCalculator(new ForecastProperties(6, 2, 4000, 2030))
                .forecast(Progresses.of(jobs, new Quarter(2025, 1), noisy));

        assertThat(again).isEqualTo(first);
        assertThat(first.chance()).isBetween(0.05, 0.95);
    }

    @Test
    void aCountsBandIsInWholeNumbersAndNeverBelowWhatIsAlreadyCounted() {
        Forecast f = calculator.forecast(Progresses.of(jobs, new Quarter(2025, 1),
                10.0, 300.0, 0.0, 250.0, 5.0, 280.0, 0.0, 20.0));

        f.fan().forEach(point -> {
            assertThat(point.low95()).isEqualTo(Math.rint(point.low95())).isGreaterThanOrEqualTo(865);
            assertThat(point.central()).isEqualTo(Math.rint(point.central()));
        });
    }

    @Test
    void anAnnualTargetIsTheDeadlineYearsTotal() {
        // 1,000 a year to the end of 2028; about 300 a quarter: the year's total makes it.
        IndicatorDetails certificates = Progresses.indicator("CERTS", IndicatorKind.ANNUAL, 1000,
                LocalDate.of(2025, 1, 1), LocalDate.of(2028, 12, 31));

        Forecast f = calculator.forecast(Progresses.of(certificates, new Quarter(2025, 1),
                290.0, 310.0, 300.0, 305.0, 295.0, 300.0, 310.0, 290.0));

        assertThat(f.target()).isEqualTo(1000);
        // The year's total so far: it starts again from zero each January.
        assertThat(f.fan().get(1).quarter()).isEqualTo(new Quarter(2027, 1));
        assertThat(f.fan().get(1).central()).isBetween(250.0, 350.0);
        assertThat(f.central()).isBetween(1100.0, 1300.0);
        assertThat(f.chance()).isGreaterThan(0.90);
    }

    @Test
    void aLevelIsForecastFromItsRecentChanges() {
        // 500 MW by 2029; the level climbed 30 a quarter, then stayed at 240 for a year.
        IndicatorDetails power = Progresses.indicator("MW", IndicatorKind.LEVEL, 500, LocalDate.of(2025, 1, 1),
                LocalDate.of(2029, 12, 31));

        Forecast f = calculator.forecast(Progresses.of(power, new Quarter(2025, 1),
                30.0, 60.0, 90.0, 120.0, 150.0, 180.0, 210.0, 240.0, 240.0, 240.0, 240.0, 240.0));

        assertThat(f.chance()).isLessThan(0.10);
        assertThat(f.fan().getFirst().central()).isEqualTo(240);
    }
}
