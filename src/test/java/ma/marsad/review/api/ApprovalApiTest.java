package ma.marsad.review.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.excelimport.ImportedFiguresCleanup;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryService;
import ma.marsad.progress.NewFigure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A manager's decisions over real HTTP: what comes back, what is refused and with which status. */
@MarsadSpringTest
class ApprovalApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntryService entries;
    @Autowired
    IndicatorService indicators;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @AfterEach
    void putTheSampleBack() {
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    private HttpResponse<String> post(String user, String body) throws Exception {
        return api.send(api.request("/api/approvals", user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String error(HttpResponse<String> response) {
        return json.readTree(response.body()).get("error").asString();
    }

    @Test
    void aManagerApprovesAQuarterWithTheVersionsSheSawAndGetsItsFiguresBackApprovedAndLocked() throws Exception {
        JsonNode figure = json.readTree(api.get("/api/indicators/ENTREPRENEURS_INVESTORS/entries?from=2026-Q3",
                "manager").body()).get(0);

        HttpResponse<String> response = post("manager", "{\"indicator\": \"ENTREPRENEURS_INVESTORS\", \"quarter\":"
                + " \"2026-Q3\", \"decision\": \"APPROVE\", \"comment\": \"Matches the programme's list\","
                + " \"versions\": {\"" + figure.get("id").asLong() + "\": " + figure.get("version").asLong() + "}}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = json.readTree(response.body());
        assertThat(result.size()).isEqualTo(1);
        assertThat(result.get(0).get("id").asLong()).isEqualTo(figure.get("id").asLong());
        assertThat(result.get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(result.get(0).get("locked").asBoolean()).isTrue();
        assertThat(result.get(0).get("reviewedBy").asString()).isEqualTo("manager");

        HttpResponse<String> again = post("manager", "{\"indicator\": \"ENTREPRENEURS_INVESTORS\", \"quarter\":"
                + " \"2026-Q3\", \"decision\": \"RETURN\", \"comment\": \"Too late\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(error(again)).isEqualTo("ENTREPRENEURS_INVESTORS for 2026-Q3 is approved and locked. Ask an"
                + " administrator to reopen it first.");
    }

    @Test
    void aManagerReturnsAQuarterWithACommentTheClerkReads() throws Exception {
        HttpResponse<String> response = post("manager", "{\"indicator\": \"startups\", \"quarter\": \"2026-Q3\","
                + " \"decision\": \"return\", \"comment\": \"Which two startups? Name them in the comment.\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode figure = json.readTree(response.body()).get(0);
        assertThat(figure.get("status").asString()).isEqualTo("RETURNED");
        assertThat(figure.get("reviewComment").asString()).isEqualTo("Which two startups? Name them in the comment.");
        assertThat(figure.get("locked").asBoolean()).isFalse();
    }

    @Test
    void aFigureChangedSinceTheManagerReadItIsNotApproved() throws Exception {
        long unicorns = indicators.findByCode("UNICORNS").orElseThrow().id();
        EntryDetails first = entries.create(new NewFigure(unicorns, Quarter.of("2026-Q3"), Region.NATIONAL,
                BigDecimal.ONE, null), "clerk");
        entries.correct(first.id(), first.version(), BigDecimal.TWO, null, "Recount", "karim");

        HttpResponse<String> response = post("manager", "{\"indicator\": \"UNICORNS\", \"quarter\": \"2026-Q3\","
                + " \"decision\": \"APPROVE\", \"versions\": {\"" + first.id() + "\": " + first.version() + "}}");

        assertThat(response.statusCode()).isEqualTo(409);
        // 10:00 in Casablanca, in ISO-8601 UTC as scripts read it (pages write it in the reader's form).
        assertThat(error(response)).isEqualTo("This figure was changed by karim at 2026-11-23T09:00:00Z. Reload to see"
                + " it, then make your change again.");
        assertThat(entries.find(first.id()).orElseThrow().status().name()).isEqualTo("SUBMITTED");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "{\"indicator\": \"STARTUPS\", \"quarter\": \"2026-Q3\", \"decision\": \"RETURN\"}"
                    + "|422|Give a reason: it is kept in the history.",
            "{\"indicator\": \"UNICORNS\", \"quarter\": \"2026-Q3\", \"decision\": \"APPROVE\"}"
                    + "|422|There is no figure to approve for UNICORNS in 2026-Q3.",
            "{\"indicator\": \"DIGITAL_JOBS\", \"quarter\": \"2026-Q3\", \"decision\": \"APPROVE\"}"
                    + "|409|DIGITAL_JOBS for 2026-Q3 is approved and locked. Ask an administrator to reopen it first.",
            "{\"indicator\": \"UNICORN\", \"quarter\": \"2026-Q3\", \"decision\": \"APPROVE\"}"
                    + "|404|Unknown indicator \u201cUNICORN\u201d. GET /api/indicators lists the codes.",
            "{\"indicator\": \"STARTUPS\", \"quarter\": \"Q3 2026\", \"decision\": \"APPROVE\"}"
                    + "|400|Parameter quarter must be a quarter such as 2026-Q3, not \u201cQ3 2026\u201d.",
            "{\"indicator\": \"STARTUPS\", \"quarter\": \"0001-Q1\", \"decision\": \"APPROVE\"}"
                    + "|400|Parameter quarter must be a quarter such as 2026-Q3, not \u201c0001-Q1\u201d.",
            "{\"indicator\": \"STARTUPS\", \"quarter\": \"2026-Q3\", \"decision\": \"MAYBE\"}"
                    + "|400|The decision must be APPROVE or RETURN, not \u201cMAYBE\u201d.",
            "{\"quarter\": \"2026-Q3\"}|400|Send a JSON body with indicator, quarter (such as 2026-Q3), decision"
                    + " (APPROVE or RETURN) and, to return, a comment.",
            "not json|400|Send a JSON body with indicator, quarter (such as 2026-Q3), decision (APPROVE or RETURN)"
                    + " and, to return, a comment.",
    })
    void aDecisionTheRulesRefuseGetsItsStatusAndTheReasonInWords(String body, int status, String message)
            throws Exception {
        String before = ImportedFiguresCleanup.snapshot(jdbc);
        HttpResponse<String> response = post("manager", body);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(error(response)).isEqualTo(message);
        assertThat(ImportedFiguresCleanup.snapshot(jdbc)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} gets {1}")
    @CsvSource({"'', 401", "clerk, 403", "official, 403", "admin, 403"})
    void onlyManagersDecide(String user, int status) throws Exception {
        String before = ImportedFiguresCleanup.snapshot(jdbc);
        HttpResponse<String> response = post(user.isEmpty() ? null : user, "{\"indicator\": \"STARTUPS\","
                + " \"quarter\": \"2026-Q3\", \"decision\": \"APPROVE\"}");
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(error(response)).isNotBlank();
        assertThat(ImportedFiguresCleanup.snapshot(jdbc)).isEqualTo(before);
    }
}
