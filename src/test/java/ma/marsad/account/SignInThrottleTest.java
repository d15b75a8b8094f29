package ma.marsad.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.PlatformTransactionManager;

import ma.marsad.FixedClockConfiguration;
import ma.marsad.MarsadSpringTest;
import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.ChangeSource;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryFilter;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.security.Role;
import ma.marsad.base.security.SignInPausedException;
import ma.marsad.base.security.SignInThrottleProperties;
import ma.marsad.excelimport.ImportedFiguresCleanup;

/**
 * Wrong passwords slow down the address that types them, never the account's owner elsewhere (issue 18,
 * finding 3), against the real database, with a clock of the test's own that it moves forward.
 */
@MarsadSpringTest
class SignInThrottleTest {

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

    private static final String USER = "test.throttle";
    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.7";
    static final SignInThrottleProperties DEFAULTS = new SignInThrottleProperties(5, 30, 50, Duration.ofSeconds(1),
            Duration.ofMinutes(15), Duration.ofHours(1));

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
    SignInThrottleProperties configured;
    @Autowired
    HistoryLog history;

    private final MovableClock clock = new MovableClock(FixedClockConfiguration.NOW.toInstant());
    private LockingAuthenticationProvider provider;
    private String password;

    @BeforeEach
    void anAccountAndAProviderOnTheTestsClock() {
        provider = providerOfAnInstance();
        password = users.create(new NewUser(USER, "Throttle test", Set.of(Role.CLERK)), null, "admin").password();
    }

    private LockingAuthenticationProvider providerOfAnInstance() {
        return new LockingAuthenticationProvider(accounts, passwordEncoder,
                new SignInThrottle(jdbc, transactions, history, DEFAULTS, clock));
    }

    @AfterEach
    void removeCountsAccountsAndHistory() {
        jdbc.update("delete from sign_in_throttle");
        ImportedFiguresCleanup.removeImports(jdbc);
        TestAccounts.remove(jdbc);
    }

