package ma.marsad.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an opaque RGB image as a PNG, faster than ImageIO: every row gets the "Sub" filter (a chart's flat
 * colours become runs of zeros) and one fast deflate pass, where ImageIO tries five filters on every row and
 * compresses harder. A chart of 1040×520 pixels takes a few milliseconds for some 10-20 % more bytes
 * (docs/decisions/004-png-charts.md, figures in docs/benchmarks.md, case 4).
 */
final class PngEncoder {

    /** Deflate level: 1 is the fastest that still packs a chart's runs of zeros well. */
    static final int LEVEL = 1;
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_SUB = 1;

    private PngEncoder() {
    }

    /** The image as PNG bytes; it must be {@link BufferedImage#TYPE_INT_RGB}, as {@code ChartService} draws it. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("Expected an RGB image, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.writeBytes(SIGNATURE);
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array(), 13);
        // Row by row through one small buffer: no copy of the whole image (1.6 MB for a card) is ever made.
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = new Deflater(LEVEL);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 64 * 1024)) {
            byte[] row = new byte[1 + 3 * width];
            row[0] = FILTER_SUB;
            for (int y = 0; y < height; y++) {
                int previous = 0;
                for (int x = 0, i = y * width, at = 1; x < width; x++, i++) {
                    int rgb = pixels[i];
                    row[at++] = (byte) ((rgb >> 16) - (previous >> 16));
                    row[at++] = (byte) ((rgb >> 8) - (previous >> 8));
                    row[at++] = (byte) (rgb - previous);
                    previous = rgb;
                }
                z.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not compress a chart", e); // a ByteArrayOutputStream does not fail
        } finally {
            deflater.end();
        }
        byte[] data = compressed.toByteArray();
        chunk(out, "IDAT", data, data.length);
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(length).array());
        out.writeBytes(name);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
