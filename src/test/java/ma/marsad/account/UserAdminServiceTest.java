package ma.marsad.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;

import ma.marsad.ApiClient;
import ma.marsad.FixedClockConfiguration;
import ma.marsad.MarsadSpringTest;
import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.ChangeSource;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryFilters;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.security.Role;
import ma.marsad.excelimport.ImportedFiguresCleanup;

@MarsadSpringTest
class UserAdminServiceTest {

    @Autowired
    UserAdminService users;
    @Autowired
    HistoryLog history;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void removeTestAccountsAndHistory() {
        ImportedFiguresCleanup.removeImports(jdbc);
        TestAccounts.remove(jdbc);
    }

    @Test
    void anAccountGetsAGeneratedPasswordThatIsStoredOnlyAsAHashAndSignsInOnTheApi() throws Exception {
        IssuedPassword issued = users.create(new NewUser("test.amina", "Amina Berrada", Set.of(Role.MANAGER)),
                "new head of unit", "admin");

        assertThat(issued.password()).hasSizeGreaterThanOrEqualTo(16).matches("[A-Za-z0-9]+");
        String hash = jdbc.queryForObject("select password_hash from user_account where username = 'test.amina'",
                String.class);
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(issued.password());
        assertThat(passwordEncoder.matches(issued.password(), hash)).isTrue();
        assertThat(api.send(api.request("/api/indicators", "test.amina", issued.password())).statusCode())
                .isEqualTo(200);
        assertThat(api.send(api.request("/api/indicators", "test.amina", "test.amina")).statusCode()).isEqualTo(401);

        assertThat(issued.user()).extracting(UserSummary::username, UserSummary::displayName, UserSummary::roles,
                UserSummary::enabled, UserSummary::createdAt)
                .containsExactly("test.amina", "Amina Berrada", Set.of(Role.MANAGER), true,
                        FixedClockConfiguration.NOW.toInstant());
        HistoryEvent created = onlyChange();
        assertThat(created.kind()).isEqualTo(ChangeKind.USER_CREATED);
        assertThat(created.changedBy()).isEqualTo("admin");
        assertThat(created.source()).isEqualTo(ChangeSource.ADMIN);
        assertThat(created.subject()).isEqualTo("test.amina");
        assertThat(created.before()).isNull();
        assertThat(created.after()).isEqualTo("MANAGER");
        assertThat(created.reason()).isEqualTo("new head of unit");
        assertThat(users.list()).extracting(UserSummary::username).contains("admin", "test.amina");
    }

