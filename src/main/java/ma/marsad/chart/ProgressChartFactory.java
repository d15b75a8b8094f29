package ma.marsad.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.SortOrder;
import org.jfree.data.time.TimePeriodAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import ma.marsad.base.Morocco;
import ma.marsad.base.Quarter;
import ma.marsad.forecast.FanPoint;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.PathPoint;
import ma.marsad.progress.QuarterPoint;

/**
 * Builds the chart of one indicator: actual (cumulative, year-to-date or level) as bars per quarter,
 * the path to the target as a line from the start to the deadline, and the target as a dashed line; with a
 * forecast, its 80 % band as a shaded fan from the last actual quarter to the deadline, the central forecast dashed.
 * In a right-to-left language (Arabic) the values, the legend and the target's label start from the right
 * and every text is laid out right to left ({@link BidiText}); time still runs old to new left to right.
 */
final class ProgressChartFactory {

    static final Color ACTUAL = new Color(0x1F5FA8);
    static final Color REGION = new Color(0xE08A1E);
    static final Color PATH = new Color(0x3C3C3C);
    static final Color TARGET = new Color(0xB3261E);
    static final Color FORECAST = new Color(0x1F5FA8);
    private static final TimeZone MOROCCO = TimeZone.getTimeZone(Morocco.ZONE);
    private static final String FONT = "DejaVu Sans";

    private ProgressChartFactory() {
    }

    static JFreeChart create(IndicatorProgress progress, ChartLabels labels) {
        return create(progress, null, labels);
    }

    static JFreeChart create(IndicatorProgress progress, ChartForecast forecast, ChartLabels labels) {
        Locale locale = labels.locale();
        boolean rightToLeft = BidiText.rightToLeft(locale);
        TimeSeries actual = new TimeSeries(BidiText.forReader(labels.actual(), locale));
        TimeSeries region = new TimeSeries(labels.regionActual() == null ? "" : BidiText.forReader(labels.regionActual(), locale));
        for (QuarterPoint p : progress.series()) {
            actual.add(period(p.quarter()), p.actualToDate());
            if (p.regionActualToDate() != null) {
                region.add(period(p.quarter()), p.regionActualToDate());
            }
        }
        TimeSeriesCollection bars = new TimeSeriesCollection(MOROCCO);
        bars.addSeries(actual);
        if (!region.isEmpty()) {
            bars.addSeries(region);
        }
        TimeSeriesCollection path = pathSeries(progress, labels);

        QuarterAxis time = new QuarterAxis(quarters(progress).min(Quarter::compareTo).orElseThrow(),
                quarters(progress).max(Quarter::compareTo).orElseThrow(), locale);
        time.setLowerMargin(0.01);
        time.setUpperMargin(0.01);
        NumberAxis values = new NumberAxis(BidiText.forReader(labels.valueAxis(), locale));
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(locale));
        values.setUpperMargin(0.12);
        values.setAutoRangeIncludesZero(true);
        if (progress.target() <= 10) {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }

