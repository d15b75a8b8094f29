package ma.marsad.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Service;

import ma.marsad.progress.IndicatorProgress;

/**
 * Draws progress charts as PNG images on the server. The cache's key is the chart's data itself (every
 * quarter's figures, the target, the path that the milestones give, the forecast's band, the words and the size),
 * read from the
 * database with the dashboard: a figure, target or milestone changed, by this instance or another one on the
 * same database, gives a new key, and an unchanged chart is never drawn twice. Nothing needs invalidating.
 */
@Service
public class ChartService {

    /** About 40 KB each: a few MB for every chart of a dozen dashboards (regions, languages). */
    private static final int CACHE_SIZE = 256;

    private final Map<ChartKey, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ChartKey, byte[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The progress chart of one indicator as a PNG. */
    public byte[] progressChartPng(IndicatorProgress progress, ChartLabels labels, ChartSize size) {
        return progressChartPng(progress, null, labels, size);
    }

    /** The progress chart with the forecast's fan ({@code forecast} null: none). */
    public byte[] progressChartPng(IndicatorProgress progress, ChartForecast forecast, ChartLabels labels,
                                   ChartSize size) {
        ChartKey key = new ChartKey(progress, forecast, labels, size);
        synchronized (cache) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] png = render(progress, forecast, labels, size);
        synchronized (cache) {
            cache.put(key, png);
        }
        return png;
    }

    /** A chart drawn and encoded, without the cache. */
    static byte[] render(IndicatorProgress progress, ChartLabels labels, ChartSize size) {
        return render(progress, null, labels, size);
    }

    static byte[] render(IndicatorProgress progress, ChartForecast forecast, ChartLabels labels, ChartSize size) {
        return encode(draw(ProgressChartFactory.create(progress, forecast, labels), size));
    }

    static BufferedImage draw(JFreeChart chart, ChartSize size) {
        BufferedImage image = new BufferedImage(size.width() * size.scale(), size.height() * size.scale(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(size.scale(), size.scale());
            chart.draw(g, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * PNG encoding once took three quarters of a chart's time with ImageIO; {@link PngEncoder} takes a few
     * milliseconds (docs/decisions/004-png-charts.md).
     */
    static byte[] encode(BufferedImage image) {
        return PngEncoder.encode(image);
    }

    /** Records compare by value, so equal figures, bands, words and sizes find the cached image. */
    private record ChartKey(IndicatorProgress progress, ChartForecast forecast, ChartLabels labels, ChartSize size) {
    }
}
