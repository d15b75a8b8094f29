package ma.marsad.progress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/** Reads stored figures as a stream for the reports: one row at a time, never the whole table in a list. */
@Service
public class FigureStream {

    private final JdbcTemplate jdbc;

    FigureStream(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every stored figure from {@code from} to {@code to} (both included), for one region or all, for the
     * given indicators, by indicator, quarter and region, handed over one at a time as the database
     * returns them: an export of 100,000 figures never holds them in a list. Approved figures only unless
     * {@code includeUnapproved}.
     */
    @Transactional(readOnly = true)
    public void forEachFigure(Quarter from, Quarter to, java.util.Optional<Region> region,
                              Collection<Long> indicatorIds, boolean includeUnapproved,
                              java.util.function.Consumer<StoredFigure> each) {
        if (indicatorIds.isEmpty()) {
            return;
        }
        String in = new TreeSet<>(indicatorIds).stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Object> args = new ArrayList<>(List.of(from.toString(), to.toString()));
        region.ifPresent(r -> args.add(r.name()));
        JdbcTemplate streaming = new JdbcTemplate(java.util.Objects.requireNonNull(jdbc.getDataSource()));
        streaming.setFetchSize(1000);
        streaming.query("select id, indicator_id, quarter_code, region_code, amount, comment_text, entered_by,"
                + " entered_at, origin, import_id, status from progress_entry where quarter_code >= ?"
                + " and quarter_code <= ?" + (region.isPresent() ? " and region_code = ?" : "")
                + (includeUnapproved ? "" : " and status = 'APPROVED'") + " and indicator_id in (" + in + ")"
                + " order by indicator_id, quarter_code, region_code", rs -> {
                    each.accept(new StoredFigure(rs.getLong("id"), rs.getLong("indicator_id"),
                            Quarter.of(rs.getString("quarter_code")), Region.valueOf(rs.getString("region_code")),
                            rs.getBigDecimal("amount"), rs.getString("comment_text"), rs.getString("entered_by"),
                            instant(rs, "entered_at"), EntryOrigin.valueOf(rs.getString("origin")),
                            nullableLong(rs, "import_id"), EntryStatus.valueOf(rs.getString("status"))));
                }, args.toArray());
    }


    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
