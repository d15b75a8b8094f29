package ma.marsad.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * Adds up the stored figures per indicator and quarter in the database, in two statements whatever the number
 * of figures, indicators or regions: the dashboard over a million figures reads a few thousand sums, not the
 * million rows. Each region asked for gets its own columns in the same statements.
 */
@Component
class FigureSums {

    private final JdbcTemplate jdbc;

    FigureSums(JdbcTemplate jdbc) {
        // Rows handed over a thousand at a time: PostgreSQL's driver would otherwise hold the whole result
        // (about 90,000 rows of 31 columns over a million figures) in the heap before the first one is read.
        this.jdbc = new JdbcTemplate(java.util.Objects.requireNonNull(jdbc.getDataSource()));
        this.jdbc.setFetchSize(1000);
    }

    /**
     * The sums of the figures up to {@code upTo} (included), approved ones only unless {@code includeUnapproved},
     * by indicator id, with the sums of each of {@code regions} alongside.
     */
    Map<Long, QuarterTotals> upTo(Quarter upTo, boolean includeUnapproved, Collection<Region> regions) {
        List<Region> asked = new ArrayList<>(regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions));
        // The filters are CASEs on purpose: H2 would otherwise read the rows one by one through the status or
        // quarter index, several times slower than reading the table through once, which is what a dashboard
        // over every figure needs (PostgreSQL reads it through anyway).
        String counted = "quarter_code <= ?" + (includeUnapproved ? "" : " and status = 'APPROVED'");
        Map<Long, QuarterTotals> totals = new HashMap<>();
        Map<String, Quarter> quarters = new HashMap<>();

        // What every quarter's figures add up to, and whether any is a sample or not yet approved.
        jdbc.query("select indicator_id, quarter_code, sum(amount),"
                + " max(case when origin = 'SAMPLE' then 1 else 0 end),"
                + " max(case when status = 'APPROVED' then 0 else 1 end)" + perRegion(asked, "amount")
                + " from progress_entry where case when " + counted + " then 1 else 0 end = 1"
                + " group by indicator_id, quarter_code", rs -> {
                    QuarterTotals t = totals.computeIfAbsent(rs.getLong(1), id -> new QuarterTotals());
                    Quarter quarter = quarters.computeIfAbsent(rs.getString(2), Quarter::of);
                    t.addFlow(Optional.empty(), quarter, rs.getBigDecimal(3));
                    t.flag(rs.getInt(4) == 1, rs.getInt(5) == 1);
                    for (int r = 0; r < asked.size(); r++) {
                        BigDecimal flow = rs.getBigDecimal(6 + r);
                        if (flow != null) {
                            t.addFlow(Optional.of(asked.get(r)), quarter, flow);
                        }
                    }
                }, upTo.toString());

        // LEVEL indicators: how much each quarter moved the sum of the regions' latest levels (a region's figure
        // minus its previous one), so that a region that skipped a quarter keeps its level. Only their figures
        // go through the window function: H2 holds a window's rows in memory.
        String levelChange = "amount - coalesce(previous, 0)";
        jdbc.query("select indicator_id, quarter_code, sum(" + levelChange + ")" + perRegion(asked, levelChange)
                + " from (select indicator_id, quarter_code, region_code, amount,"
                + " lag(amount) over (partition by indicator_id, region_code order by quarter_code) as previous"
                + " from progress_entry where case when " + counted
                + " and indicator_id in (select id from indicator where kind = 'LEVEL') then 1 else 0 end = 1) levels"
                + " group by indicator_id, quarter_code", rs -> {
                    QuarterTotals t = totals.computeIfAbsent(rs.getLong(1), id -> new QuarterTotals());
                    Quarter quarter = quarters.computeIfAbsent(rs.getString(2), Quarter::of);
                    t.addLevelChange(Optional.empty(), quarter, rs.getBigDecimal(3));
                    for (int r = 0; r < asked.size(); r++) {
                        BigDecimal change = rs.getBigDecimal(4 + r);
                        if (change != null) {
                            t.addLevelChange(Optional.of(asked.get(r)), quarter, change);
                        }
                    }
                }, upTo.toString());
        return totals;
    }

    /** One column per region asked for: {@code value} summed over that region's figures (null when none). */
    private static String perRegion(List<Region> asked, String value) {
        StringBuilder columns = new StringBuilder();
        // Region names come from the enum, never from a user.
        asked.forEach(r -> columns.append(", sum(case when region_code = '").append(r.name()).append("' then ")
                .append(value).append(" end)"));
        return columns.toString();
    }
}
