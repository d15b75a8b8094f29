package ma.marsad.base.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteNotFoundError;

import ma.marsad.ApiClient;
import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.base.ui.LoginView;

/**
 * Who may open what: every view and every API endpoint against every role and against someone not signed
 * in, each asserted allowed or denied from the table below. The table is written by hand (it is the
 * specification, docs/role-matrix.md, and the two must say the same: the last test compares them); the first two
 * tests fail when a view or an endpoint is added without a line here.
 */
class RoleMatrixTest extends MarsadBrowserlessTest {

    private static final Set<Role> EVERYONE = Set.of(Role.values());

    /** Route → the roles that may open it. */
    private static final Map<String, Set<Role>> VIEWS = new LinkedHashMap<>();
    /** "METHOD path" → the roles that may call it. */
    private static final Map<String, Set<Role>> ENDPOINTS = new LinkedHashMap<>();

    static {
        VIEWS.put("", EVERYONE);
        // Not officials, who read the entries through the API and the reports (docs/role-matrix.md says why).
        VIEWS.put("figures", Set.of(Role.CLERK, Role.MANAGER, Role.ADMIN));
        VIEWS.put("entry", Set.of(Role.CLERK, Role.ADMIN));
        VIEWS.put("imports", Set.of(Role.CLERK, Role.ADMIN));
        VIEWS.put("approvals", Set.of(Role.MANAGER, Role.ADMIN));
        VIEWS.put("reports", Set.of(Role.OFFICIAL, Role.MANAGER, Role.ADMIN));
        VIEWS.put("admin/users", Set.of(Role.ADMIN));
        VIEWS.put("admin/indicators", Set.of(Role.ADMIN));
        VIEWS.put("admin/audit", Set.of(Role.ADMIN));
        VIEWS.put("admin/backups", Set.of(Role.ADMIN));
        // Everyone reads the partners' register (the dashboard's cards link to it); managers and administrators
        // change it (docs/decisions/015-partners-and-commitments.md).
        VIEWS.put("partners", EVERYONE);

        // As the dashboard, which every role opens (docs/role-matrix.md).
        ENDPOINTS.put("GET /api/indicators", EVERYONE);
        ENDPOINTS.put("GET /api/indicators/{code}/entries", EVERYONE);
        ENDPOINTS.put("GET /api/entries/{id}/history", EVERYONE);
        ENDPOINTS.put("POST /api/approvals", Set.of(Role.MANAGER));
        ENDPOINTS.put("GET /api/reports/progress.xlsx", Set.of(Role.OFFICIAL, Role.MANAGER, Role.ADMIN));
        ENDPOINTS.put("GET /api/reports/progress.csv", Set.of(Role.OFFICIAL, Role.MANAGER, Role.ADMIN));
        ENDPOINTS.put("GET /api/imports/template.xlsx", Set.of(Role.CLERK, Role.ADMIN));
        ENDPOINTS.put("GET /api/imports", Set.of(Role.CLERK, Role.ADMIN));
        ENDPOINTS.put("POST /api/imports", Set.of(Role.CLERK, Role.ADMIN));
        ENDPOINTS.put("POST /api/imports/annotated.xlsx", Set.of(Role.CLERK, Role.ADMIN));
        // Allowed for administrators; on the in-memory test database it answers 409 and writes nothing.
        ENDPOINTS.put("POST /api/admin/backup", Set.of(Role.ADMIN));
        ENDPOINTS.put("GET /api/partners", EVERYONE);
        ENDPOINTS.put("GET /api/partners/{id}", EVERYONE);
        ENDPOINTS.put("GET /api/commitments/{id}/history", EVERYONE);
        ENDPOINTS.put("POST /api/commitments/{id}/reviews", Set.of(Role.MANAGER, Role.ADMIN));
        ENDPOINTS.put("POST /api/commitments/{id}/evidence", Set.of(Role.MANAGER, Role.ADMIN));
    }

    /** How each endpoint is called in this test: harmless requests that change nothing even when allowed. */
    private static final Map<String, String> CALLS = Map.of(
            "GET /api/indicators/{code}/entries", "/api/indicators/UNICORNS/entries",
            "GET /api/entries/{id}/history", "/api/entries/999999999/history",
            "POST /api/approvals", "/api/approvals",
            "POST /api/imports", "/api/imports?dryRun=true",
            "GET /api/partners/{id}", "/api/partners/999999999",
            "GET /api/commitments/{id}/history", "/api/commitments/999999999/history",
            "POST /api/commitments/{id}/reviews", "/api/commitments/999999999/reviews",
            "POST /api/commitments/{id}/evidence", "/api/commitments/999999999/evidence");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theTableNamesEveryView() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        scanner.findCandidateComponents("ma.marsad").forEach(bean -> {
            try {
                routes.add(Class.forName(bean.getBeanClassName()).getAnnotation(Route.class).value());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        });
        routes.remove("login");
        assertThat(routes).containsExactlyInAnyOrderElementsOf(VIEWS.keySet());
    }

