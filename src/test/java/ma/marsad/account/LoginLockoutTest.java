package ma.marsad.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

import ma.marsad.FixedClockConfiguration;
import ma.marsad.MarsadSpringTest;
import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.ChangeSource;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryFilters;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.security.LoginLockProperties;
import ma.marsad.base.security.Role;
import ma.marsad.excelimport.ImportedFiguresCleanup;

/**
 * Wrong passwords lock a user name for a while, against the real database, with a clock of the test's own
 * that it moves forward (the shared context's clock is fixed).
 */
@MarsadSpringTest
class LoginLockoutTest {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return FixedClockConfiguration.NOW.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private static final String USER = "test.lockout";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    AccountDetailsService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    UserAdminService users;
    @Autowired
    LoginLockProperties configured;
    @Autowired
    HistoryLog history;

    private final MovableClock clock = new MovableClock(FixedClockConfiguration.NOW.toInstant());
    private LockingAuthenticationProvider provider;
    private String password;

    @BeforeEach
    void anAccountAndAProviderOnTheTestsClock() {
        LoginLockout lockout = new LoginLockout(jdbc, transactions, history,
                new LoginLockProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);
        provider = new LockingAuthenticationProvider(accounts, passwordEncoder, lockout);
        password = users.create(new NewUser(USER, "Lockout test", Set.of(Role.CLERK)), null, "admin").password();
    }

    @AfterEach
    void removeCountsAccountsAndHistory() {
        jdbc.update("delete from login_failure");
        ImportedFiguresCleanup.removeImports(jdbc);
        TestAccounts.remove(jdbc);
    }

    private Authentication signIn(String name, String typedPassword) {
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, typedPassword));
    }

    private void wrongPasswords(String name, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn(name, "not-the-password")).as("wrong password " + (i + 1))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void passwordsAreStoredAsBcryptHashesOfCostTenOrMore() {
        for (String name : new String[] {USER, "admin"}) {
            String hash = jdbc.queryForObject("select password_hash from user_account where username = ?",
                    String.class, name);
            Matcher bcrypt = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$(\\d\\d)\\$[./A-Za-z0-9]{53}").matcher(hash);
            assertThat(bcrypt.matches()).as(name + "'s hash is bcrypt").isTrue();
            assertThat(Integer.parseInt(bcrypt.group(1))).as("bcrypt cost").isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void theLockSettingsAreReadFromApplicationYml() {
        assertThat(configured).isEqualTo(new LoginLockProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15)));
    }

    @Test
    void fiveWrongPasswordsLockTheNameAndEvenTheRightPasswordIsRefusedUntilFifteenMinutesHavePassed() {
        wrongPasswords(USER, 5);

        assertThatThrownBy(() -> signIn(USER, password)).isInstanceOf(LockedException.class);
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThatThrownBy(() -> signIn(USER, password)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(USER, password).getName()).isEqualTo(USER);
    }

    @Test
    void theNightlyCleanUpRemovesOnlyFailuresThatNoLongerCount() {
        wrongPasswords("test.mistyped-long-ago", 2);
        clock.advance(Duration.ofMinutes(10));
        wrongPasswords(USER, 5);
        wrongPasswords("test.recent", 1);
        SignInFailureCleanup cleanup = new SignInFailureCleanup(jdbc, null,
                new LoginLockProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock, "-");

        clock.advance(Duration.ofMinutes(6));
        assertThat(cleanup.removeExpired()).as("16 minutes on, only the first mistakes' window is over").isEqualTo(1);
        assertThat(jdbc.queryForList("select username from login_failure order by username", String.class))
                .as("the running lock and the recent failure stay").containsExactly(USER, "test.recent");
        assertThatThrownBy(() -> signIn(USER, password)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(10));
        assertThat(cleanup.removeExpired()).as("the lock and the recent failure's window are over").isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from login_failure", Long.class)).isZero();
    }

    @Test
    void theLockIsKeptInTheDatabaseSoEveryInstanceSeesIt() {
        wrongPasswords(USER, 5);

        assertThat(jdbc.queryForObject("select locked_until from login_failure where username = ?",
                java.time.OffsetDateTime.class, USER).toInstant())
                .isEqualTo(FixedClockConfiguration.NOW.toInstant().plus(Duration.ofMinutes(15)));
        LoginLockout anotherInstance = new LoginLockout(jdbc, transactions, history,
                new LoginLockProperties(5, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);
        assertThat(anotherInstance.isLocked(USER)).isTrue();
        assertThat(anotherInstance.isLocked("test.someone-else")).isFalse();
    }

    @Test
    void theLockIsWrittenInTheHistoryOnce() {
        wrongPasswords(USER, 5);
        wrongPasswords("test.nobody", 4);

        assertThat(history.find(HistoryFilters.everything(), 10)).filteredOn(e -> e.kind() == ChangeKind.USER_LOCKED)
                .extracting(HistoryEvent::subject, HistoryEvent::changedBy, HistoryEvent::source, HistoryEvent::changedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(USER, LoginLockout.LOCKED_BY, ChangeSource.SIGN_IN,
                        FixedClockConfiguration.NOW.toInstant()));
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        wrongPasswords(USER, 4);
        assertThat(signIn(USER, password).getName()).isEqualTo(USER);
        assertThat(jdbc.queryForObject("select count(*) from login_failure", Long.class)).isZero();

        wrongPasswords(USER, 4);
        assertThat(signIn(USER, password).getName()).as("four more wrong ones do not lock").isEqualTo(USER);
    }

    @Test
    void wrongPasswordsMoreThanFifteenMinutesApartDoNotAddUp() {
        wrongPasswords(USER, 4);
        clock.advance(Duration.ofMinutes(15));
        wrongPasswords(USER, 4);

        assertThat(signIn(USER, password).getName()).isEqualTo(USER);
    }

    @Test
    void aNameThatDoesNotExistIsLockedInTheSameWordsSoALockTellsNothingAboutWhoExists() {
        wrongPasswords("test.nobody", 5);
        wrongPasswords(USER, 5);

        Throwable unknown = org.assertj.core.api.Assertions.catchThrowable(() -> signIn("test.nobody", "anything"));
        Throwable known = org.assertj.core.api.Assertions.catchThrowable(() -> signIn(USER, password));
        assertThat(unknown).isInstanceOf(LockedException.class).hasMessage(known.getMessage());
        assertThat(known).isInstanceOf(LockedException.class);
    }

    @Test
    void theNameIsCountedHoweverItsCaseAndSpacesAreTyped() {
        wrongPasswords("Test.Lockout ", 3);
        wrongPasswords(" TEST.LOCKOUT", 2);

        assertThatThrownBy(() -> signIn(USER, password)).isInstanceOf(LockedException.class);
    }
}
