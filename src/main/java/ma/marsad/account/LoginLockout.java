package ma.marsad.account;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.ChangeSource;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.security.LoginLockProperties;

/**
 * Counts wrong passwords per user name in the login_failure table and locks the name after too many: the
 * count and the lock are in the database, so several instances share them, and the time is the injected
 * Clock. Any name typed is counted, known or not, so a lock never tells whether an account exists.
 */
@Service
class LoginLockout {

    private static final Logger log = LoggerFactory.getLogger(LoginLockout.class);
    private static final int MAX_NAME = 100;
    /** Who the history names for a lock: nobody chose it, the sign-in rule did. */
    static final String LOCKED_BY = "marsad";

    private record Failures(int count, Instant firstAt, Instant lockedUntil) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final HistoryLog history;
    private final LoginLockProperties properties;
    private final Clock clock;

    LoginLockout(JdbcTemplate jdbc, PlatformTransactionManager transactions, HistoryLog history,
                 LoginLockProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.transaction = new TransactionTemplate(transactions);
        // Sign-ins run outside any transaction; each count is stored on its own, whatever else happens.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    /** Whether sign-ins with this name are refused now, even with the right password. */
    boolean isLocked(String username) {
        List<Instant> until = jdbc.query("select locked_until from login_failure where username = ?",
                (rs, i) -> instant(rs.getObject(1, OffsetDateTime.class)), key(username));
        return !until.isEmpty() && until.getFirst() != null && clock.instant().isBefore(until.getFirst());
    }

    /** Counts a wrong password; true when this one locked the name. */
    boolean failed(String username) {
        String key = key(username);
        boolean locked;
        try {
            locked = transaction.execute(status -> count(key));
        } catch (DuplicateKeyException e) {
            // Two first failures at once: the other one made the row, so this one counts on it.
            locked = transaction.execute(status -> count(key));
        }
        if (locked) {
            log.warn("Sign-in locked for {} minutes after {} wrong passwords for the user name '{}'",
                    properties.lockMinutes(), properties.maxFailures(), printable(key));
        }
        return locked;
    }

    /** A correct sign-in: the count starts again. */
    void succeeded(String username) {
        jdbc.update("delete from login_failure where username = ?", key(username));
    }

    private boolean count(String key) {
        Instant now = clock.instant();
        forgetOldFailures(now);
        List<Failures> rows = jdbc.query("select failures, first_failure_at, locked_until from login_failure"
                        + " where username = ? for update",
                (rs, i) -> new Failures(rs.getInt(1), instant(rs.getObject(2, OffsetDateTime.class)),
                        instant(rs.getObject(3, OffsetDateTime.class))), key);
        if (rows.isEmpty()) {
            jdbc.update("insert into login_failure (username, failures, first_failure_at, locked_until)"
                    + " values (?, ?, ?, null)", key, 1, utc(now));
            return lockIfTooMany(key, 1, now);
        }
        Failures row = rows.getFirst();
        boolean windowOver = row.count() == 0 || !now.isBefore(row.firstAt().plus(properties.failureWindow()));
        int count = windowOver ? 1 : row.count() + 1;
        jdbc.update("update login_failure set failures = ?, first_failure_at = ? where username = ?",
                count, utc(windowOver ? now : row.firstAt()), key);
        return lockIfTooMany(key, count, now);
    }

    private boolean lockIfTooMany(String key, int count, Instant now) {
        if (count < properties.maxFailures()) {
            return false;
        }
        // The count starts again once the lock is over.
        jdbc.update("update login_failure set failures = 0, locked_until = ? where username = ?",
                utc(now.plus(properties.lockDuration())), key);
        history.record(new HistoryEvent(null, ChangeKind.USER_LOCKED, LOCKED_BY, now, ChangeSource.SIGN_IN, null, null,
                null, null, null, printable(key), null, null, null, null, null));
        return true;
    }

    /** Rows of names nobody tried lately, so guessing many names does not fill the table. */
    private void forgetOldFailures(Instant now) {
        jdbc.update("delete from login_failure where first_failure_at < ? and (locked_until is null or locked_until < ?)",
                utc(now.minus(properties.failureWindow())), utc(now));
    }

    /** One count per person however the name is typed (case, spaces), and no longer than the column. */
    private static String key(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }

    /** A typed name goes into the log without line breaks or other control characters. */
    private static String printable(String name) {
        return name.replaceAll("\\p{Cntrl}", "?");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