    @Test
    void theTableNamesEveryEndpoint() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/"))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + path))));
        assertThat(endpoints).containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
    }

    static Stream<Arguments> viewsAndRoles() {
        List<Arguments> cases = new ArrayList<>();
        VIEWS.forEach((route, allowed) -> {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(route, role, allowed.contains(role)));
            }
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "view \"{0}\" for {1}: allowed = {2}")
    @MethodSource("viewsAndRoles")
    void eachViewOpensForItsRolesAndForNobodyElse(String route, Role role, boolean allowed) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new User(role.name().toLowerCase(), "", List.of()), null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        UI.getCurrent().navigate(route);
        if (allowed) {
            assertThat(getCurrentView().getClass().getName()).as(route + " as " + role)
                    .doesNotContain(RouteNotFoundError.class.getSimpleName())
                    .doesNotContain(LoginView.class.getSimpleName());
        } else {
            assertThat(getCurrentView()).as(route + " as " + role).isInstanceOf(RouteNotFoundError.class);
        }
    }

    static Stream<String> views() {
        return VIEWS.keySet().stream();
    }

    @ParameterizedTest(name = "view \"{0}\" without signing in: the login page")
    @MethodSource("views")
    void everyViewSendsSomeoneNotSignedInToTheLoginPage(String route) {
        UI.getCurrent().navigate(route);
        assertThat(getCurrentView()).as(route).isInstanceOf(LoginView.class);
    }

    static Stream<Arguments> endpointsAndUsers() {
        List<Arguments> cases = new ArrayList<>();
        ENDPOINTS.forEach((endpoint, allowed) -> {
            cases.add(Arguments.of(endpoint, "nobody", 401));
            for (Role role : Role.values()) {
                cases.add(Arguments.of(endpoint, role.name().toLowerCase(), allowed.contains(role) ? 0 : 403));
            }
        });
        return cases.stream();
    }

    /** {@code expected} 0 means "allowed": any answer but 401 and 403 (a harmless request may well be a 4xx). */
    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("endpointsAndUsers")
    void eachEndpointAnswersItsRolesAndRefusesEveryoneElse(String endpoint, String user, int expected)
            throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = CALLS.getOrDefault(endpoint, endpoint.substring(endpoint.indexOf(' ') + 1));
        ApiClient api = new ApiClient(port);
        HttpRequest.Builder request = api.request(path, user.equals("nobody") ? null : user);
        HttpResponse<String> response;
        if (method.equals("GET")) {
            response = api.send(request.GET());
        } else if (path.startsWith("/api/imports")) {
            response = api.send(ApiClient.multipart(request, "empty.xlsx", new byte[0]));
        } else {
            response = api.send(request.header("Content-Type", "application/json").POST(
                    HttpRequest.BodyPublishers.ofString("{\"indicator\": \"NO_SUCH_INDICATOR\", \"quarter\": \"2026-Q3\","
                            + " \"decision\": \"APPROVE\"}")));
        }
        if (expected == 0) {
            assertThat(response.statusCode()).as(endpoint + " as " + user + ": " + response.body())
                    .isNotIn(401, 403).isLessThan(500);
        } else {
            assertThat(response.statusCode()).as(endpoint + " as " + user).isEqualTo(expected);
            assertThat(response.body()).as("a JSON error, not a page").startsWith("{\"error\"");
        }
    }

    /** The rows of docs/role-matrix.md, read back into "view route" / "METHOD path" → roles. */
    private static Map<String, Set<Role>> documentedTable() throws java.io.IOException {
        Map<String, Set<Role>> rows = new LinkedHashMap<>();
        java.util.regex.Pattern row = java.util.regex.Pattern.compile("^\\| (view )?`([^`]*)` \\|(.*)\\|$");
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("docs/role-matrix.md"))) {
            java.util.regex.Matcher m = row.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String[] cells = m.group(3).split("\\|");
            Set<Role> roles = new java.util.HashSet<>();
            for (int i = 0; i < Role.values().length; i++) {
                if (cells[i].strip().equals("✓")) {
                    roles.add(Role.values()[i]);
                }
            }
            rows.put((m.group(1) == null ? "" : "view ") + m.group(2), roles);
        }
        return rows;
    }

    @Test
    void theDocumentedRoleMatrixIsThisTable() throws Exception {
        Map<String, Set<Role>> expected = new LinkedHashMap<>();
        VIEWS.forEach((route, roles) -> expected.put("view " + route, roles));
        expected.putAll(ENDPOINTS);
        assertThat(documentedTable()).isEqualTo(expected);
    }
}
