package ma.marsad.progress.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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
import ma.marsad.review.ReviewService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Figures one by one and their history over real HTTP, for every role. */
@MarsadSpringTest
class EntryApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntryService entries;
    @Autowired
    ReviewService reviews;
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

    private JsonNode ok(String path, String user) throws Exception {
        HttpResponse<String> response = api.get(path, user);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.get(field).asString()));
        return values;
    }

    @ParameterizedTest(name = "{0} reads an indicator''s figures")
    @ValueSource(strings = {"clerk", "manager", "official", "admin"})
    void everyRoleReadsAnIndicatorsFiguresNewestFirstWithTheirReviewStatus(String user) throws Exception {
        JsonNode startups = ok("/api/indicators/STARTUPS/entries", user);

        assertThat(texts(startups, "quarter")).containsExactly("2026-Q3", "2026-Q2", "2026-Q1", "2025-Q4", "2025-Q3",
                "2025-Q2");
        JsonNode waiting = startups.get(0);
        assertThat(waiting.get("region").asString()).isEqualTo("NATIONAL");
        assertThat(waiting.get("value").asLong()).isEqualTo(2);
        assertThat(waiting.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(waiting.get("locked").asBoolean()).isFalse();
        assertThat(waiting.get("origin").asString()).isEqualTo("SAMPLE");
        assertThat(waiting.get("enteredBy").asString()).isEqualTo("sample-data");
        assertThat(waiting.get("historyCount").asInt()).isZero();
        assertThat(waiting.get("importId").isNull()).isTrue();
        assertThat(waiting.get("comment").asString()).isEqualTo("Sample figure, not official statistics");
        assertThat(waiting.has("enteredAt")).isTrue();
        assertThat(waiting.get("reviewComment").isNull()).isTrue();
        JsonNode approved = startups.get(1);
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("locked").asBoolean()).isTrue();
    }

    @Test
    void narrowsToQuartersAndARegion() throws Exception {
        JsonNode souss = ok("/api/indicators/DIGITAL_JOBS/entries?from=2026-Q2&to=2026-Q3&region=SOUSS_MASSA",
                "official");
        assertThat(texts(souss, "quarter")).containsExactly("2026-Q3", "2026-Q2");
        assertThat(texts(souss, "value")).containsExactly("530", "445");
        assertThat(texts(ok("/api/indicators/digital_jobs/entries?from=2026-Q3", "clerk"), "region")).hasSize(12);
    }

    @ParameterizedTest(name = "{0} gets {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/indicators/NOPE/entries|404|Unknown indicator \u201cNOPE\u201d. GET /api/indicators lists the codes.",
            "/api/indicators/STARTUPS/entries?from=Q5|400|Parameter from must be a quarter such as 2026-Q3, not \u201cQ5\u201d.",
            "/api/indicators/STARTUPS/entries?to=2026-Q9|400|Parameter to must be a quarter such as 2026-Q3, not \u201c2026-Q9\u201d.",
            "/api/indicators/STARTUPS/entries?from=1899-Q4|400|Parameter from must be a quarter such as 2026-Q3, not \u201c1899-Q4\u201d.",
            "/api/indicators/STARTUPS/entries?from=0001-Q1|400|Parameter from must be a quarter such as 2026-Q3, not \u201c0001-Q1\u201d.",
            "/api/indicators/STARTUPS/entries?to=0001-q1|400|Parameter to must be a quarter such as 2026-Q3, not \u201c0001-q1\u201d.",
            "/api/indicators/STARTUPS/entries?region=ATLANTIS|400|Unknown region \u201cATLANTIS\u201d. Use a region code such as SOUSS_MASSA, or NATIONAL.",
            "/api/entries/999999/history|404|Nothing found with the number 999999.",
            "/api/entries/abc/history|404|Nothing found with the number abc.",
    })
    void aRequestThatMeansNothingIsRefusedInWords(String path, int status, String message) throws Exception {
        HttpResponse<String> response = api.get(path, "manager");
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(json.readTree(response.body()).get("error").asString()).isEqualTo(message);
    }

    @Test
    void answers401WithoutCredentials() throws Exception {
        for (String path : List.of("/api/indicators/STARTUPS/entries", "/api/entries/1/history")) {
            HttpResponse<String> response = api.get(path, null);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(json.readTree(response.body()).get("error").asString()).contains("Authentication required");
        }
    }

    @Test
    void aFiguresHistoryListsItsChangesAndItsQuartersApprovalOldestFirst() throws Exception {
        long unicorns = indicators.findByCode("UNICORNS").orElseThrow().id();
        Quarter q3 = Quarter.of("2026-Q3");
        EntryDetails created = entries.create(new NewFigure(unicorns, q3, Region.NATIONAL, BigDecimal.ONE, "First"),
                "clerk");
        EntryDetails corrected = entries.correct(created.id(), created.version(), BigDecimal.TWO, "Recounted",
                "Two were found", "karim");
        ma.marsad.Reviewer.run(() -> reviews.approve(unicorns, q3, null, "manager", Map.of(corrected.id(), corrected.version())));

        JsonNode history = ok("/api/entries/" + created.id() + "/history", "clerk");
        assertThat(texts(history, "kind")).containsExactly("ENTRY_CREATED", "ENTRY_CHANGED", "QUARTER_APPROVED");
        JsonNode change = history.get(1);
        assertThat(change.get("changedBy").asString()).isEqualTo("karim");
        assertThat(change.get("source").asString()).isEqualTo("MANUAL");
        assertThat(change.get("before").asString()).isEqualTo("1");
        assertThat(change.get("after").asString()).isEqualTo("2");
        assertThat(change.get("beforeComment").asString()).isEqualTo("First");
        assertThat(change.get("afterComment").asString()).isEqualTo("Recounted");
        assertThat(change.get("reason").asString()).isEqualTo("Two were found");
        assertThat(change.get("quarter").asString()).isEqualTo("2026-Q3");
        assertThat(change.get("region").asString()).isEqualTo("NATIONAL");
        assertThat(history.get(2).get("after").asString()).isEqualTo("APPROVED:1 LOCKED");

        JsonNode figure = ok("/api/indicators/UNICORNS/entries", "official").get(0);
        assertThat(figure.get("historyCount").asInt()).isEqualTo(2);
        assertThat(figure.get("status").asString()).isEqualTo("APPROVED");
        assertThat(figure.get("locked").asBoolean()).isTrue();
        assertThat(figure.get("enteredBy").asString()).isEqualTo("karim");
        assertThat(figure.get("origin").asString()).isEqualTo("MANUAL");
    }
}
