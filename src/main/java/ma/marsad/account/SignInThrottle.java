package ma.marsad.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
import ma.marsad.base.security.SignInThrottleProperties;

/**
 * Slows password guessing down without letting anyone lock anyone else out. Wrong passwords are counted in the
 * sign_in_throttle table for a user name from one address (PAIR), for one address whatever the name (ADDRESS) and
 * for a user name from every address (ACCOUNT); past its free failures a count makes the next attempt wait, twice
 * as long after each further wrong password. An address waits for its own counts, and for the user name's count
 * only once it has itself failed on that name: an address that has not failed is never refused. The counts are in
 * the database, so every instance sees the same; the time is the injected Clock.
 */
@Service
class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final int MAX_NAME = 100;
    private static final int MAX_ADDRESS = 64;
    /** Who the history names when a name starts to be slowed down: nobody chose it, the sign-in rule did. */
    static final String SLOWED_BY = "marsad";

    enum Scope { ADDRESS, ACCOUNT, PAIR }

    private record Count(Scope scope, int failures, Instant lastAt, Instant waitUntil) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final HistoryLog history;
    private final SignInThrottleProperties properties;
    private final Clock clock;

    SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, HistoryLog history,
                   SignInThrottleProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.transaction = new TransactionTemplate(transactions);
        // Sign-ins run outside any transaction; each count is stored on its own, whatever else happens.
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.properties = properties;
        this.clock = clock;
    }

    /** How long a sign-in with this name from this address must still wait; empty when it may try now. */
    Optional<Duration> waitBefore(String username, String address) {
        String name = name(username);
        String from = address(address);
        Instant now = clock.instant();
        List<Count> counts = counts(name, from, now);
        // The name's own count holds back only the addresses that failed on it: never a newcomer.
        boolean failedOnThisName = counts.stream().anyMatch(count -> count.scope() == Scope.PAIR);
        Instant until = null;
        for (Count count : counts) {
            if ((count.scope() != Scope.ACCOUNT || failedOnThisName) && later(count.waitUntil(), until)) {
                until = count.waitUntil();
            }
        }
        return until != null && now.isBefore(until) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    /** Counts a wrong password for this name from this address. */
    void failed(String username, String address) {
        String name = name(username);
        String from = address(address);
        try {
            transaction.executeWithoutResult(status -> countAll(name, from));
        } catch (DuplicateKeyException e) {
            // Two first failures at once: the other one made the row, so this one counts on it.
            transaction.executeWithoutResult(status -> countAll(name, from));
        }
    }

    /** A right password: this address no longer counts as having failed on this name. */
    void succeeded(String username, String address) {
        jdbc.update("delete from sign_in_throttle where scope = 'PAIR' and account = ? and address = ?",
                name(username), address(address));
    }

    private void countAll(String name, String from) {
        Instant now = clock.instant();
        int pair = count(Scope.PAIR, name, from, properties.freeFailuresPerAccountAndAddress(), now);
        count(Scope.ADDRESS, "", from, properties.freeFailuresPerAddress(), now);
        int account = count(Scope.ACCOUNT, name, "", properties.freeFailuresPerAccount(), now);
        if (pair == properties.freeFailuresPerAccountAndAddress() + 1
                || account == properties.freeFailuresPerAccount() + 1) {
            log.warn("Sign-in slowed down for the user name '{}' from {}: {} wrong passwords from there, {} in all",
                    printable(name), printable(from), pair, account);
            history.record(new HistoryEvent(null, ChangeKind.USER_LOCKED, SLOWED_BY, now, ChangeSource.SIGN_IN, null,
                    null, null, null, null, printable(name), null, null, null, null, null));
        }
    }

    /** Adds one wrong password to a count and sets its wait; the count's number of failures. */
    private int count(Scope scope, String account, String address, int free, Instant now) {
        List<Count> rows = jdbc.query("select scope, failures, last_failure_at, wait_until from sign_in_throttle"
                + " where scope = ? and account = ? and address = ? for update", this::row, scope.name(), account, address);
        boolean forgotten = rows.isEmpty() || stale(rows.getFirst(), now);
        int failures = forgotten ? 1 : rows.getFirst().failures() + 1;
        Duration wait = properties.waitAfter(failures, free);
        OffsetDateTime waitUntil = wait.isZero() ? null : utc(now.plus(wait));
        if (rows.isEmpty()) {
            jdbc.update("insert into sign_in_throttle (scope, account, address, failures, last_failure_at, wait_until)"
                    + " values (?, ?, ?, ?, ?, ?)", scope.name(), account, address, failures, utc(now), waitUntil);
        } else {
            jdbc.update("update sign_in_throttle set failures = ?, last_failure_at = ?, wait_until = ?"
                    + " where scope = ? and account = ? and address = ?", failures, utc(now), waitUntil,
                    scope.name(), account, address);
        }
        return failures;
    }

    private List<Count> counts(String name, String from, Instant now) {
        return jdbc.query("select scope, failures, last_failure_at, wait_until from sign_in_throttle"
                        + " where (scope = 'PAIR' and account = ? and address = ?)"
                        + " or (scope = 'ADDRESS' and account = '' and address = ?)"
                        + " or (scope = 'ACCOUNT' and account = ? and address = '')", this::row, name, from, from, name)
                .stream().filter(count -> !stale(count, now)).toList();
    }

    private Count row(java.sql.ResultSet rs, int rowNum) throws java.sql.SQLException {
        return new Count(Scope.valueOf(rs.getString(1)), rs.getInt(2), instant(rs.getObject(3, OffsetDateTime.class)),
                instant(rs.getObject(4, OffsetDateTime.class)));
    }

    /** A count nobody added to for forgetAfter, and whose wait is over, no longer counts. */
    private boolean stale(Count count, Instant now) {
        return !now.isBefore(count.lastAt().plus(properties.forgetAfter()))
                && (count.waitUntil() == null || !now.isBefore(count.waitUntil()));
    }

    private static boolean later(Instant candidate, Instant than) {
        return candidate != null && (than == null || candidate.isAfter(than));
    }

    /** One count per person however the name is typed (case, spaces), and no longer than the column. */
    static String name(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_NAME ? key.substring(0, MAX_NAME) : key;
    }

    private static String address(String address) {
        String key = address == null ? "" : address;
        return key.length() > MAX_ADDRESS ? key.substring(0, MAX_ADDRESS) : key;
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
