package ma.marsad.progress.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP, as curl or another system would call it. */
@MarsadSpringTest
class IndicatorApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void listsEveryIndicatorWithWhereItStandsForAManager() throws Exception {
        HttpResponse<String> response = api.send(api.request("/api/indicators", "manager", "manager"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/json"));
        JsonNode all = json.readTree(response.body());
        assertThat(all.size()).isEqualTo(9);
        JsonNode jobs = all.get(0);
        assertThat(jobs.get("code").asString()).isEqualTo("DIGITAL_JOBS");
        assertThat(jobs.get("target").asLong()).isEqualTo(240_000);
        assertThat(response.body()).contains("\"target\":240000,");
        assertThat(jobs.get("kind").asString()).isEqualTo("CUMULATIVE");
        assertThat(jobs.get("deadline").asString()).isEqualTo("2030-12-31");
        assertThat(jobs.get("actual").asLong()).isEqualTo(70_202);
        assertThat(jobs.get("percentAchieved").asDouble()).isEqualTo(29.25);
        assertThat(jobs.get("expectedToDate").asDouble()).isEqualTo(76_741.13);
        assertThat(jobs.get("status").asString()).isEqualTo("AT_RISK");
        assertThat(jobs.get("source").get("file").asString()).isEqualTo("004_e61645de221c9efb.txt");
        assertThat(jobs.get("source").get("quote").asString()).contains("240 000 emplois directs");
        assertThat(jobs.get("sampleFigures").asBoolean()).isTrue();
    }

    @Test
    void showsARegionsShareWhenAsked() throws Exception {
        HttpResponse<String> response = api.send(api.request("/api/indicators?region=CASABLANCA_SETTAT", "official", "official"));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode onepoint = json.readTree(response.body()).get(1);
        assertThat(onepoint.get("region").asString()).isEqualTo("CASABLANCA_SETTAT");
        assertThat(onepoint.get("regionActual").asLong()).isEqualTo(160);
    }

    @Test
    void countsFiguresNotYetApprovedOnlyWhenAsked() throws Exception {
        JsonNode approvedOnly = startups(api.send(api.request("/api/indicators", "manager", "manager")));
        assertThat(approvedOnly.get("actual").asLong()).as("2026-Q3's 2 wait for a manager").isEqualTo(5);
        assertThat(approvedOnly.get("unapprovedFigures").asBoolean()).isFalse();

        JsonNode all = startups(api.send(api.request("/api/indicators?includeUnapproved=true", "official", "official")));
        assertThat(all.get("actual").asLong()).isEqualTo(7);
        assertThat(all.get("unapprovedFigures").asBoolean()).isTrue();
    }

    private JsonNode startups(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode indicator : json.readTree(response.body())) {
            if (indicator.get("code").asString().equals("STARTUPS")) {
                return indicator;
            }
        }
        throw new AssertionError("no STARTUPS in " + response.body());
    }

    @Test
    void refusesAnUnknownRegionWithAClearMessage() throws Exception {
        HttpResponse<String> response = api.send(api.request("/api/indicators?region=ATLANTIS", "manager", "manager"));
        assertThat(response.statusCode()).isEqualTo(400);
        // The words every endpoint uses for a region (base's ApiRefusals), no longer this endpoint's own.
        assertThat(json.readTree(response.body()).get("error").asString())
                .isEqualTo("Unknown region \u201cATLANTIS\u201d. Use a region code such as SOUSS_MASSA, or NATIONAL.");
    }

    @Test
    void answers401AsJsonWithoutCredentialsOrWithAWrongPassword() throws Exception {
        for (HttpResponse<String> response : new HttpResponse[] {
                api.send(api.request("/api/indicators", null, null)), api.send(api.request("/api/indicators", "manager", "wrong")),
                api.send(api.request("/api/anything-else", null, null))}) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/json"));
            assertThat(json.readTree(response.body()).get("error").asString()).contains("Authentication required");
            assertThat(response.body()).doesNotContain("<html");
        }
    }

    @Test
    void answers403AsJsonToARoleThatIsNotNamed() throws Exception {
        HttpResponse<String> response = api.send(api.request("/api/reports/progress.csv", "clerk", "clerk"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json.readTree(response.body()).get("error").asString()).contains("role does not allow");
    }

    @Test
    void keepsTheHealthCheckOpen() throws Exception {
        HttpResponse<String> response = api.send(api.request("/actuator/health", null, null));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void sendsAnUnauthenticatedBrowserToTheLoginPage() throws Exception {
        HttpResponse<String> response = api.send(api.request("/", null, null));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
}
