package ma.marsad.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * The history of every change, append-only: this class only ever inserts into history_event. One other
 * class writes to it, with an insert as well: progress.FigureStore records an import's created figures in one
 * INSERT ... SELECT, set-based, so that 100,000 rows are not sent back and forth (a test reads the sources to
 * hold that no class updates or deletes a history row, and that these two are the only writers). Changes are recorded in the
 * transaction that makes them, so a change and its history row are stored together or not at all.
 */
@Service
public class HistoryLog {

    private static final String INSERT = "insert into history_event (kind, changed_by, changed_at, source, import_id,"
            + " indicator_id, entry_id, quarter_code, region_code, subject, before_value, after_value, before_comment,"
            + " after_comment, reason) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String COLUMNS = "id, kind, changed_by, changed_at, source, import_id, indicator_id, entry_id,"
            + " quarter_code, region_code, subject, before_value, after_value, before_comment, after_comment, reason";

    private final JdbcTemplate jdbc;

    HistoryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records one change, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(HistoryEvent event) {
        recordAll(List.of(event));
    }

    /** Records many changes at once (an import's), in the caller's transaction, as one JDBC batch. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<HistoryEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement s, int i) throws SQLException {
                HistoryEvent e = events.get(i);
                s.setString(1, e.kind().name());
                s.setString(2, e.changedBy());
                s.setObject(3, e.changedAt().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                s.setString(4, e.source().name());
                setLong(s, 5, e.importId());
                setLong(s, 6, e.indicatorId());
                setLong(s, 7, e.entryId());
                setString(s, 8, e.quarter() == null ? null : e.quarter().toString());
                setString(s, 9, e.region() == null ? null : e.region().name());
                setString(s, 10, e.subject());
                setString(s, 11, e.before());
                setString(s, 12, e.after());
                setString(s, 13, e.beforeComment());
                setString(s, 14, e.afterComment());
                setString(s, 15, e.reason());
            }

            @Override
            public int getBatchSize() {
                return events.size();
            }
        });
    }

    /**
     * The history of one figure, oldest first: its own changes, and the approvals, returns and reopenings of
     * its indicator's quarter.
     */
    @Transactional(readOnly = true)
    public List<HistoryEvent> ofEntry(long entryId, long indicatorId, Quarter quarter) {
        return jdbc.query("select " + COLUMNS + " from history_event where entry_id = ?"
                        + " or (entry_id is null and indicator_id = ? and quarter_code = ?) order by id",
                MAPPER, entryId, indicatorId, quarter.toString());
    }

    /** How many changes each figure has had (its creation included), for the figures that have any. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> entryChangeCounts(long indicatorId) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("select entry_id, count(*) from history_event where indicator_id = ? and entry_id is not null"
                + " group by entry_id", rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }, indicatorId);
        return counts;
    }

    /**
     * How many changes each figure of the quarters {@code from} to {@code to} has had: a figure's rows carry
     * its quarter, so a grid of recent quarters does not count the whole history.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> entryChangeCounts(Quarter from, Quarter to) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("select entry_id, count(*) from history_event where entry_id is not null"
                + " and quarter_code between ? and ? group by entry_id", rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                }, from.toString(), to.toString());
        return counts;
    }

    /** How many changes each figure has had, for every figure that has any. */
    @Transactional(readOnly = true)
    public Map<Long, Integer> entryChangeCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("select entry_id, count(*) from history_event where entry_id is not null group by entry_id",
                rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /** The latest changes that match, newest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<HistoryEvent> find(HistoryFilter filter, int limit) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        filter.changedBy().ifPresent(user -> {
            where.append(" and changed_by = ?");
            args.add(user);
        });
        filter.indicatorId().ifPresent(id -> {
            where.append(" and indicator_id = ?");
            args.add(id);
        });
        if (!filter.kinds().isEmpty()) {
            where.append(" and kind in (").append(filter.kinds().stream().map(k -> "?").collect(Collectors.joining(", ")))
                    .append(")");
            filter.kinds().stream().map(Enum::name).sorted().forEach(args::add);
        }
        filter.from().ifPresent(from -> {
            where.append(" and changed_at >= ?");
            args.add(Timestamp.from(from));
        });
        filter.to().ifPresent(to -> {
            where.append(" and changed_at < ?");
            args.add(Timestamp.from(to));
        });
        args.add(limit);
        return jdbc.query("select " + COLUMNS + " from history_event" + where + " order by id desc"
                + " fetch first ? rows only", MAPPER, args.toArray());
    }

    /**
     * The most recent change of this kind to each indicator that had one, by indicator id, in one query (the
     * dashboard says when a target changed, on every card).
     */
    @Transactional(readOnly = true)
    public Map<Long, HistoryEvent> latestByIndicator(ChangeKind kind) {
        Map<Long, HistoryEvent> latest = new HashMap<>();
        jdbc.query("select " + COLUMNS + " from history_event h where kind = ? and id = (select max(l.id)"
                + " from history_event l where l.kind = h.kind and l.indicator_id = h.indicator_id)",
                MAPPER, kind.name()).forEach(e -> latest.put(e.indicatorId(), e));
        return latest;
    }

    /**
     * The most recent change of one of these kinds about {@code subject} (a user name), if any: who last
     * changed an account, for the refusal of a stale edit.
     */
    @Transactional(readOnly = true)
    public Optional<HistoryEvent> latestAbout(String subject, Set<ChangeKind> kinds) {
        if (kinds.isEmpty()) {
            return Optional.empty();
        }
        List<Object> args = new ArrayList<>();
        args.add(subject);
        kinds.stream().map(Enum::name).sorted().forEach(args::add);
        return jdbc.query("select " + COLUMNS + " from history_event where subject = ? and kind in ("
                + kinds.stream().map(k -> "?").collect(Collectors.joining(", "))
                + ") order by id desc fetch first 1 rows only", MAPPER, args.toArray()).stream().findFirst();
    }

    /** Every change about {@code subject} (a commitment, a user name), oldest first. */
    @Transactional(readOnly = true)
    public List<HistoryEvent> about(String subject) {
        return jdbc.query("select " + COLUMNS + " from history_event where subject = ? order by id", MAPPER, subject);
    }

    /** The names of everyone who made a change, for the audit view's filter. */
    @Transactional(readOnly = true)
    public List<String> authors() {
        return jdbc.queryForList("select distinct changed_by from history_event order by changed_by", String.class);
    }

    private static final RowMapper<HistoryEvent> MAPPER = (rs, n) -> new HistoryEvent(rs.getLong("id"),
            ChangeKind.valueOf(rs.getString("kind")), rs.getString("changed_by"),
            rs.getObject("changed_at", OffsetDateTime.class).toInstant(), ChangeSource.valueOf(rs.getString("source")),
            nullableLong(rs, "import_id"), nullableLong(rs, "indicator_id"), nullableLong(rs, "entry_id"),
            rs.getString("quarter_code") == null ? null : Quarter.of(rs.getString("quarter_code")),
            rs.getString("region_code") == null ? null : Region.valueOf(rs.getString("region_code")),
            rs.getString("subject"), rs.getString("before_value"), rs.getString("after_value"),
            rs.getString("before_comment"), rs.getString("after_comment"), rs.getString("reason"));

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
    }

    private static void setString(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }
}
