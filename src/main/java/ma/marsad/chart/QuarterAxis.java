package ma.marsad.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import ma.marsad.base.Morocco;
import ma.marsad.base.Quarter;

/**
 * The time axis, old to new from left to right in every language. When the quarters' names fit side by
 * side each quarter is named under its bars, in the chart's language ("T3 2025", "الربع الثالث 2025");
 * a target over several years is read by year instead, with a small mark between quarters.
 */
class QuarterAxis extends DateAxis {

    /** Room between two quarter names, in points. */
    private static final int GAP = 12;

    private final List<Quarter> quarters;
    private final Locale locale;

    QuarterAxis(Quarter first, Quarter last, Locale locale) {
        super(null, TimeZone.getTimeZone(Morocco.ZONE), locale);
        List<Quarter> all = new ArrayList<>();
        for (Quarter q = first; !q.isAfter(last); q = q.next()) {
            all.add(q);
        }
        this.quarters = List.copyOf(all);
        this.locale = locale;
        setMinorTickMarksVisible(true);
        setMinorTickMarkOutsideLength(2f);
    }

    /** Whether each quarter is named, rather than each year, on an axis this wide. */
    boolean namesQuarters(Graphics2D g2, double width) {
        FontMetrics metrics = g2.getFontMetrics(getTickLabelFont());
        int widest = quarters.stream().mapToInt(q -> metrics.stringWidth(q.displayName(locale))).max().orElse(0);
        return quarters.size() * (widest + GAP) <= width;
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        TextAnchor anchor = edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER;
        boolean named = namesQuarters(g2, dataArea.getWidth());
        List ticks = new ArrayList();
        for (Quarter q : quarters) {
            if (named) {
                add(ticks, new DateTick(TickType.MAJOR, middle(q), BidiText.forReader(q.displayName(locale), locale),
                        anchor, anchor, 0));
            } else {
                boolean newYear = q.number() == 1;
                add(ticks, new DateTick(newYear ? TickType.MAJOR : TickType.MINOR, date(q.firstDay()),
                        newYear ? Integer.toString(q.year()) : "", anchor, anchor, 0));
            }
        }
        return ticks;
    }

    /** Only what falls on the axis: the first and last quarters' edges may lie just outside it. */
    private void add(List<DateTick> ticks, DateTick tick) {
        if (getRange().contains(tick.getValue())) {
            ticks.add(tick);
        }
    }

    /** The mid point of a quarter, where its bars stand. */
    private static Date middle(Quarter q) {
        return new Date((date(q.firstDay()).getTime() + date(q.lastDay().plusDays(1)).getTime()) / 2);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(Morocco.ZONE).toInstant());
    }
}
