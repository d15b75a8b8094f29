package ma.marsad.progress;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        StringBuilder sql = new StringBuilder("select indicator_id, quarter_code, sum(amount) as flow,"
                + " sum(amount - coalesce(previous, 0)) as level_change,"
                + " max(case when origin = 'SAMPLE' then 1 else 0 end) as sample,"
                + " max(case when status = 'APPROVED' then 0 else 1 end) as unapproved");
        for (int r = 0; r < asked.size(); r++) {
            // Region names come from the enum, never from a user.
            String code = asked.get(r).name();
            sql.append(", sum(case when region_code = '").append(code).append("' then amount end) as flow_").append(r)
                    .append(", sum(case when region_code = '").append(code)
                    .append("' then amount - coalesce(previous, 0) end) as level_change_").append(r);
        }
        // previous: the same region's figure for its previous reported quarter, for the LEVEL indicators' levels.
        sql.append(" from (select indicator_id, quarter_code, region_code, amount, origin, status,"
                + " lag(amount) over (partition by indicator_id, region_code order by quarter_code) as previous"
                + " from progress_entry where quarter_code <= ?")
                .append(includeUnapproved ? "" : " and status = 'APPROVED'")
                .append(") figures group by indicator_id, quarter_code");

        Map<Long, QuarterTotals> totals = new HashMap<>();
        Map<String, Quarter> quarters = new HashMap<>();
        jdbc.query(sql.toString(), rs -> {
            QuarterTotals t = totals.computeIfAbsent(rs.getLong(1), id -> new QuarterTotals());
            Quarter quarter = quarters.computeIfAbsent(rs.getString(2), Quarter::of);
            t.add(quarter, new QuarterTotals.Sums(rs.getBigDecimal(3), rs.getBigDecimal(4)), rs.getInt(5) == 1,
                    rs.getInt(6) == 1);
            for (int r = 0; r < asked.size(); r++) {
                BigDecimal flow = rs.getBigDecimal(7 + 2 * r);
                if (flow != null) {
                    t.addRegional(asked.get(r), quarter, new QuarterTotals.Sums(flow, rs.getBigDecimal(8 + 2 * r)));
                }
            }
        }, upTo.toString());
        return totals;
    }
}
