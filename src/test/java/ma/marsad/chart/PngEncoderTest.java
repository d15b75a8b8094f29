package ma.marsad.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartUtils;
import org.junit.jupiter.api.Test;

/**
 * Marsad's PNG holds exactly the pixels of the image it was given: decoded by ImageIO, it equals what
 * JFreeChart's default encoding (ImageIO's PNG writer) of the same image decodes to.
 */
class PngEncoderTest {

    @Test
    void aChartDecodesToTheSamePixelsAsJFreeChartsDefaultPng() throws IOException {
        BufferedImage chart = ChartService.draw(ProgressChartFactory.create(ProgressChartLanguagesTest.digitalJobs(),
                ProgressChartLanguagesTest.IN_ARABIC), ChartSize.CARD);

        BufferedImage ours = decode(PngEncoder.encode(chart));

        assertThat(ours.getWidth()).isEqualTo(1040);
        assertThat(ours.getHeight()).isEqualTo(520);
        assertThat(differentPixels(ours, chart)).isZero();
        assertThat(differentPixels(ours, decode(ChartUtils.encodeAsPNG(chart)))).isZero();
    }

    @Test
    void everyColourSurvivesIncludingStepsThatWrapAround() throws IOException {
        BufferedImage noise = new BufferedImage(301, 7, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(8);
        for (int y = 0; y < noise.getHeight(); y++) {
            for (int x = 0; x < noise.getWidth(); x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }

        assertThat(differentPixels(decode(PngEncoder.encode(noise)), noise)).isZero();
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** Counted rather than listed, so that a failure does not print a million numbers. */
    private static long differentPixels(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        int[] pa = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] pb = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        return IntStream.range(0, pa.length).filter(i -> pa[i] != pb[i]).count();
    }
}
