package ma.marsad.progress;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.dao.TransientDataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.ChangeSource;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * Stores many figures at once (an import), in the caller's transaction, with JDBC batches: an import of
 * 100,000 rows must not build 100,000 JPA entities. A figure equal to the stored one is left alone; a
 * different one replaces it and is submitted for review again; every creation and change is written to
 * the history (audit.HistoryLog) in the same transaction.
 */
@Service
public class FigureStore {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final QuarterLocks locks;
    private final HistoryLog history;

    FigureStore(JdbcTemplate jdbc, Clock clock, QuarterLocks locks, HistoryLog history) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.locks = locks;
        this.history = history;
    }

    private record Key(long indicatorId, Quarter quarter, Region region) {
    }

    private record Stored(long id, BigDecimal amount, String comment, String enteredBy, Instant enteredAt,
                          EntryOrigin origin, Long importId, long version) {
    }

    /** What {@link #storeImport} would do with these figures, changing nothing. */
    @Transactional(readOnly = true)
    public FigureChanges compare(Collection<IncomingFigure> figures) {
        Map<Key, Stored> stored = load(figures);
        int created = 0;
        int updated = 0;
        for (IncomingFigure f : figures) {
            Stored s = stored.get(key(f));
            if (s == null) {
                created++;
            } else if (!same(s, f)) {
                updated++;
            }
        }
        return new FigureChanges(created, updated, figures.size() - created - updated);
    }

    /**
     * Stores the figures of one import inside the caller's transaction. Fails with
     * {@link ConcurrentFigureChangeException} when another change to the same figures got in first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public FigureChanges storeImport(Collection<IncomingFigure> figures, long importId, String user) {
        Instant instant = Instant.now(clock);
        OffsetDateTime now = instant.atOffset(ZoneOffset.UTC);
        Map<Key, Stored> stored;
        try {
            locks.takeTurn(figures.stream().map(IncomingFigure::indicatorId).collect(Collectors.toSet()));
            refuseLockedQuarters(figures);
            stored = load(figures);
        } catch (TransientDataAccessException e) {
            throw new ConcurrentFigureChangeException("Another change to the same indicators took too long", e);
        }
        // Written a batch at a time as the figures are walked, so memory does not hold every row twice.
        Batch inserts = new Batch(INSERT, INSERT_TYPES, false);
        Batch updates = new Batch(UPDATE, UPDATE_TYPES, true);
        List<HistoryEvent> changes = new ArrayList<>(BATCH);
        try {
            for (IncomingFigure f : figures) {
                Stored s = stored.get(key(f));
                if (s == null) {
                    inserts.add(f.indicatorId(), f.quarter().toString(), f.region().name(), f.amount(), f.comment(),
                            user, now, EntryOrigin.IMPORT.name(), importId);
                } else if (!same(s, f)) {
                    changes.add(HistoryEvent.ofEntry(ChangeKind.ENTRY_CHANGED, user, instant, ChangeSource.IMPORT,
                            importId, f.indicatorId(), s.id(), f.quarter(), f.region(), plain(s.amount()),
                            plain(f.amount()), s.comment(), comment(s, f), null));
                    updates.add(f.amount(), comment(s, f), user, now, importId, s.id(), s.version());
                    if (changes.size() == BATCH) {
                        history.recordAll(changes);
                        changes.clear();
                    }
                }
            }
            inserts.flush();
            updates.flush();
            history.recordAll(changes);
            recordCreations(importId);
        } catch (DataIntegrityViolationException | TransientDataAccessException e) {
            // The unique key, or the wait for a row another transaction is storing (H2 reports a time-out).
            throw new ConcurrentFigureChangeException("Another change stored some of the same figures first", e);
        }
        return new FigureChanges(inserts.count, updates.count, figures.size() - inserts.count - updates.count);
    }

    private static final String INSERT = "insert into progress_entry (indicator_id, quarter_code, region_code, amount,"
            + " comment_text, entered_by, entered_at, origin, import_id, version, status)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'SUBMITTED')";
    private static final int[] INSERT_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.NUMERIC,
            Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.BIGINT};
    private static final String UPDATE = "update progress_entry set amount = ?, comment_text = ?, entered_by = ?,"
            + " entered_at = ?, origin = 'IMPORT', import_id = ?, version = version + 1, status = 'SUBMITTED',"
            + " review_comment = null, reviewed_by = null, reviewed_at = null where id = ? and version = ?";
    private static final int[] UPDATE_TYPES = {Types.NUMERIC, Types.VARCHAR, Types.VARCHAR,
            Types.TIMESTAMP_WITH_TIMEZONE, Types.BIGINT, Types.BIGINT, Types.BIGINT};

    /** One statement's rows, sent to the database every {@value #BATCH} rows. */
    private final class Batch {
        private final String sql;
        private final int[] types;
        private final boolean mustTouchOneRowEach;
        private final List<Object[]> rows = new ArrayList<>(BATCH);
        int count;

        Batch(String sql, int[] types, boolean mustTouchOneRowEach) {
            this.sql = sql;
            this.types = types;
            this.mustTouchOneRowEach = mustTouchOneRowEach;
        }

        void add(Object... row) {
            rows.add(row);
            count++;
            if (rows.size() == BATCH) {
                flush();
            }
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            int[] counts = jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement statement, int i) throws SQLException {
                    bind(statement, rows.get(i), types);
                }

                @Override
                public int getBatchSize() {
                    return rows.size();
                }
            });
            rows.clear();
            if (mustTouchOneRowEach) {
                for (int touched : counts) {
                    if (touched == 0) {
                        throw new ConcurrentFigureChangeException("A stored figure changed while importing", null);
                    }
                }
            }
        }
    }

    /**
     * One history row per figure this import created, written in one statement: a created figure is the
     * one carrying this import's id at version 0 (a figure the import changed has a higher version).
     */
    private void recordCreations(long importId) {
        jdbc.update("insert into history_event (kind, changed_by, changed_at, source, import_id, indicator_id,"
                + " entry_id, quarter_code, region_code, after_value, after_comment)"
                + " select 'ENTRY_CREATED', entered_by, entered_at, 'IMPORT', import_id, indicator_id, id, quarter_code,"
                + " region_code, cast(amount as varchar(40)), comment_text from progress_entry"
                + " where import_id = ? and version = 0 order by id", importId);
    }

    /** An import never changes an approved quarter: validation reports such rows; this catches a race with it. */
    private void refuseLockedQuarters(Collection<IncomingFigure> figures) {
        Set<String> locked = locks.all().stream().map(l -> l.indicatorId() + "/" + l.quarter())
                .collect(Collectors.toSet());
        if (locked.isEmpty()) {
            return;
        }
        for (IncomingFigure f : figures) {
            if (locked.contains(f.indicatorId() + "/" + f.quarter())) {
                throw new ConcurrentFigureChangeException("A manager approved " + f.quarter()
                        + " of one of these indicators while the file was being imported", null);
            }
        }
    }

    /** A figure's amount as history keeps it: plain digits, no exponent, no trailing zeros. */
    static String plain(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }

    /** Binds one row by its SQL types directly: faster than the generic setter over 100,000 rows. */
    private static void bind(PreparedStatement statement, Object[] row, int[] types) throws SQLException {
        for (int c = 0; c < row.length; c++) {
            Object value = row[c];
            if (value == null) {
                statement.setNull(c + 1, types[c]);
            } else {
                switch (types[c]) {
                    case Types.BIGINT -> statement.setLong(c + 1, ((Number) value).longValue());
                    case Types.NUMERIC -> statement.setBigDecimal(c + 1, (BigDecimal) value);
                    case Types.VARCHAR -> statement.setString(c + 1, (String) value);
                    default -> statement.setObject(c + 1, value, types[c]);
                }
            }
        }
    }

    /** The stored figures of the indicators these figures are for, by indicator, quarter and region. */
    private Map<Key, Stored> load(Collection<IncomingFigure> figures) {
        TreeSet<Long> indicatorIds = figures.stream().map(IncomingFigure::indicatorId)
                .collect(Collectors.toCollection(TreeSet::new));
        Map<Key, Stored> stored = new HashMap<>();
        if (indicatorIds.isEmpty()) {
            return stored;
        }
        String in = indicatorIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.query("select id, indicator_id, quarter_code, region_code, amount, comment_text, entered_by, entered_at,"
                + " origin, import_id, version from progress_entry where indicator_id in (" + in + ")", rs -> {
                    stored.put(new Key(rs.getLong("indicator_id"), Quarter.of(rs.getString("quarter_code")),
                                    Region.valueOf(rs.getString("region_code"))),
                            new Stored(rs.getLong("id"), rs.getBigDecimal("amount"), rs.getString("comment_text"),
                                    rs.getString("entered_by"), FigureStream.instant(rs, "entered_at"),
                                    EntryOrigin.valueOf(rs.getString("origin")), FigureStream.nullableLong(rs, "import_id"),
                                    rs.getLong("version")));
                });
        return stored;
    }

    private static Key key(IncomingFigure f) {
        return new Key(f.indicatorId(), f.quarter(), f.region());
    }

    private static boolean same(Stored s, IncomingFigure f) {
        return s.amount().compareTo(f.amount()) == 0
                && Objects.equals(blankToNull(s.comment()), blankToNull(comment(s, f)));
    }

    /** The comment the figure will carry: the one sent, or the stored one when none could be sent. */
    private static String comment(Stored s, IncomingFigure f) {
        return f.commentGiven() ? f.comment() : s.comment();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
