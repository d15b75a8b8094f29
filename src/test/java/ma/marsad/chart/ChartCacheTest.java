package ma.marsad.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.NewFigure;
import ma.marsad.progress.ProgressService;

/**
 * The dashboard's charts, as its cards ask for them (every indicator, in English, French and Arabic, figures
 * waiting for review included): opened again with the same figures, no chart is drawn again; a figure changed,
 * through the application or straight in the database as another instance would, redraws that indicator's
 * charts and no other.
 */
@MarsadSpringTest
class ChartCacheTest {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar"));

    @Autowired
    ChartService charts;
    @Autowired
    ProgressService progress;
    @Autowired
    EntryService entries;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeFigures() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    /** Opens the dashboard and returns the codes of the indicators whose charts had to be drawn, once per language. */
    private List<String> openDashboard() {
        try (ChartsDrawn drawn = new ChartsDrawn()) {
            for (Locale locale : LANGUAGES) {
                for (IndicatorProgress p : progress.overview(Optional.empty(), true)) {
                    byte[] png = charts.progressChartPng(p, new ChartLabels(locale, null, "actual", "expected",
                            "target " + p.target(), null, p.indicator().unit().in(locale)), ChartSize.CARD);
                    assertThat(png).isNotEmpty();
                }
            }
            return drawn.indicatorCodes();
        }
    }

    @Test
    void aSecondLoadWithTheSameFiguresDrawsNoChart() {
        openDashboard();

        assertThat(openDashboard()).isEmpty();
    }

    @Test
    void aNewFigureRedrawsThatIndicatorsChartsOnly() {
        openDashboard();
        long unicorns = indicators.findByCode("UNICORNS").orElseThrow().id();

        // A figure no other test stores: equal data would rightly find the chart another test drew.
        entries.create(new NewFigure(unicorns, Quarter.of("2026-Q3"), Region.NATIONAL, new BigDecimal("7"), null), "clerk");

        assertThat(openDashboard()).containsExactly("UNICORNS", "UNICORNS", "UNICORNS");
        assertThat(openDashboard()).isEmpty();
    }

    @Test
    void aFigureChangedByAnotherInstanceRedrawsThatIndicatorsCharts() {
        long unicorns = indicators.findByCode("UNICORNS").orElseThrow().id();
        EntryDetails figure = entries.create(new NewFigure(unicorns, Quarter.of("2026-Q3"), Region.NATIONAL,
                new BigDecimal("2"), null), "clerk");
        openDashboard();

        // Another instance on the same database: no event reaches this one, only the stored figure changes.
        jdbc.update("update progress_entry set amount = 3 where id = ?", figure.id());

        assertThat(openDashboard()).containsExactly("UNICORNS", "UNICORNS", "UNICORNS");
    }

    @Test
    void aChangedTargetRedrawsThatIndicatorsCharts() {
        openDashboard();
        BigDecimal target = jdbc.queryForObject("select target_value from indicator where code = 'UNICORNS'", BigDecimal.class);
        try {
            jdbc.update("update indicator set target_value = ? where code = 'UNICORNS'", target.add(BigDecimal.ONE));

            assertThat(openDashboard()).containsExactly("UNICORNS", "UNICORNS", "UNICORNS");
        } finally {
            jdbc.update("update indicator set target_value = ? where code = 'UNICORNS'", target);
        }
    }
}
