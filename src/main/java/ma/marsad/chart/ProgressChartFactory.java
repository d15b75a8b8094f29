package ma.marsad.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import ma.marsad.base.Morocco;
import ma.marsad.base.Quarter;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.PathPoint;
import ma.marsad.progress.QuarterPoint;

/**
 * Builds the chart of one indicator: actual (cumulative, year-to-date or level) as bars per quarter,
 * the path to the target as a line from the start to the deadline, and the target as a dashed line.
 */
final class ProgressChartFactory {

    static final Color ACTUAL = new Color(0x1F5FA8);
    static final Color REGION = new Color(0xE08A1E);
    static final Color PATH = new Color(0x3C3C3C);
    static final Color TARGET = new Color(0xB3261E);
    private static final TimeZone MOROCCO = TimeZone.getTimeZone(Morocco.ZONE);
    private static final String FONT = "DejaVu Sans";

    private ProgressChartFactory() {
    }

    static JFreeChart create(IndicatorProgress progress, ChartLabels labels) {
        TimeSeries actual = new TimeSeries(labels.actual());
        TimeSeries region = new TimeSeries(labels.regionActual() == null ? "" : labels.regionActual());
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

        DateAxis time = new DateAxis(null, MOROCCO, labels.locale());
        // One tick a year, at 1 January: quarters between are read from the bars.
        time.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, 1), false, true);
        SimpleDateFormat yearFormat = new SimpleDateFormat("yyyy", labels.locale());
        yearFormat.setTimeZone(MOROCCO);
        time.setDateFormatOverride(yearFormat);
        time.setLowerMargin(0.01);
        time.setUpperMargin(0.01);
        NumberAxis values = new NumberAxis(labels.valueAxis());
        values.setNumberFormatOverride(NumberFormat.getIntegerInstance(labels.locale()));
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
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.addRangeMarker(targetMarker(progress, labels));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setDomainGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart chart = new JFreeChart(null, new Font(FONT, Font.PLAIN, 12), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        if (labels.title() != null) {
            chart.setTitle(new TextTitle(labels.title(), new Font(FONT, Font.BOLD, 13)));
        }
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        legend.setItemFont(new Font(FONT, Font.PLAIN, 11));
        Font axisFont = new Font(FONT, Font.PLAIN, 11);
        time.setTickLabelFont(axisFont);
        values.setTickLabelFont(axisFont);
        values.setLabelFont(axisFont);
        return chart;
    }

    /**
     * The expected path from the first quarter to the deadline's quarter: one line, or for ANNUAL one
     * line per calendar year, since each year starts again from zero.
     */
    private static TimeSeriesCollection pathSeries(IndicatorProgress progress, ChartLabels labels) {
        TimeSeriesCollection lines = new TimeSeriesCollection(MOROCCO);
        boolean perYear = progress.indicator().kind() == IndicatorKind.ANNUAL;
        TimeSeries line = null;
        for (PathPoint p : progress.path()) {
            if (line == null || (perYear && p.quarter().number() == 1)) {
                line = new TimeSeries(lines.getSeriesCount() == 0 ? labels.expected() : labels.expected() + " " + p.quarter().year());
                lines.addSeries(line);
            }
            line.add(period(p.quarter()), p.expected());
        }
        return lines;
    }

    private static ValueMarker targetMarker(IndicatorProgress progress, ChartLabels labels) {
        ValueMarker marker = new ValueMarker(progress.target(), TARGET,
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(labels.target());
        marker.setLabelFont(new Font(FONT, Font.PLAIN, 11));
        marker.setLabelPaint(TARGET);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        return marker;
    }

    private static org.jfree.data.time.Quarter period(Quarter q) {
        return new org.jfree.data.time.Quarter(q.number(), q.year());
    }
}
