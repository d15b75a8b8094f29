package ma.marsad.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import ma.marsad.MarsadApplication;
import ma.marsad.progress.ProgressService;

/** The prod profile: no demo users, no sample figures, and no start without a first administrator. */
class ProductionStartupTest {

    /**
     * Each start installs Vaadin's security-context strategy JVM-wide; put back the one the shared
     * test context installed, or later browserless tests would no longer see their mock user.
     */
    private SecurityContextHolderStrategy strategyBefore;

    @BeforeEach
    void rememberTheSecurityContextStrategy() {
        strategyBefore = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreTheSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(strategyBefore);
    }

    /** Starts the app in the prod profile; the password is given as on a command line, over the profile's. */
    private static ConfigurableApplicationContext startProd(String adminPassword) {
        return new SpringApplicationBuilder(MarsadApplication.class)
                .profiles("prod")
                .properties("server.port=0", "server.address=127.0.0.1",
                        "spring.datasource.url=jdbc:h2:mem:prod-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .run("--marsad.accounts.admin-password=" + adminPassword);
    }

    @Test
    void refusesToStartWithoutTheFirstAdministratorsPassword() {
        assertThatThrownBy(() -> startProd(""))
                .isInstanceOf(MissingAdminPasswordException.class)
                .hasMessageContaining("MARSAD_ADMIN_PASSWORD is not set");
    }

    @Test
    void refusesAShortFirstAdministratorPassword() {
        assertThatThrownBy(() -> startProd("short"))
                .isInstanceOf(MissingAdminPasswordException.class)
                .hasMessageContaining("shorter than 12 characters");
    }

    @Test
    void explainsWhatToDoInsteadOfAStackTrace() {
        FailureAnalysis analysis = new MissingAdminPasswordFailureAnalyzer()
                .analyze(new MissingAdminPasswordException("MARSAD_ADMIN_PASSWORD is not set."));
        assertThat(analysis.getDescription()).contains("cannot start in production without an administrator");
        assertThat(analysis.getAction()).contains("Set the environment variable MARSAD_ADMIN_PASSWORD");
    }

    @Test
    void startsWithTheAdministratorFromTheEnvironmentAndNeitherDemoUsersNorSampleFigures() {
        try (ConfigurableApplicationContext app = startProd("a-long-enough-secret")) {
            UserDetailsService users = app.getBean(UserDetailsService.class);
            assertThat(users.loadUserByUsername("admin").getAuthorities())
                    .extracting(Object::toString).containsExactly("ROLE_ADMIN");
            assertThat(users.loadUserByUsername("admin").getPassword()).startsWith("{bcrypt}");
            assertThatThrownBy(() -> users.loadUserByUsername("manager")).isInstanceOf(UsernameNotFoundException.class);
            assertThat(app.getBean(ProgressService.class).hasSampleFigures()).isFalse();
        }
    }
}
