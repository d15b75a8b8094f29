package ma.marsad.account;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import ma.marsad.base.TypedText;
import ma.marsad.account.UserChangeRefusal.Reason;
import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.security.Role;

/**
 * What administrators do to accounts: open one with a made-up password, disable and enable it, reset its
 * password, change its roles. Each edit carries the version the administrator saw and is refused when the
 * account changed since; each change writes one history row. Disabling an account, changing its roles or
 * its password ends its browser sessions.
 */
@Service
public class UserAdminService {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z][A-Za-z0-9._-]{1,99}");
    private static final Set<ChangeKind> USER_CHANGES = EnumSet.of(ChangeKind.USER_CREATED, ChangeKind.USER_DISABLED,
            ChangeKind.USER_ENABLED, ChangeKind.USER_ROLES_CHANGED, ChangeKind.USER_PASSWORD_RESET);
    private static final int MAX_REASON = 1000;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordGenerator passwords;
    private final UserSessions sessions;
    private final HistoryLog history;
    private final Clock clock;

    UserAdminService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordGenerator passwords,
                     UserSessions sessions, HistoryLog history, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwords = passwords;
        this.sessions = sessions;
        this.history = history;
        this.clock = clock;
    }

    /** Every account, by user name. */
    @Transactional(readOnly = true)
    public List<UserSummary> list() {
        return accounts.findAllByOrderByUsernameAsc().stream().map(UserAdminService::summary).toList();
    }

    /** Opens an account with a password made up here; the answer holds it, the database only its hash. */
    @Transactional
    public IssuedPassword create(NewUser user, String reason, String admin) {
        String username = user.username() == null ? "" : user.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new UserChangeRefusal(Reason.USERNAME_INVALID);
        }
        if (accounts.existsByUsernameIgnoreCase(username)) {
            throw new UserChangeRefusal(Reason.USERNAME_TAKEN, username);
        }
        String displayName = user.displayName() == null ? "" : user.displayName().strip();
        if (displayName.isEmpty()) {
            throw new UserChangeRefusal(Reason.DISPLAY_NAME_REQUIRED);
        }
        if (user.roles().isEmpty()) {
            throw new UserChangeRefusal(Reason.ROLES_REQUIRED);
        }
        String password = passwords.generate();
        Instant now = clock.instant();
        UserAccount account = accounts.saveAndFlush(new UserAccount(username, displayName,
                passwordEncoder.encode(password), user.roles(), now));
        history.record(HistoryEvent.ofAdmin(ChangeKind.USER_CREATED, admin, now, null, username, null,
                roleList(account.getRoles()), reasonText(reason)));
        return new IssuedPassword(summary(account), password);
    }

    @Transactional
    public UserSummary disable(long id, long version, String reason, String admin) {
        UserAccount account = current(id, version);
        if (account.getUsername().equals(admin)) {
            throw new UserChangeRefusal(Reason.SELF_DISABLE);
        }
        if (!account.isEnabled()) {
            throw new UserChangeRefusal(Reason.NO_CHANGE);
        }
        if (account.getRoles().contains(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.disable();
        return changed(account, ChangeKind.USER_DISABLED, null, null, reason, admin, true);
    }

    @Transactional
    public UserSummary enable(long id, long version, String reason, String admin) {
        UserAccount account = current(id, version);
        if (account.isEnabled()) {
            throw new UserChangeRefusal(Reason.NO_CHANGE);
        }
        account.enable();
        return changed(account, ChangeKind.USER_ENABLED, null, null, reason, admin, false);
    }

    /** Replaces the account's roles; the history keeps the lists before and after. */
    @Transactional
    public UserSummary changeRoles(long id, long version, Set<Role> roles, String reason, String admin) {
        UserAccount account = current(id, version);
        if (roles == null || roles.isEmpty()) {
            throw new UserChangeRefusal(Reason.ROLES_REQUIRED);
        }
        Set<Role> before = copy(account.getRoles());
        Set<Role> after = copy(roles);
        if (before.equals(after)) {
            throw new UserChangeRefusal(Reason.NO_CHANGE);
        }
        boolean losesAdmin = before.contains(Role.ADMIN) && !after.contains(Role.ADMIN);
        if (losesAdmin && account.getUsername().equals(admin)) {
            throw new UserChangeRefusal(Reason.OWN_ADMIN_ROLE);
        }
        if (losesAdmin && account.isEnabled()) {
            requireAnotherAdmin(account);
        }
        account.replaceRoles(after);
        return changed(account, ChangeKind.USER_ROLES_CHANGED, roleList(before), roleList(after), reason, admin,
                true);
    }

    /** Gives the account a new made-up password, shown once; the old one stops working. */
    @Transactional
    public IssuedPassword resetPassword(long id, long version, String reason, String admin) {
        UserAccount account = current(id, version);
        String password = passwords.generate();
        account.replacePasswordHash(passwordEncoder.encode(password));
        return new IssuedPassword(changed(account, ChangeKind.USER_PASSWORD_RESET, null, null, reason, admin, true),
                password);
    }

    /** The account, its row held for this transaction, if it is still at the version the administrator saw. */
    private UserAccount current(long id, long version) {
        UserAccount account = accounts.findForUpdate(id).orElseThrow(() -> new UserChangeRefusal(Reason.NOT_FOUND, id));
        if (account.getVersion() != version) {
            throw history.latestAbout(account.getUsername(), USER_CHANGES)
                    .map(e -> new UserChangeRefusal(Reason.CHANGED_BY_OTHER, e.changedBy(), e.changedAt()))
                    .orElseGet(() -> new UserChangeRefusal(Reason.CHANGED_SINCE_READ));
        }
        return account;
    }

    private void requireAnotherAdmin(UserAccount account) {
        List<UserAccount> admins = accounts.findEnabledWithRoleForUpdate(Role.ADMIN);
        if (admins.stream().allMatch(a -> a.getId().equals(account.getId()))) {
            throw new UserChangeRefusal(Reason.LAST_ADMIN, account.getUsername());
        }
    }

    private UserSummary changed(UserAccount account, ChangeKind kind, String before, String after, String reason,
                                String admin, boolean endSessions) {
        accounts.saveAndFlush(account);
        history.record(HistoryEvent.ofAdmin(kind, admin, clock.instant(), null, account.getUsername(), before, after,
                reasonText(reason)));
        if (endSessions && !account.getUsername().equals(admin)) {
            endSessionsAfterCommit(account.getUsername());
        }
        return summary(account);
    }

    /** Only once the change is stored: a change that is rolled back leaves the sessions alone. */
    private void endSessionsAfterCommit(String username) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sessions.end(username);
            }
        });
    }

    private static String roleList(Set<Role> roles) {
        return copy(roles).stream().map(Role::name).collect(Collectors.joining(", "));
    }

    private static Set<Role> copy(Set<Role> roles) {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static String reasonText(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String text = TypedText.clean(reason).strip();
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
    }

    private static UserSummary summary(UserAccount a) {
        return new UserSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(), a.isEnabled(),
                a.getCreatedAt(), a.getVersion());
    }
}
