package ma.marsad.progress;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.base.Quarter;

/**
 * The approved, locked quarters, and the database lock that makes changes to one indicator's figures
 * take turns: an approval, a hand correction and an import of the same indicator never interleave, on
 * one instance or several sharing a database.
 */
@Service
public class QuarterLocks {

    private final JdbcTemplate jdbc;

    QuarterLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every locked quarter, by indicator and quarter. */
    @Transactional(readOnly = true)
    public List<LockedQuarter> all() {
        return jdbc.query("select indicator_id, quarter_code, locked_by, locked_at from quarter_lock"
                + " order by indicator_id, quarter_code", (rs, n) -> new LockedQuarter(rs.getLong(1),
                Quarter.of(rs.getString(2)), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant()));
    }

    @Transactional(readOnly = true)
    public boolean isLocked(long indicatorId, Quarter quarter) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from quarter_lock where indicator_id = ?"
                + " and quarter_code = ?", Boolean.class, indicatorId, quarter.toString()));
    }

    /**
     * Waits until no other transaction is changing these indicators' figures, and holds them until this
     * transaction ends (a row lock on each indicator, taken in id order so two callers cannot deadlock).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void takeTurn(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return;
        }
        String in = new TreeSet<>(indicatorIds).stream().map(String::valueOf).collect(Collectors.joining(","));
        jdbc.queryForList("select id from indicator where id in (" + in + ") order by id for update", Long.class);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void lock(long indicatorId, Quarter quarter, String user, Instant at) {
        jdbc.update("insert into quarter_lock (indicator_id, quarter_code, locked_by, locked_at) values (?, ?, ?, ?)",
                indicatorId, quarter.toString(), user, at.atOffset(ZoneOffset.UTC));
    }

    /** The sample data's own locks go with the sample figures when sample data is switched off. */
    @Transactional(propagation = Propagation.MANDATORY)
    void unlockSampleQuarters(String sampleUser) {
        jdbc.update("delete from quarter_lock where locked_by = ?", sampleUser);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void unlock(long indicatorId, Quarter quarter) {
        jdbc.update("delete from quarter_lock where indicator_id = ? and quarter_code = ?", indicatorId,
                quarter.toString());
    }
}
