package ma.marsad.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.util.SortOrder;
import org.junit.jupiter.api.Test;

import ma.marsad.base.LocalizedText;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.PathPoint;
import ma.marsad.progress.ProgressStatus;
import ma.marsad.progress.QuarterPoint;

/**
 * The progress chart in Arabic reads from the right (values, legend, target label, title starting with the
 * code) while time still runs old to new from left to right; in French it reads from the left. Both are
 * saved to target/charts/ to be looked at.
 */
class ProgressChartLanguagesTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar-MA");
    private static final String RLM = "\u200F";
    private static final String JOBS_AR = "مناصب الشغل المباشرة في القطاع الرقمي";

    /** The words the dashboard card takes from the Arabic bundle, and a title with a Latin code in it. */
    static final ChartLabels IN_ARABIC = new ChartLabels(ARABIC, "DIGITAL_JOBS — " + JOBS_AR,
            "المنجز، تراكمي", "المسار نحو الهدف", "الهدف 240.000", "الدار البيضاء سطات", "منصب شغل");
    private static final ChartLabels IN_FRENCH = new ChartLabels(Locale.FRENCH,
            "DIGITAL_JOBS — Emplois directs du numérique", "Réalisé, cumulé", "Trajectoire vers la cible",
            "Cible 240 000", "Casablanca-Settat", "emplois");

    @Test
    void anArabicChartHasItsWordsInArabicReadingFromTheRight() {
        JFreeChart chart = ProgressChartFactory.create(digitalJobs(), IN_ARABIC);
        XYPlot plot = chart.getXYPlot();

        // The code is isolated and the line starts right to left: the code comes first, on the right.
        assertThat(chart.getTitle().getText()).isEqualTo(RLM + "\u2068DIGITAL_JOBS\u2069 — " + JOBS_AR);
        assertThat(legendLabels(plot)).containsExactly(
                RLM + "المنجز، تراكمي", RLM + "الدار البيضاء سطات", RLM + "المسار نحو الهدف");
        LegendTitle legend = chart.getLegend();
        assertThat(legend.getSortOrder()).as("first series rightmost").isEqualTo(SortOrder.DESCENDING);
        assertThat(legend.getLegendItemGraphicEdge()).as("colour key right of its words").isEqualTo(RectangleEdge.RIGHT);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo(RLM + "منصب شغل");
        ValueMarker target = (ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertThat(target.getLabel()).isEqualTo(RLM + "الهدف 240.000");
        assertThat(target.getLabelAnchor()).isEqualTo(RectangleAnchor.TOP_RIGHT);

        assertThat(plot.getRangeAxisEdge()).as("values on the right in Arabic").isEqualTo(RectangleEdge.RIGHT);
        assertThat(plot.getDomainAxis().isInverted()).as("time still runs left to right").isFalse();
        Drawn drawn = draw(chart);
        assertThat(drawn.majorTickLabels()).containsExactly("2025", "2026", "2027", "2028", "2029", "2030");
        assertThat(drawn.x(Quarter.of("2024-Q4"))).isLessThan(drawn.x(Quarter.of("2030-Q4")));
    }

    @Test
    void aFrenchChartReadsFromTheLeftWithItsWordsAsWritten() {
        JFreeChart chart = ProgressChartFactory.create(digitalJobs(), IN_FRENCH);
        XYPlot plot = chart.getXYPlot();

        assertThat(chart.getTitle().getText()).isEqualTo("DIGITAL_JOBS — Emplois directs du numérique");
        assertThat(legendLabels(plot)).containsExactly("Réalisé, cumulé", "Casablanca-Settat", "Trajectoire vers la cible");
        assertThat(chart.getLegend().getSortOrder()).isEqualTo(SortOrder.ASCENDING);
        assertThat(chart.getLegend().getLegendItemGraphicEdge()).isEqualTo(RectangleEdge.LEFT);
        assertThat(plot.getRangeAxisEdge()).as("values on the left in French").isEqualTo(RectangleEdge.LEFT);
        assertThat(plot.getDomainAxis().isInverted()).isFalse();
        assertThat(draw(chart).majorTickLabels()).containsExactly("2025", "2026", "2027", "2028", "2029", "2030");
    }

    @Test
    void aChartOverAFewQuartersNamesEachQuarterInTheChartsLanguageOldestOnTheLeft() {
        IndicatorProgress oneYear = oneYear();
        Drawn arabic = draw(ProgressChartFactory.create(oneYear, IN_ARABIC));
        assertThat(arabic.majorTickLabels()).containsExactly(RLM + "الربع الأول 2026", RLM + "الربع الثاني 2026",
                RLM + "الربع الثالث 2026", RLM + "الربع الرابع 2026");
        assertThat(arabic.tickXs()).isSorted();
        assertThat(draw(ProgressChartFactory.create(oneYear, IN_FRENCH)).majorTickLabels())
                .containsExactly("T1 2026", "T2 2026", "T3 2026", "T4 2026");
        ChartLabels english = new ChartLabels(Locale.ENGLISH, null, "Actual, cumulative", "Path to the target",
                "Target 240,000", null, "jobs");
        assertThat(draw(ProgressChartFactory.create(oneYear, english)).majorTickLabels())
                .containsExactly("Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026");
    }

    @Test
    void theChartsFontHasEveryLetterOfTheArabicWords() {
        JFreeChart chart = ProgressChartFactory.create(digitalJobs(), IN_ARABIC);
        XYPlot plot = chart.getXYPlot();
        Font titleFont = chart.getTitle().getFont();
        Font legendFont = chart.getLegend().getItemFont();

        assertThat(titleFont.getFamily(Locale.ROOT)).isEqualTo("DejaVu Sans");
        assertThat(titleFont.canDisplayUpTo(chart.getTitle().getText())).isEqualTo(-1);
        legendLabels(plot).forEach(label -> assertThat(legendFont.canDisplayUpTo(label)).as(label).isEqualTo(-1));
        assertThat(plot.getRangeAxis().getLabelFont().canDisplayUpTo(plot.getRangeAxis().getLabel())).isEqualTo(-1);
        assertThat(titleFont.canDisplayUpTo("الربع الرابع 2026")).isEqualTo(-1);
    }

    /**
     * The title in the PNG is the title as Java2D lays out the same words right to left, letter for letter
     * (the same pixels, give or take a pixel of anti-aliasing), and not the same words left to right.
     */
    @Test
    void theArabicTitleIsDrawnRightToLeftInThePng() throws IOException {
        JFreeChart chart = ProgressChartFactory.create(digitalJobs(), IN_ARABIC);
        BufferedImage png = ChartService.draw(chart, ChartSize.CARD);
        save(png, "progress-chart-ar.png");
        save(ChartService.draw(ProgressChartFactory.create(digitalJobs(), IN_FRENCH), ChartSize.CARD), "progress-chart-fr.png");
        save(ChartService.draw(ProgressChartFactory.create(oneYear(), IN_ARABIC), ChartSize.CARD), "progress-chart-one-year-ar.png");

        boolean[][] title = ink(png, titleBand(png));
        Font font = chart.getTitle().getFont();
        boolean[][] rightToLeft = ink(alone(chart.getTitle().getText(), font), null);
        boolean[][] leftToRight = ink(alone("DIGITAL_JOBS — " + JOBS_AR, font), null);

        assertThat(title.length).as("title height").isCloseTo(rightToLeft.length, org.assertj.core.data.Offset.offset(2));
        assertThat(title[0].length).as("title width").isCloseTo(rightToLeft[0].length, org.assertj.core.data.Offset.offset(2));
        assertThat(overlap(title, rightToLeft)).as("same letters in the same places").isGreaterThan(0.85);
        assertThat(overlap(title, leftToRight)).as("not the left-to-right order").isLessThan(0.5);
    }

    private static List<String> legendLabels(XYPlot plot) {
        LegendItemCollection items = plot.getLegendItems();
        return java.util.stream.IntStream.range(0, items.getItemCount()).mapToObj(i -> items.get(i).getLabel()).toList();
    }

    /** The chart drawn at the card's size, with where its time axis put its ticks. */
    private record Drawn(List<DateTick> ticks, XYPlot plot, Rectangle2D dataArea) {

        List<String> majorTickLabels() {
            return ticks.stream().filter(t -> t.getTickType() == TickType.MAJOR).map(DateTick::getText).toList();
        }

        List<Double> tickXs() {
            return ticks.stream().filter(t -> t.getTickType() == TickType.MAJOR)
                    .map(t -> plot.getDomainAxis().valueToJava2D(t.getValue(), dataArea, RectangleEdge.BOTTOM)).toList();
        }

        double x(Quarter q) {
            double millis = q.firstDay().atStartOfDay(ma.marsad.base.Morocco.ZONE).toInstant().toEpochMilli();
            return plot.getDomainAxis().valueToJava2D(millis, dataArea, RectangleEdge.BOTTOM);
        }
    }

    @SuppressWarnings("unchecked")
    private static Drawn draw(JFreeChart chart) {
        BufferedImage image = new BufferedImage(ChartSize.CARD.width(), ChartSize.CARD.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g, new Rectangle2D.Double(0, 0, ChartSize.CARD.width(), ChartSize.CARD.height()), info);
            Rectangle2D dataArea = info.getPlotInfo().getDataArea();
            List<DateTick> ticks = chart.getXYPlot().getDomainAxis().refreshTicks(g, new AxisState(), dataArea,
                    RectangleEdge.BOTTOM);
            return new Drawn(ticks, chart.getXYPlot(), dataArea);
        } finally {
            g.dispose();
        }
    }

    /** Text drawn on its own the way the chart draws it: same font, scale and rendering hints. */
    private static BufferedImage alone(String text, Font font) {
        int scale = ChartSize.CARD.scale();
        BufferedImage image = new BufferedImage(ChartSize.CARD.width() * scale, 40 * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            g.setColor(Color.BLACK);
            g.setFont(font);
            g.drawString(text, 5f, 25f);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The rows at the top of the chart down to the first blank row: the title. */
    private static Rectangle titleBand(BufferedImage png) {
        int top = 0;
        while (top < png.getHeight() && blankRow(png, top)) {
            top++;
        }
        int bottom = top;
        while (bottom < png.getHeight() && !blankRow(png, bottom)) {
            bottom++;
        }
        return new Rectangle(0, top, png.getWidth(), bottom - top);
    }

    private static boolean blankRow(BufferedImage png, int y) {
        for (int x = 0; x < png.getWidth(); x++) {
            if (dark(png.getRGB(x, y))) {
                return false;
            }
        }
        return true;
    }

    /** The dark pixels of a region (the whole image if null), cropped to where there are any. */
    private static boolean[][] ink(BufferedImage image, Rectangle region) {
        Rectangle r = region == null ? new Rectangle(0, 0, image.getWidth(), image.getHeight()) : region;
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = r.y; y < r.y + r.height; y++) {
            for (int x = r.x; x < r.x + r.width; x++) {
                if (dark(image.getRGB(x, y))) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        boolean[][] mask = new boolean[maxY - minY + 1][maxX - minX + 1];
        for (int y = minY; y <= maxY; y++) {
            for (int x = minX; x <= maxX; x++) {
                mask[y - minY][x - minX] = dark(image.getRGB(x, y));
            }
        }
        return mask;
    }

    private static boolean dark(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() + c.getGreen() + c.getBlue() < 3 * 128;
    }

    /** Shared ink over all ink (intersection over union), at the best shift of up to a pixel each way. */
    private static double overlap(boolean[][] a, boolean[][] b) {
        double best = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int both = 0, either = 0;
                int height = Math.max(a.length, b.length), width = Math.max(a[0].length, b[0].length);
                for (int y = 0; y < height; y++) {
                    for (int x = 0; x < width; x++) {
                        boolean inA = at(a, y, x);
                        boolean inB = at(b, y + dy, x + dx);
                        both += inA && inB ? 1 : 0;
                        either += inA || inB ? 1 : 0;
                    }
                }
                best = Math.max(best, either == 0 ? 0 : (double) both / either);
            }
        }
        return best;
    }

    private static boolean at(boolean[][] mask, int y, int x) {
        return y >= 0 && y < mask.length && x >= 0 && x < mask[0].length && mask[y][x];
    }

    private static void save(BufferedImage image, String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "charts"));
        Files.write(dir.resolve(name), ChartService.encode(image));
    }

    private static IndicatorDetails indicator(BigDecimal target, LocalDate start, LocalDate deadline) {
        return new IndicatorDetails(1, "DIGITAL_JOBS",
                new LocalizedText("Emplois directs du numérique", "Direct digital jobs", JOBS_AR),
                new LocalizedText("emplois", "jobs", "منصب شغل"), IndicatorKind.CUMULATIVE, target, start, deadline,
                null, List.of(), new LocalizedText("MTNRA", "MTNRA", "الوزارة"), "source.pdf", "240 000 emplois", true);
    }

    /** Eight quarters of figures on a path from 2024-Q4 to the end of 2030, with Casablanca-Settat's share. */
    static IndicatorProgress digitalJobs() {
        List<QuarterPoint> series = new ArrayList<>();
        List<PathPoint> path = new ArrayList<>();
        Quarter first = Quarter.of("2024-Q4");
        double toDate = 0;
        for (Quarter q = first; !q.isAfter(Quarter.of("2030-Q4")); q = q.next()) {
            double expected = 240_000.0 * (first.quartersUntil(q) + 1) / 25;
            path.add(new PathPoint(q, expected));
            if (q.isBefore(Quarter.of("2026-Q4"))) {
                double reported = 6000 + 500 * first.quartersUntil(q);
                toDate += reported;
                series.add(new QuarterPoint(q, reported, toDate, expected, toDate * 0.3));
            }
        }
        return new IndicatorProgress(indicator(new BigDecimal("240000"), LocalDate.of(2024, 10, 1), LocalDate.of(2030, 12, 31)),
                Quarter.of("2026-Q3"), toDate, 240_000, toDate / 2400, 76_800, ProgressStatus.AT_RISK, 200_000.0,
                9_000.0, series, path, true, Optional.of(Region.CASABLANCA_SETTAT), toDate * 0.3, false);
    }

    /** A target over 2026 alone, three quarters reported. */
    private static IndicatorProgress oneYear() {
        List<QuarterPoint> series = List.of(
                new QuarterPoint(Quarter.of("2026-Q1"), 3.0, 3, 2.5, null),
                new QuarterPoint(Quarter.of("2026-Q2"), 2.0, 5, 5, null),
                new QuarterPoint(Quarter.of("2026-Q3"), 1.0, 6, 7.5, null));
        List<PathPoint> path = List.of(new PathPoint(Quarter.of("2026-Q1"), 2.5), new PathPoint(Quarter.of("2026-Q2"), 5),
                new PathPoint(Quarter.of("2026-Q3"), 7.5), new PathPoint(Quarter.of("2026-Q4"), 10));
        return new IndicatorProgress(indicator(BigDecimal.TEN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                Quarter.of("2026-Q3"), 6, 10, 60, 7.5, ProgressStatus.AT_RISK, 8.0, 4.0, series, path, true,
                Optional.empty(), null, false);
    }
}