        ClusteredXYBarRenderer barRenderer = new ClusteredXYBarRenderer(0.15, false);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, ACTUAL);
        barRenderer.setSeriesPaint(1, REGION);

        XYPlot plot = new XYPlot(bars, time, values, barRenderer);
        // Time runs left to right in every language; an Arabic reader starts from the right, where the values are.
        plot.setRangeAxisLocation(rightToLeft ? AxisLocation.BOTTOM_OR_RIGHT : AxisLocation.BOTTOM_OR_LEFT);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setDefaultPaint(PATH);
        lineRenderer.setAutoPopulateSeriesPaint(false);
        lineRenderer.setDefaultStroke(new BasicStroke(2f));
        lineRenderer.setAutoPopulateSeriesStroke(false);
        for (int i = 1; i < path.getSeriesCount(); i++) {
            lineRenderer.setSeriesVisibleInLegend(i, false);
        }
        plot.setDataset(1, path);
        plot.setRenderer(1, lineRenderer);
        if (forecast != null && !forecast.fan().isEmpty()) {
            plot.setDataset(2, fan(forecast, labels));
            plot.setRenderer(2, fanRenderer());
        }
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        String family = fontFamily(texts(labels));
        plot.addRangeMarker(targetMarker(progress, labels, family));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart chart = new JFreeChart(null, new Font(family, Font.PLAIN, 12), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (labels.title() != null) {
            chart.setTitle(new TextTitle(BidiText.forReader(labels.title(), locale), new Font(family, Font.BOLD, 13)));
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(new Font(family, Font.PLAIN, 11));
        if (rightToLeft) {
            // Read from the right: the first series rightmost, each key to the right of its words.
            legend.setSortOrder(SortOrder.DESCENDING);
            legend.setLegendItemGraphicEdge(RectangleEdge.RIGHT);
        }
        Font axisFont = new Font(family, Font.PLAIN, 11);
        time.setTickLabelFont(axisFont);
        values.setTickLabelFont(axisFont);
        values.setLabelFont(axisFont);
        return chart;
    }

    /**
     * DejaVu Sans draws Latin and Arabic letters alike and is what the charts were designed with; where it
     * is missing or lacks a letter, Java's SansSerif finds an installed font for each script.
     */
    static String fontFamily(List<String> texts) {
        for (int style : new int[] {Font.PLAIN, Font.BOLD}) {
            Font font = new Font(FONT, style, 12);
            if (!FONT.equals(font.getFamily(Locale.ROOT))
                    || texts.stream().anyMatch(t -> t != null && font.canDisplayUpTo(t) != -1)) {
                return Font.SANS_SERIF;
            }
        }
        return FONT;
    }

    private static List<String> texts(ChartLabels labels) {
        return Arrays.asList(labels.title(), labels.actual(), labels.expected(), labels.target(),
                labels.regionActual(), labels.valueAxis());
    }

    /** The quarters the chart shows: from the first figure or the path's start to the deadline. */
    private static Stream<Quarter> quarters(IndicatorProgress progress) {
        return Stream.concat(Stream.concat(progress.series().stream().map(QuarterPoint::quarter),
                progress.path().stream().map(PathPoint::quarter)), Stream.of(progress.asOf()));
    }

    /**
     * The expected path from the first quarter to the deadline's quarter: one line, or for ANNUAL one
     * line per calendar year, since each year starts again from zero.
     */
    private static TimeSeriesCollection pathSeries(IndicatorProgress progress, ChartLabels labels) {
        TimeSeriesCollection lines = new TimeSeriesCollection(MOROCCO);
        // Where a quarter ends, as the path says: the line meets the target at the deadline, not a quarter early.
        lines.setXPosition(TimePeriodAnchor.END);
        boolean perYear = progress.indicator().kind() == IndicatorKind.ANNUAL;
        TimeSeries line = null;
        for (PathPoint p : progress.path()) {
            if (line == null || (perYear && p.quarter().number() == 1)) {
                String name = lines.getSeriesCount() == 0 ? labels.expected() : labels.expected() + " " + p.quarter().year();
                line = new TimeSeries(BidiText.forReader(name, labels.locale()));
                lines.addSeries(line);
            }
            line.add(period(p.quarter()), p.expected());
        }
        return lines;
    }

    /** The 80 % band and the central forecast at each quarter's end, where the path's values stand too. */
    private static YIntervalSeriesCollection fan(ChartForecast forecast, ChartLabels labels) {
        YIntervalSeries band = new YIntervalSeries(BidiText.forReader(forecast.label(), labels.locale()));
        java.util.Calendar morocco = java.util.Calendar.getInstance(MOROCCO);
        for (FanPoint p : forecast.fan()) {
            band.add(period(p.quarter()).getLastMillisecond(morocco), p.central(), p.low80(), p.high80());
        }
        YIntervalSeriesCollection fan = new YIntervalSeriesCollection();
        fan.addSeries(band);
        return fan;
    }

    private static DeviationRenderer fanRenderer() {
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, FORECAST);
        renderer.setSeriesFillPaint(0, new Color(0x9DBBE0));
        renderer.setAlpha(0.45f);
        renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {5f, 4f}, 0f));
        return renderer;
    }

    private static ValueMarker targetMarker(IndicatorProgress progress, ChartLabels labels, String family) {
        ValueMarker marker = new ValueMarker(progress.target(), TARGET,
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(BidiText.forReader(labels.target(), labels.locale()));
        marker.setLabelFont(new Font(family, Font.PLAIN, 11));
        marker.setLabelPaint(TARGET);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        // Where the reader starts a line: the left, or the right in Arabic.
        boolean rightToLeft = BidiText.rightToLeft(labels.locale());
        marker.setLabelAnchor(rightToLeft ? RectangleAnchor.TOP_RIGHT : RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(rightToLeft ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    private static org.jfree.data.time.Quarter period(Quarter q) {
        return new org.jfree.data.time.Quarter(q.number(), q.year());
    }
}