    private Authentication signIn(String name, String typedPassword, String from) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(name,
                typedPassword);
        attempt.setDetails(new WebAuthenticationDetails(from, null));
        return provider.authenticate(attempt);
    }

    private void wrongPasswords(String name, String from, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> signIn(name, "not-the-password", from)).as("wrong password " + (i + 1))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    private Duration waitFor(String name, String typedPassword, String from) {
        Throwable refusal = catchThrowable(() -> signIn(name, typedPassword, from));
        assertThat(refusal).as("refused before the password is checked").isInstanceOf(SignInPausedException.class);
        return ((SignInPausedException) refusal).retryAfter();
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
    void theThrottleSettingsAreReadFromApplicationYml() {
        assertThat(configured).isEqualTo(DEFAULTS);
    }

    @Test
    void theAttackerIsSlowedDownWhileTheOwnerSignsInAtOnceFromAnotherAddress() {
        wrongPasswords(USER, ATTACKER, 5);
        wrongPasswords(USER, ATTACKER, 1);

        assertThat(waitFor(USER, "guess", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
        assertThat(waitFor(USER, password, ATTACKER)).as("even the right password waits").isEqualTo(Duration.ofSeconds(1));
        assertThat(signIn(USER, password, OWNER).getName()).as("the owner, elsewhere, at once").isEqualTo(USER);
        assertThat(signIn("clerk", "clerk", OWNER).getName()).isEqualTo("clerk");
    }

    @Test
    void eachFurtherWrongPasswordDoublesTheWaitUpToFifteenMinutes() {
        wrongPasswords(USER, ATTACKER, 5);
        Duration expected = Duration.ofSeconds(1);
        for (int i = 0; i < 14; i++) {
            wrongPasswords(USER, ATTACKER, 1);
            assertThat(waitFor(USER, "guess", ATTACKER)).as("wait after wrong password " + (6 + i)).isEqualTo(expected);
            clock.advance(expected);
            expected = expected.multipliedBy(2).compareTo(Duration.ofMinutes(15)) > 0
                    ? Duration.ofMinutes(15) : expected.multipliedBy(2);
        }
        assertThat(expected).isEqualTo(Duration.ofMinutes(15));
        assertThat(signIn(USER, password, OWNER).getName()).as("the owner never waited").isEqualTo(USER);

        assertThat(signIn(USER, password, ATTACKER).getName()).as("once the wait is over").isEqualTo(USER);
    }

    @Test
    void theCountsAreKeptInTheDatabaseSoEveryInstanceSeesThem() {
        wrongPasswords(USER, ATTACKER, 6);

        provider = providerOfAnInstance();
        assertThat(waitFor(USER, password, ATTACKER)).isEqualTo(Duration.ofSeconds(1));
        assertThat(jdbc.queryForList("select scope from sign_in_throttle where wait_until is not null order by scope",
                String.class)).containsExactly("PAIR");
    }

    @Test
    void oneAddressGuessingManyNamesIsSlowedDownAfterThirty() {
        for (int i = 0; i < 30; i++) {
            wrongPasswords("test.sprayed-" + i, ATTACKER, 1);
        }
        assertThat(signIn(USER, password, ATTACKER).getName()).as("thirty are free").isEqualTo(USER);
        wrongPasswords("test.sprayed-30", ATTACKER, 1);

        assertThat(waitFor("test.sprayed-31", "guess", ATTACKER)).isEqualTo(Duration.ofSeconds(1));
        assertThat(waitFor(USER, password, ATTACKER)).as("any name from that address").isPositive();
        assertThat(signIn(USER, password, OWNER).getName()).isEqualTo(USER);
    }

    @Test
    void manyAddressesGuessingOneNameSlowDownOnlyTheAddressesThatFailedOnIt() {
        for (int i = 1; i <= 51; i++) {
            wrongPasswords(USER, "192.0.2." + i, 1);
        }

        assertThat(waitFor(USER, "guess", "192.0.2.1")).as("an address that failed on the name").isPositive();
        assertThat(waitFor(USER, "guess", "192.0.2.51")).isEqualTo(Duration.ofSeconds(1));
        assertThat(signIn(USER, password, OWNER).getName()).as("an address that never failed").isEqualTo(USER);
        assertThat(signIn("clerk", "clerk", "192.0.2.1").getName()).as("the same address, another name")
                .isEqualTo("clerk");
    }

    @Test
    void aRightPasswordClearsThatAddresssCountForTheName() {
        wrongPasswords(USER, OWNER, 4);
        assertThat(signIn(USER, password, OWNER).getName()).isEqualTo(USER);

        wrongPasswords(USER, OWNER, 5);
        assertThat(signIn(USER, password, OWNER).getName()).as("five more wrong ones are free again").isEqualTo(USER);
    }

    @Test
    void countsAreForgottenAnHourAfterTheLastWrongPassword() {
        wrongPasswords(USER, ATTACKER, 5);
        clock.advance(Duration.ofMinutes(59));
        wrongPasswords(USER, ATTACKER, 1);
        assertThat(waitFor(USER, password, ATTACKER)).as("within the hour, the count goes on").isPositive();

        clock.advance(Duration.ofHours(1));
        wrongPasswords(USER, ATTACKER, 5);
        assertThat(signIn(USER, password, ATTACKER).getName()).as("an hour later it starts again").isEqualTo(USER);
    }

    @Test
    void aNameThatDoesNotExistIsSlowedDownInTheSameWordsSoTheRefusalTellsNothingAboutWhoExists() {
        wrongPasswords("test.nobody", ATTACKER, 6);
        wrongPasswords(USER, OWNER, 6);

        Throwable unknown = catchThrowable(() -> signIn("test.nobody", "anything", ATTACKER));
        Throwable known = catchThrowable(() -> signIn(USER, password, OWNER));
        assertThat(unknown).isInstanceOf(SignInPausedException.class).hasMessage(known.getMessage());
        assertThat(known).isInstanceOf(SignInPausedException.class);
    }

    @Test
    void theNameIsCountedHoweverItsCaseAndSpacesAreTyped() {
        wrongPasswords("Test.Throttle ", ATTACKER, 3);
        wrongPasswords(" TEST.THROTTLE", ATTACKER, 3);

        assertThat(waitFor(USER, password, ATTACKER)).isPositive();
    }

    @Test
    void theFirstWaitForANameIsWrittenInTheHistoryOnce() {
        wrongPasswords(USER, ATTACKER, 6);
        clock.advance(Duration.ofSeconds(1));
        wrongPasswords(USER, ATTACKER, 1);
        wrongPasswords("test.nobody", ATTACKER, 4);

        assertThat(history.find(ma.marsad.audit.HistoryFilters.everything(), 10)).filteredOn(e -> e.kind() == ChangeKind.USER_LOCKED)
                .extracting(HistoryEvent::subject, HistoryEvent::changedBy, HistoryEvent::source)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(USER, SignInThrottle.SLOWED_BY, ChangeSource.SIGN_IN));
    }

    @Test
    void theNightlyCleanUpRemovesOnlyCountsThatNoLongerCount() {
        wrongPasswords("test.mistyped-long-ago", OWNER, 2);
        clock.advance(Duration.ofMinutes(50));
        wrongPasswords(USER, ATTACKER, 6);
        SignInFailureCleanup cleanup = new SignInFailureCleanup(jdbc, null, DEFAULTS, clock, "-");

        clock.advance(Duration.ofMinutes(10));
        assertThat(cleanup.removeExpired()).as("an hour on, only the first mistakes are forgotten: their name's,"
                + " their address's and the pair's counts").isEqualTo(3);
        assertThat(jdbc.queryForList("select distinct address from sign_in_throttle where address <> ''", String.class))
                .containsExactly(ATTACKER);

        clock.advance(Duration.ofHours(1));
        assertThat(cleanup.removeExpired()).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle", Long.class)).isZero();
    }
}
