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
import ma.marsad.forecast.FanPoint;
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
    void theForecastBandIsPartOfTheKeyAndIsDrawnAsAFanToTheDeadline() {
        IndicatorProgress jobs = progress.overview(Optional.empty(), false).getFirst();
        ChartLabels labels = new ChartLabels(Locale.ENGLISH, null, "actual", "expected", "target", null, "jobs");
        Quarter asOf = jobs.asOf();
        ChartForecast band = new ChartForecast("Forecast, 80 % band", List.of(
                new FanPoint(asOf, jobs.actual(), jobs.actual(), jobs.actual(), jobs.actual(), jobs.actual()),
                new FanPoint(asOf.next(), 80_000, 75_000, 85_000, 70_000, 90_000)));
        ChartForecast wider = new ChartForecast("Forecast, 80 % band", List.of(band.fan().get(0),
                new FanPoint(asOf.next(), 80_000, 70_000, 90_000, 65_000, 95_000)));

        try (ChartsDrawn drawn = new ChartsDrawn()) {
            charts.progressChartPng(jobs, band, labels, ChartSize.CARD);
            charts.progressChartPng(jobs, band, labels, ChartSize.CARD);
            assertThat(drawn.count()).as("the same band: drawn once").isEqualTo(1);
            charts.progressChartPng(jobs, wider, labels, ChartSize.CARD);
            assertThat(drawn.count()).as("another band: drawn again").isEqualTo(2);
        }

        var plot = ProgressChartFactory.create(jobs, band, labels).getXYPlot();
        var fan = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset(2);
        assertThat(fan.getSeriesKey(0)).isEqualTo("Forecast, 80 % band");
        assertThat(fan.getItemCount(0)).isEqualTo(2);
        assertThat(fan.getStartYValue(0, 1)).isEqualTo(75_000);
        assertThat(fan.getEndYValue(0, 1)).isEqualTo(85_000);
        assertThat(plot.getRenderer(2)).isInstanceOf(org.jfree.chart.renderer.xy.DeviationRenderer.class);
        assertThat(((java.awt.BasicStroke) plot.getRenderer(2).getSeriesStroke(0)).getDashArray())
                .as("the central forecast is dashed").isNotNull();
        assertThat(ProgressChartFactory.create(jobs, labels).getXYPlot().getDataset(2)).as("no band, no fan").isNull();
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