    @Test
    void twoGeneratedPasswordsDiffer() {
        String first = users.create(new NewUser("test.one", "One", Set.of(Role.CLERK)), null, "admin").password();
        String second = users.create(new NewUser("test.two", "Two", Set.of(Role.CLERK)), null, "admin").password();
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aDisabledAccountIsRefusedByTheApiAndEnablingItLetsItBackIn() throws Exception {
        IssuedPassword issued = users.create(new NewUser("test.karim", "Karim", Set.of(Role.OFFICIAL)), null, "admin");
        UserSummary karim = issued.user();

        UserSummary disabled = users.disable(karim.id(), karim.version(), "left the ministry", "admin");

        assertThat(disabled.enabled()).isFalse();
        HttpResponse<String> refused = api.send(api.request("/api/indicators", "test.karim", issued.password()));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("Authentication required");
        HistoryEvent event = latest();
        assertThat(event.kind()).isEqualTo(ChangeKind.USER_DISABLED);
        assertThat(event.subject()).isEqualTo("test.karim");
        assertThat(event.reason()).isEqualTo("left the ministry");
        assertThat(event.before()).isNull();
        assertThat(event.after()).isNull();
        assertThat(changeCount()).isEqualTo(2);

        users.enable(disabled.id(), disabled.version(), null, "admin");

        assertThat(latest().kind()).isEqualTo(ChangeKind.USER_ENABLED);
        assertThat(latest().reason()).isNull();
        assertThat(changeCount()).isEqualTo(3);
        assertThat(api.send(api.request("/api/indicators", "test.karim", issued.password())).statusCode())
                .isEqualTo(200);
    }

    @Test
    void disablingAnAccountEndsItsSessionsHereAtOnceAndOnOtherInstancesWithinTenSeconds() {
        UserSummary nadia = users.create(new NewUser("test.nadia", "Nadia", Set.of(Role.CLERK)), null, "admin").user();
        sessions.registerNewSession("session-of-nadia", User.withUsername("test.nadia").password("x").roles("CLERK").build());
        sessions.registerNewSession("session-of-someone-else", User.withUsername("clerk").password("x").roles("CLERK").build());

        ma.marsad.backup.TestClock otherInstanceTime = new ma.marsad.backup.TestClock();
        AccountSessionEndings otherInstance = new AccountSessionEndings(jdbc, otherInstanceTime);
        assertThat(otherInstance.endedAt("test.nadia")).as("read before the change").isEmpty();
        long version = jdbc.queryForObject("select version from user_account where username = 'test.nadia'", Long.class);

        users.disable(nadia.id(), nadia.version(), null, "admin");

        assertThat(sessions.getSessionInformation("session-of-nadia").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("session-of-someone-else").isExpired()).isFalse();
        assertThat(jdbc.queryForObject("select sessions_ended_at from user_account where username = 'test.nadia'",
                java.time.OffsetDateTime.class)).as("for the other instances").isNotNull();
        assertThat(otherInstance.endedAt("test.nadia")).as("another instance, within its 10 s of caching").isEmpty();
        otherInstanceTime.advance(java.time.Duration.ofSeconds(AccountSessionEndings.CACHE_SECONDS));
        assertThat(otherInstance.endedAt("test.nadia")).as("another instance, 10 s later").isPresent();
        assertThat(otherInstance.endedAt("clerk")).isEmpty();
        assertThat(jdbc.queryForObject("select version from user_account where username = 'test.nadia'", Long.class))
                .as("the disabling's own version change only").isEqualTo(version + 1);
        sessions.removeSessionInformation("session-of-nadia");
        sessions.removeSessionInformation("session-of-someone-else");
    }

    @Test
    void changingRolesKeepsTheListsBeforeAndAfter() throws Exception {
        IssuedPassword issued = users.create(new NewUser("test.samir", "Samir", Set.of(Role.CLERK)), null, "admin");
        UserSummary samir = issued.user();

        UserSummary changed = users.changeRoles(samir.id(), samir.version(), Set.of(Role.MANAGER, Role.CLERK),
                "covers the review while Amina is away", "admin");

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.CLERK);
        assertThat(changed.version()).isGreaterThan(samir.version());
        HistoryEvent event = latest();
        assertThat(event.kind()).isEqualTo(ChangeKind.USER_ROLES_CHANGED);
        assertThat(event.before()).isEqualTo("CLERK");
        assertThat(event.after()).isEqualTo("MANAGER, CLERK");
        assertThat(event.reason()).isEqualTo("covers the review while Amina is away");
        assertThat(changeCount()).isEqualTo(2);
        // The new role counts at once on the API, which reads the account on every request.
        assertThat(api.send(api.request("/api/indicators", "test.samir", issued.password())).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aPasswordResetReplacesThePasswordAndKeepsNoneInTheHistory() throws Exception {
        IssuedPassword first = users.create(new NewUser("test.leila", "Leila", Set.of(Role.MANAGER)), null, "admin");

        IssuedPassword reset = users.resetPassword(first.user().id(), first.user().version(), "forgotten", "admin");

        assertThat(reset.password()).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo(first.password());
        assertThat(api.send(api.request("/api/indicators", "test.leila", first.password())).statusCode()).isEqualTo(401);
        assertThat(api.send(api.request("/api/indicators", "test.leila", reset.password())).statusCode()).isEqualTo(200);
        HistoryEvent event = latest();
        assertThat(event.kind()).isEqualTo(ChangeKind.USER_PASSWORD_RESET);
        assertThat(event.subject()).isEqualTo("test.leila");
        assertThat(event.reason()).isEqualTo("forgotten");
        List<Map<String, Object>> rows = jdbc.queryForList("select * from history_event");
        assertThat(rows.toString()).doesNotContain(first.password()).doesNotContain(reset.password());
        assertThat(changeCount()).isEqualTo(2);
    }

    @Test
    void anEditOfAnAccountChangedSinceIsRefusedWithWhoChangedItAndWhen() {
        UserSummary omar = users.create(new NewUser("test.omar", "Omar", Set.of(Role.CLERK)), null, "admin").user();
        users.changeRoles(omar.id(), omar.version(), Set.of(Role.MANAGER), null, "test.other-admin");

        assertThatThrownBy(() -> users.disable(omar.id(), omar.version(), null, "admin"))
                .isInstanceOfSatisfying(UserChangeRefusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(UserChangeRefusal.Reason.CHANGED_BY_OTHER);
                    assertThat(r.args()).containsExactly("test.other-admin", FixedClockConfiguration.NOW.toInstant());
                    assertThat(r.messageKey()).isEqualTo("admin.users.refused.CHANGED_BY_OTHER");
                });
        assertThat(users.list()).filteredOn(u -> u.username().equals("test.omar"))
                .singleElement().satisfies(u -> assertThat(u.enabled()).isTrue());
        assertThat(changeCount()).isEqualTo(2);
    }

    @Test
    void anAdministratorCannotDisableThemself() {
        UserSummary admin = account("admin");

        assertThatThrownBy(() -> users.disable(admin.id(), admin.version(), null, "admin"))
                .isInstanceOfSatisfying(UserChangeRefusal.class,
                        r -> assertThat(r.reason()).isEqualTo(UserChangeRefusal.Reason.SELF_DISABLE));
        assertThat(account("admin").enabled()).isTrue();
        assertThat(changeCount()).isZero();
    }

    @Test
    void anAdministratorCannotTakeAwayTheirOwnAdministratorRole() {
        UserSummary admin = account("admin");

        assertThatThrownBy(() -> users.changeRoles(admin.id(), admin.version(), Set.of(Role.MANAGER), null, "admin"))
                .isInstanceOfSatisfying(UserChangeRefusal.class,
                        r -> assertThat(r.reason()).isEqualTo(UserChangeRefusal.Reason.OWN_ADMIN_ROLE));
        assertThat(account("admin").roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabledNorLoseTheRole() {
        UserSummary admin = account("admin");

        assertThatThrownBy(() -> users.disable(admin.id(), admin.version(), null, "test.first-admin"))
                .isInstanceOfSatisfying(UserChangeRefusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(UserChangeRefusal.Reason.LAST_ADMIN);
                    assertThat(r.args()).containsExactly("admin");
                });
        assertThatThrownBy(() -> users.changeRoles(admin.id(), admin.version(), Set.of(Role.CLERK), null,
                "test.first-admin"))
                .isInstanceOfSatisfying(UserChangeRefusal.class,
                        r -> assertThat(r.reason()).isEqualTo(UserChangeRefusal.Reason.LAST_ADMIN));
        assertThat(account("admin")).extracting(UserSummary::enabled, UserSummary::roles)
                .containsExactly(true, Set.of(Role.ADMIN));
        assertThat(changeCount()).isZero();
    }

    @Test
    void anAdministratorCanBeDisabledWhileAnotherRemains() {
        UserSummary second = users.create(new NewUser("test.second-admin", "Second", Set.of(Role.ADMIN)), null,
                "admin").user();

        assertThat(users.disable(second.id(), second.version(), null, "admin").enabled()).isFalse();
        assertThat(latest().kind()).isEqualTo(ChangeKind.USER_DISABLED);
    }

    @Test
    void aUserNameIsCheckedAndTakenOnlyOnce() {
        assertThatThrownBy(() -> users.create(new NewUser("test amina", "A", Set.of(Role.CLERK)), null, "admin"))
                .isInstanceOfSatisfying(UserChangeRefusal.class,
                        r -> assertThat(r.reason()).isEqualTo(UserChangeRefusal.Reason.USERNAME_INVALID));
        assertThatThrownBy(() -> users.create(new NewUser("Admin", "A", Set.of(Role.CLERK)), null, "admin"))
                .isInstanceOfSatisfying(UserChangeRefusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(UserChangeRefusal.Reason.USERNAME_TAKEN);
                    assertThat(r.args()).containsExactly("Admin");
                });
        assertThatThrownBy(() -> users.create(new NewUser("test.nobody", " ", Set.of(Role.CLERK)), null, "admin"))
                .isInstanceOfSatisfying(UserChangeRefusal.class,
                        r -> assertThat(r.reason()).isEqualTo(UserChangeRefusal.Reason.DISPLAY_NAME_REQUIRED));
        assertThatThrownBy(() -> users.create(new NewUser("test.nobody", "Nobody", Set.of()), null, "admin"))
                .isInstanceOfSatisfying(UserChangeRefusal.class,
                        r -> assertThat(r.reason()).isEqualTo(UserChangeRefusal.Reason.ROLES_REQUIRED));
        assertThat(changeCount()).isZero();
    }

    private UserSummary account(String username) {
        return users.list().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private HistoryEvent onlyChange() {
        List<HistoryEvent> all = history.find(HistoryFilters.everything(), 10);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    private HistoryEvent latest() {
        return history.find(HistoryFilters.everything(), 1).getFirst();
    }

    private int changeCount() {
        return history.find(HistoryFilters.everything(), 100).size();
    }
}
