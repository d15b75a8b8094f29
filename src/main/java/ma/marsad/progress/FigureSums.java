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
 * Adds up the stored figures per indicator and quarter in the database, in one statement whatever the number
 * of figures, indicators or regions: the dashboard over a million figures reads a few thousand sums, not the
 * million rows. Each region asked for gets its own columns in the same statement.
 */
@Component
class FigureSums {

    private final JdbcTemplate jdbc;

    FigureSums(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The sums of the figures up to {@code upTo} (included), approved ones only unless {@code includeUnapproved},
     * by indicator id, with the sums of each of {@code regions} alongside.
     */
    Map<Long, QuarterTotals> upTo(Quarter upTo, boolean includeUnapproved, Collection<Region> regions) {
        List<Region> asked = new ArrayList<>(regions.isEmpty() ? EnumSet.noneOf(Region.class) : EnumSet.copyOf(regions));
        String levelChange = "amount - coalesce(previous, 0)";
        Map<Long, QuarterTotals> totals = new HashMap<>();
        Map<String, Quarter> quarters = new HashMap<>();
        // flow: what the quarter's figures add up to. level change: how much the quarter moved the sum of the
        // regions' latest levels (a region's figure minus its previous one), so that a LEVEL indicator's region
        // that skipped a quarter keeps its level. The filter is a CASE on purpose: H2 would otherwise read the
        // rows one by one through the status or quarter index, several times slower than reading the table
        // through once, which is what a dashboard over every figure needs (PostgreSQL reads it through anyway).
        jdbc.query("select indicator_id, quarter_code, sum(amount), sum(" + levelChange + "),"
                + " max(case when origin = 'SAMPLE' then 1 else 0 end),"
                + " max(case when status = 'APPROVED' then 0 else 1 end)"
                + perRegion(asked, "amount") + perRegion(asked, levelChange)
                + " from (select indicator_id, quarter_code, region_code, amount, origin, status,"
                + " lag(amount) over (partition by indicator_id, region_code order by quarter_code) as previous"
                + " from progress_entry where case when quarter_code <= ?"
                + (includeUnapproved ? "" : " and status = 'APPROVED'") + " then 1 else 0 end = 1) figures"
                + " group by indicator_id, quarter_code", rs -> {
                    QuarterTotals t = totals.computeIfAbsent(rs.getLong(1), id -> new QuarterTotals());
                    Quarter quarter = quarters.computeIfAbsent(rs.getString(2), Quarter::of);
                    t.addFlow(Optional.empty(), quarter, rs.getBigDecimal(3));
                    t.addLevelChange(Optional.empty(), quarter, rs.getBigDecimal(4));
                    t.flag(rs.getInt(5) == 1, rs.getInt(6) == 1);
                    for (int r = 0; r < asked.size(); r++) {
                        BigDecimal flow = rs.getBigDecimal(7 + r);
                        if (flow != null) {
                            Optional<Region> region = Optional.of(asked.get(r));
                            t.addFlow(region, quarter, flow);
                            t.addLevelChange(region, quarter, rs.getBigDecimal(7 + asked.size() + r));
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
