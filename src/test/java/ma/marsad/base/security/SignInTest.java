package ma.marsad.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.server.VaadinServlet;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.account.NewUser;
import ma.marsad.account.TestAccounts;
import ma.marsad.account.UserAdminService;
import ma.marsad.excelimport.ImportedFiguresCleanup;

/**
 * Signing in and out over real HTTP, as a browser does it: the session id changes at sign-in, the login
 * form needs Spring's CSRF token, sign-out ends the session, idle sessions end, and wrong passwords lock a
 * user name on the login page and on the API.
 */
@MarsadSpringTest
class SignInTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserAdminService users;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeCountsAccountsAndHistory() {
        jdbc.update("delete from login_failure");
        ImportedFiguresCleanup.removeImports(jdbc);
        TestAccounts.remove(jdbc);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void theSessionIdChangesWhenSomeoneSignsIn() throws Exception {
        BrowserLikeClient browser = new BrowserLikeClient(port);
        HttpResponse<String> loginPage = browser.get("/login");
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> signedIn = browser.post("/login",
                BrowserLikeClient.form("manager", "manager", browser.csrfTokenOf(loginPage)));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue(url("/"));
        assertThat(browser.sessionId()).isPresent().isNotEqualTo(java.util.Optional.of(before));
        assertThat(browser.get("/").statusCode()).as("the dashboard opens with the new session").isEqualTo(200);
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenOrWithAWrongOneIsRefused() throws Exception {
        BrowserLikeClient browser = new BrowserLikeClient(port);
        browser.get("/login");

        HttpResponse<String> withoutToken = browser.post("/login", BrowserLikeClient.form("manager", "manager", null));
        HttpResponse<String> wrongToken = browser.post("/login",
                BrowserLikeClient.form("manager", "manager", "forged-token"));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        HttpResponse<String> dashboard = browser.get("/");
        assertThat(dashboard.statusCode()).as("still not signed in").isEqualTo(302);
        assertThat(dashboard.headers().firstValue("Location")).hasValue(url("/login"));
    }

    @Test
    void afterSigningOutTheDashboardSendsToTheLoginPage() throws Exception {
        BrowserLikeClient browser = new BrowserLikeClient(port);
        assertThat(browser.signIn("manager", "manager").statusCode()).isEqualTo(302);
        HttpResponse<String> dashboard = browser.get("/");
        assertThat(dashboard.statusCode()).isEqualTo(200);

        HttpResponse<String> signedOut = browser.post("/logout", Map.of("_csrf", browser.csrfTokenOf(dashboard)));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        HttpResponse<String> after = browser.get("/");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValue(url("/login"));
    }

    @Test
    void aSessionLeftAloneForThirtyMinutesEnds() throws Exception {
        assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
                .isEqualTo(Duration.ofMinutes(30));
        TomcatWebServer tomcat = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        Context webapp = (Context) Arrays.stream(tomcat.getTomcat().getHost().findChildren()).findFirst().orElseThrow();
        assertThat(webapp.getSessionTimeout()).as("minutes, as Tomcat applies it").isEqualTo(30);

        // Vaadin's heartbeat would otherwise keep an open, untouched tab's session alive for ever.
        new BrowserLikeClient(port).get("/login");
        VaadinServlet vaadin = context.getBeansOfType(ServletRegistrationBean.class).values().stream()
                .map(ServletRegistrationBean::getServlet).filter(VaadinServlet.class::isInstance)
                .map(VaadinServlet.class::cast).findFirst().orElseThrow();
        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    @Test
    void fiveWrongPasswordsOnTheLoginPageLockTheNameAndTheRightOneThenShowsTheLockMessage() throws Exception {
        String password = users.create(new NewUser("test.form", "Form", Set.of(Role.CLERK)), null, "admin").password();
        BrowserLikeClient browser = new BrowserLikeClient(port);
        String token = browser.csrfTokenOf(browser.get("/login"));

        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> refused = browser.post("/login", BrowserLikeClient.form("test.form", "wrong", token));
            assertThat(refused.headers().firstValue("Location")).as("wrong password " + i).hasValue(url("/login?error"));
        }
        HttpResponse<String> locked = browser.post("/login", BrowserLikeClient.form("test.form", password, token));

        assertThat(locked.headers().firstValue("Location")).hasValue(url("/login?locked"));
        assertThat(browser.get("/").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(new BrowserLikeClient(port).signIn("clerk", "clerk").headers().firstValue("Location"))
                .as("other people still sign in").hasValue(url("/"));
    }

    @Test
    void fiveWrongPasswordsOnTheApiLockTheNameWithTheUsual401() throws Exception {
        String password = users.create(new NewUser("test.api", "Api", Set.of(Role.MANAGER)), null, "admin").password();
        ApiClient api = new ApiClient(port);
        assertThat(api.send(api.request("/api/indicators", "test.api", password)).statusCode()).isEqualTo(200);

        for (int i = 1; i <= 5; i++) {
            HttpResponse<String> refused = api.send(api.request("/api/indicators", "test.api", "wrong"));
            assertThat(refused.statusCode()).as("wrong password " + i).isEqualTo(401);
        }
        HttpResponse<String> locked = api.send(api.request("/api/indicators", "test.api", password));

        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(
                "{\"error\":\"Authentication required: send a user name and password (HTTP Basic).\"}");
        assertThat(api.get("/api/indicators", "manager").statusCode()).as("other people still get in").isEqualTo(200);
    }
}
