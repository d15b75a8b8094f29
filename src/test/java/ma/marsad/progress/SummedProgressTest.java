package ma.marsad.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorService;

/**
 * The progress the database adds up (ProgressService, FigureSums) is the progress the arithmetic gives when it
 * reads every figure itself (FigureByFigureOracle: the figures one by one, the way the service worked
 * before), on a seeded random set: every kind, regions that skip quarters, figures not yet approved, figures of
 * the current quarter, for every region and both choices of unapproved figures. The database adds exactly where
 * Java added doubles, so amounts agree to a billionth, and everything else exactly. Rolled back at the end.
 */
@MarsadSpringTest
@Transactional
class SummedProgressTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Autowired
    ProgressService progress;
    @Autowired
    IndicatorService indicators;
    @Autowired
    StatusThresholds thresholds;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void storeRandomFigures() {
        Random random = new Random(7);
        String[] kinds = {"CUMULATIVE", "ANNUAL", "LEVEL"};
        OffsetDateTime at = Instant.parse("2026-11-01T10:00:00Z").atOffset(ZoneOffset.UTC);
        for (int i = 0; i < 18; i++) {
            String kind = kinds[i % 3];
            String code = "RANDOM_" + i;
            // Some start after their first figures; some end before the last ones.
            LocalDate start = i % 4 == 1 ? LocalDate.of(2022, 7, 1) : LocalDate.of(2020, 1, 1);
            LocalDate deadline = i % 6 == 5 ? LocalDate.of(2025, 12, 31) : LocalDate.of(2029, 12, 31);
            jdbc.update("insert into indicator (code, name_fr, name_en, name_ar, unit_fr, unit_en, unit_ar, kind,"
                    + " target_value, start_date, deadline, owner_fr, owner_en, owner_ar, source_file, source_quote)"
                    + " values (?, ?, ?, ?, 'u', 'u', 'u', ?, ?, ?, ?, 'o', 'o', 'o', 'test', 'test')",
                    code, code, code, code, kind, 1_000 + random.nextInt(100_000), start, deadline);
            long id = jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
            if (i % 4 == 0) {
                jdbc.update("insert into indicator_milestone (indicator_id, milestone_year, target_value)"
                        + " values (?, 2024, ?)", id, random.nextInt(50_000));
            }
            // Indicator 17 has no figure at all.
            int quarters = i == 17 ? 0 : 4 + random.nextInt(24);
            Quarter q = i % 5 == 0 ? Quarter.of("2019-Q3") : Quarter.of("2020-Q1");
            for (int n = 0; n < quarters && !q.isAfter(Quarter.of("2026-Q4")); n++, q = q.next()) {
                for (Region r : Region.values()) {
                    if (random.nextInt(10) < 3) {
                        continue;
                    }
                    int s = random.nextInt(10);
                    String status = s < 7 ? "APPROVED" : s < 9 ? "SUBMITTED" : "RETURNED";
                    jdbc.update("insert into progress_entry (indicator_id, quarter_code, region_code, amount,"
                            + " entered_by, entered_at, origin, version, status) values (?, ?, ?, ?, 'test', ?, ?, 0, ?)",
                            id, q.toString(), r.name(), BigDecimal.valueOf(random.nextInt(2_000_000), 2), at,
                            random.nextInt(20) == 0 ? "SAMPLE" : "MANUAL", status);
                }
            }
        }
    }

    @Test
    void addsUpInTheDatabaseWhatTheArithmeticAddsUpFigureByFigure() {
        FigureByFigureOracle oracle = new FigureByFigureOracle(thresholds);
        List<FigureByFigureOracle.Figure> all = FigureByFigureOracle.everyStoredFigure(jdbc);
        int compared = 0;
        for (Quarter upTo : List.of(Quarter.containing(TODAY), Quarter.of("2025-Q2"), Quarter.of("2021-Q1"))) {
            for (boolean includeUnapproved : new boolean[] {false, true}) {
                Map<Long, List<FigureByFigureOracle.Figure>> figures =
                        FigureByFigureOracle.byIndicator(all, upTo, includeUnapproved);
                LocalDate asOfDay = upTo.isBefore(Quarter.containing(TODAY)) ? upTo.next().firstDay() : TODAY;
                List<Optional<Region>> choices = new ArrayList<>(List.of(Optional.empty()));
                for (Region r : Region.values()) {
                    choices.add(Optional.of(r));
                }
                for (Optional<Region> region : choices) {
                    List<IndicatorProgress> summed = progress.overview(region, upTo, includeUnapproved);
                    List<IndicatorProgress> oneByOne = indicators.findAll().stream()
                            .map(i -> oracle.calculate(i, figures.getOrDefault(i.id(), List.of()), asOfDay, region))
                            .toList();
                    assertThat(summed).hasSameSizeAs(oneByOne);
                    for (int i = 0; i < summed.size(); i++) {
                        same(summed.get(i), oneByOne.get(i));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isEqualTo(3 * 2 * 14 * indicators.findAll().size());
    }

    private static void same(IndicatorProgress summed, IndicatorProgress oneByOne) {
        String what = oneByOne.indicator().code() + " " + oneByOne.region() + " " + oneByOne.asOf();
        assertThat(summed.indicator()).isEqualTo(oneByOne.indicator());
        assertThat(summed.asOf()).as(what).isEqualTo(oneByOne.asOf());
        assertThat(summed.status()).as(what).isEqualTo(oneByOne.status());
        close(summed.actual(), oneByOne.actual(), what);
        close(summed.target(), oneByOne.target(), what);
        close(summed.percentAchieved(), oneByOne.percentAchieved(), what);
        close(summed.expectedToDate(), oneByOne.expectedToDate(), what);
        close(summed.forecast(), oneByOne.forecast(), what);
        close(summed.runRateNeeded(), oneByOne.runRateNeeded(), what);
        close(summed.regionActual(), oneByOne.regionActual(), what);
        assertThat(summed.includesSampleFigures()).as(what).isEqualTo(oneByOne.includesSampleFigures());
        assertThat(summed.includesUnapprovedFigures()).as(what).isEqualTo(oneByOne.includesUnapprovedFigures());
        assertThat(summed.region()).isEqualTo(oneByOne.region());
        assertThat(summed.path()).as(what).isEqualTo(oneByOne.path());
        assertThat(summed.series()).as(what).hasSameSizeAs(oneByOne.series());
        for (int q = 0; q < summed.series().size(); q++) {
            QuarterPoint a = summed.series().get(q);
            QuarterPoint b = oneByOne.series().get(q);
            String point = what + " at " + b.quarter();
            assertThat(a.quarter()).isEqualTo(b.quarter());
            close(a.reported(), b.reported(), point);
            close(a.actualToDate(), b.actualToDate(), point);
            close(a.expected(), b.expected(), point);
            close(a.regionActualToDate(), b.regionActualToDate(), point);
        }
    }

    private static void close(Double a, Double b, String what) {
        if (b == null) {
            assertThat(a).as(what).isNull();
        } else {
            assertThat(a).as(what).isNotNull().isCloseTo(b, within(Math.max(1e-9, Math.abs(b) * 1e-12)));
        }
    }
}
