package ma.marsad.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import ma.marsad.base.security.EndedSessions;

/**
 * The moment an administrator last ended someone's sessions, kept in user_account.sessions_ended_at so that
 * every instance sees it. Each instance reads it at most every {@value #CACHE_SECONDS} seconds per person: a
 * session on another instance ends within that time, without a query on every click.
 */
@Component
class AccountSessionEndings implements EndedSessions {

    static final long CACHE_SECONDS = 10;

    private record Seen(Instant readAt, Optional<Instant> endedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Clock realTime;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    @Autowired
    AccountSessionEndings(JdbcTemplate jdbc) {
        this(jdbc, Clock.systemUTC());
    }

    AccountSessionEndings(JdbcTemplate jdbc, Clock realTime) {
        this.jdbc = jdbc;
        this.realTime = realTime;
    }

    @Override
    public Optional<Instant> endedAt(String username) {
        Instant now = realTime.instant();
        Seen last = seen.get(username);
        if (last != null && last.readAt().plus(Duration.ofSeconds(CACHE_SECONDS)).isAfter(now)) {
            return last.endedAt();
        }
        List<OffsetDateTime> rows = jdbc.query("select sessions_ended_at from user_account where username = ?",
                (rs, i) -> rs.getObject(1, OffsetDateTime.class), username);
        Optional<Instant> endedAt = rows.isEmpty() || rows.getFirst() == null ? Optional.empty()
                : Optional.of(rows.getFirst().toInstant());
        seen.put(username, new Seen(now, endedAt));
        return endedAt;
    }

    /** Ends every session of this person signed in until now, on all instances. */
    void endAll(String username) {
        Instant now = realTime.instant();
        // Plain SQL: the account's version (checked by administrators' edits) does not change.
        jdbc.update("update user_account set sessions_ended_at = ? where username = ?", now.atOffset(ZoneOffset.UTC),
                username);
        seen.put(username, new Seen(now, Optional.of(now)));
    }
}
