package ma.marsad.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Service;

import ma.marsad.progress.IndicatorProgress;

/**
 * Draws progress charts as PNG images on the server. The same figures, words and size give the same
 * image, so recent images are kept in a small cache: opening the dashboard again costs no drawing.
 */
@Service
public class ChartService {

    /**
     * PNG deflate effort, as ImageIO's compression quality (1 = none, 0 = smallest). Encoding
     * dominates the time to make a chart: for a card chart, 0.7 took 11 ms for 33 KB against 18 ms
     * for 27 KB at ImageIO's default and 48 ms for 23 KB at 0; drawing took 5 ms
     * (docs/decisions/004-png-charts.md).
     */
    static final float PNG_QUALITY = 0.7f;
    private static final int CACHE_SIZE = 256;

    private final Map<ChartKey, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ChartKey, byte[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** The progress chart of one indicator as a PNG. */
    public byte[] progressChartPng(IndicatorProgress progress, ChartLabels labels, ChartSize size) {
        ChartKey key = new ChartKey(progress, labels, size);
        synchronized (cache) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] png = encode(draw(ProgressChartFactory.create(progress, labels), size));
        synchronized (cache) {
            cache.put(key, png);
        }
        return png;
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

    static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PNG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode a chart as PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Records compare by value, so equal figures, words and sizes find the cached image. */
    private record ChartKey(IndicatorProgress progress, ChartLabels labels, ChartSize size) {
    }
}
