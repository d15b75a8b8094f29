package ma.marsad.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import ma.marsad.MarsadApplication;
import ma.marsad.progress.ProgressService;

/**
 * The prod profile: no demo users, no sample figures, no start without a first administrator, and a warning in
 * the log when it is reached over plain HTTP.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartupTest {

    private static final String PLAIN_HTTP_WARNING = "Marsad is served over plain HTTP";

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
    void startsWithTheAdministratorFromTheEnvironmentAndNeitherDemoUsersNorSampleFigures(CapturedOutput output)
            throws Exception {
        try (ConfigurableApplicationContext app = startProd("a-long-enough-secret")) {
            warnsOnceWhenServedOverPlainHttp(app, output);
            UserDetailsService users = app.getBean(UserDetailsService.class);
            assertThat(users.loadUserByUsername("admin").getAuthorities())
                    .extracting(Object::toString).containsExactly("ROLE_ADMIN");
            assertThat(users.loadUserByUsername("admin").getPassword()).startsWith("{bcrypt}");
            assertThatThrownBy(() -> users.loadUserByUsername("manager")).isInstanceOf(UsernameNotFoundException.class);
            assertThat(app.getBean(ProgressService.class).hasSampleFigures()).isFalse();
            assertThat(new ma.marsad.ApiClient(port(app)).get("/api/indicators", "manager").statusCode())
                    .as("no demo manager to sign in as").isEqualTo(401);
        }
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    /** Behind a proxy that terminates HTTPS, no warning; the first plain HTTP request, one warning. */
    private static void warnsOnceWhenServedOverPlainHttp(ConfigurableApplicationContext app, CapturedOutput output)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI login = URI.create("http://127.0.0.1:" + port(app) + "/login");
        http.send(HttpRequest.newBuilder(login).header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(output.getOut()).doesNotContain(PLAIN_HTTP_WARNING);

        http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.discarding());
        http.send(HttpRequest.newBuilder(login).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(output.getOut().split(PLAIN_HTTP_WARNING, -1)).as("warned once").hasSize(2);
    }
}
