package ma.marsad.account;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.base.security.AccountProperties;
import ma.marsad.base.security.Role;
import ma.marsad.base.StartupTurn;

/**
 * Makes sure someone can sign in: the demo users in the default profile; in production the first
 * administrator from MARSAD_ADMIN_PASSWORD, and demo users that still have their demo password are
 * disabled.
 */
@Component
@Order(1)
class AccountInitializer implements ApplicationRunner {

    /** user name → role; each demo user's password is its user name. */
    static final Map<String, Role> DEMO_USERS = Map.of(
            "manager", Role.MANAGER, "official", Role.OFFICIAL, "clerk", Role.CLERK, "admin", Role.ADMIN);

    private static final Logger log = LoggerFactory.getLogger(AccountInitializer.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AccountProperties properties;
    private final Clock clock;

    private final StartupTurn turn;

    AccountInitializer(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                       AccountProperties properties, Clock clock, StartupTurn turn) {
        this.turn = turn;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        turn.take();
        if (properties.demoUsers()) {
            DEMO_USERS.forEach((name, role) -> {
                if (accounts.findByUsername(name).isEmpty()) {
                    accounts.save(new UserAccount(name, "Demo " + role.name().toLowerCase(),
                            passwordEncoder.encode(name), Set.of(role), clock.instant()));
                }
            });
            log.warn("Demo users are on (manager, official, clerk, admin; password = user name). Use the prod profile in production.");
            return;
        }
        disableDemoPasswords();
        if (!accounts.existsEnabledWithRole(Role.ADMIN)) {
            createFirstAdmin();
        }
    }

    private void disableDemoPasswords() {
        DEMO_USERS.keySet().forEach(name -> accounts.findByUsername(name)
                .filter(UserAccount::isEnabled)
                .filter(a -> passwordEncoder.matches(name, a.getPasswordHash()))
                .ifPresent(a -> {
                    a.disable();
                    log.warn("Disabled demo user '{}': its password is its name", name);
                }));
    }

    private void createFirstAdmin() {
        String password = properties.adminPassword();
        if (password == null || password.isBlank()) {
            throw new MissingAdminPasswordException("MARSAD_ADMIN_PASSWORD is not set.");
        }
        if (password.length() < AccountProperties.MIN_ADMIN_PASSWORD_LENGTH) {
            throw new MissingAdminPasswordException("MARSAD_ADMIN_PASSWORD is shorter than "
                    + AccountProperties.MIN_ADMIN_PASSWORD_LENGTH + " characters.");
        }
        if (accounts.findByUsername(properties.adminUsername()).isPresent()) {
            throw new MissingAdminPasswordException("the user '" + properties.adminUsername()
                    + "' exists but is not an enabled administrator; choose another marsad.accounts.admin-username.");
        }
        accounts.save(new UserAccount(properties.adminUsername(), "Administrator",
                passwordEncoder.encode(password), Set.of(Role.ADMIN), clock.instant()));
        log.info("Created the first administrator '{}'", properties.adminUsername());
    }
}
