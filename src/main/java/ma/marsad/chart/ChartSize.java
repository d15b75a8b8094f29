package ma.marsad.chart;

/**
 * A chart's size in CSS pixels and the pixel density it is drawn at: 2 draws every line and letter
 * with twice the pixels, so the image stays sharp on high-density screens at its CSS size.
 */
public record ChartSize(int width, int height, int scale) {

    public static final ChartSize CARD = new ChartSize(520, 260, 2);

    public ChartSize {
        if (width < 100 || height < 80 || width > 4000 || height > 4000 || scale < 1 || scale > 4) {
            throw new IllegalArgumentException("Unreasonable chart size " + width + "x" + height + "@" + scale);
        }
    }
}
