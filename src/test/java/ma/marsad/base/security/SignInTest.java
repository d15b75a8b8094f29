package ma.marsad.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
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
 * form needs Spring's CSRF token, sign-out ends the session, idle sessions end, and wrong passwords slow down
 * the address that typed them, on the login page and on the API, never the account's owner elsewhere.
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
        jdbc.update("delete from sign_in_throttle");
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

        // Refused, and sent back to the sign-in page, which says the form had expired (issue 18, finding 4).
        for (HttpResponse<String> refused : List.of(withoutToken, wrongToken)) {
            assertThat(refused.statusCode()).isEqualTo(302);
            assertThat(refused.headers().firstValue("Location")).hasValue(url("/login?expired"));
        }
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
    void wrongPasswordsFromOneAddressMakeItWaitOnTheLoginPageWhileTheOwnerSignsInFromAnother() throws Exception {
        String password = users.create(new NewUser("test.form", "Form", Set.of(Role.CLERK)), null, "admin").password();
        BrowserLikeClient attacker = new BrowserLikeClient(port, "127.0.0.3");
        String token = attacker.csrfTokenOf(attacker.get("/login"));

        for (int i = 1; i <= 6; i++) {
            HttpResponse<String> refused = attacker.post("/login", BrowserLikeClient.form("test.form", "wrong", token));
            assertThat(refused.headers().firstValue("Location")).as("wrong password " + i).hasValue(url("/login?error"));
        }
        HttpResponse<String> paused = attacker.post("/login", BrowserLikeClient.form("test.form", password, token));

        assertThat(paused.headers().firstValue("Location")).as("even the right password waits")
                .hasValueSatisfying(location -> assertThat(location).matches(".*/login\\?locked=[12]"));
        assertThat(attacker.get("/").statusCode()).as("not signed in").isEqualTo(302);
        assertThat(new BrowserLikeClient(port, "127.0.0.4").signIn("test.form", password).headers()
                .firstValue("Location")).as("the owner, from another address, at once").hasValue(url("/"));
        assertThat(new BrowserLikeClient(port).signIn("clerk", "clerk").headers().firstValue("Location"))
                .as("other people still sign in").hasValue(url("/"));
    }

    @Test
    void wrongPasswordsOnTheApiMakeThatAddressWaitWith429AndRetryAfter() throws Exception {
        String password = users.create(new NewUser("test.api", "Api", Set.of(Role.MANAGER)), null, "admin").password();
        java.net.http.HttpClient attacker = java.net.http.HttpClient.newBuilder()
                .localAddress(java.net.InetAddress.getByName("127.0.0.3")).build();
        ApiClient api = new ApiClient(port);

        for (int i = 1; i <= 6; i++) {
            HttpResponse<String> refused = attacker.send(api.request("/api/indicators", "test.api", "wrong").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(refused.statusCode()).as("wrong password " + i).isEqualTo(401);
        }
        HttpResponse<String> paused = attacker.send(api.request("/api/indicators", "test.api", password).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(paused.statusCode()).isEqualTo(429);
        assertThat(paused.headers().firstValue("Retry-After")).hasValueSatisfying(s -> assertThat(s).matches("[12]"));
        assertThat(paused.body()).matches(
                "\\{\"error\":\"Too many wrong passwords from this address: try again in (1 second|2 seconds)\\.\"}");
        assertThat(api.send(api.request("/api/indicators", "test.api", password)).statusCode())
                .as("the owner, from another address, at once").isEqualTo(200);
    }

    @Test
    void behindATrustedProxyTheClientAddressComesFromXForwardedForAndFromNobodyElse() throws Exception {
        String password = users.create(new NewUser("test.proxy", "Proxy", Set.of(Role.CLERK)), null, "admin").password();
        BrowserLikeClient proxy = new BrowserLikeClient(port, "127.0.0.2");
        String token = proxy.csrfTokenOf(proxy.get("/login"));
        for (int i = 1; i <= 6; i++) {
            proxy.post("/login", BrowserLikeClient.form("test.proxy", "wrong", token),
                    Map.of("X-Forwarded-For", "203.0.113.9"));
        }
        assertThat(jdbc.queryForList("select distinct address from sign_in_throttle where address <> ''", String.class))
                .as("counted against the client the proxy names").containsExactly("203.0.113.9");
        assertThat(proxy.post("/login", BrowserLikeClient.form("test.proxy", password, token),
                Map.of("X-Forwarded-For", "203.0.113.9")).headers().firstValue("Location")).hasValueSatisfying(
                        location -> assertThat(location).contains("/login?locked="));

        BrowserLikeClient owner = new BrowserLikeClient(port, "127.0.0.2");
        String ownersToken = owner.csrfTokenOf(owner.get("/login"));
        assertThat(owner.post("/login", BrowserLikeClient.form("test.proxy", password, ownersToken),
                Map.of("X-Forwarded-For", "198.51.100.7")).headers().firstValue("Location"))
                .as("another client behind the same proxy").hasValue(url("/"));

        jdbc.update("delete from sign_in_throttle");
        BrowserLikeClient liar = new BrowserLikeClient(port);
        String liarsToken = liar.csrfTokenOf(liar.get("/login"));
        liar.post("/login", BrowserLikeClient.form("test.proxy", "wrong", liarsToken),
                Map.of("X-Forwarded-For", "198.51.100.7"));
        assertThat(jdbc.queryForList("select distinct address from sign_in_throttle where address <> ''", String.class))
                .as("a client that is not a trusted proxy cannot choose its address").containsExactly("127.0.0.1");
    }

    private String sessionCookieOf(String from, String forwardedProto) throws Exception {
        java.net.http.HttpClient.Builder client = java.net.http.HttpClient.newBuilder();
        if (from != null) {
            client.localAddress(java.net.InetAddress.getByName(from));
        }
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/login")));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        HttpResponse<String> page = client.build().send(request.build(), HttpResponse.BodyHandlers.ofString());
        return page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndSecureWhenServedOverHttpsThroughATrustedProxy() throws Exception {
        String plain = sessionCookieOf(null, null);
        assertThat(plain).contains("; HttpOnly").contains("; SameSite=Lax").doesNotContain("Secure");

        assertThat(sessionCookieOf("127.0.0.2", "https")).as("HTTPS, says the trusted proxy")
                .contains("; Secure").contains("; SameSite=Lax");
        assertThat(sessionCookieOf(null, "https")).as("HTTPS, says a client: not believed")
                .doesNotContain("Secure");
    }
}
