package ma.marsad.progress.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.base.LocalizedText;
import ma.marsad.base.Quarter;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.ForecastFigures;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.PathPoint;
import ma.marsad.progress.ProgressStatus;
import ma.marsad.progress.QuarterPoint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The chance of reaching each target, its forecast band and the UN measure in GET /api/indicators. */
@MarsadSpringTest
class IndicatorForecastApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    ForecastFigures forecasts;

    private ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void eachIndicatorCarriesTheChanceItsBandsAndTheUnMeasure() throws Exception {
        JsonNode jobs = indicator(api.send(api.request("/api/indicators", "official", "official")), "DIGITAL_JOBS");

        // Eight quarters of sample figures: enough for a chance.
        double chance = jobs.get("chance").asDouble();
        assertThat(chance).isBetween(0.0, 1.0);
        assertThat(jobs.get("chanceNote").isNull()).isTrue();
        double forecast = jobs.get("forecast").asDouble();
        assertThat(jobs.get("forecastLow95").asDouble()).isLessThan(jobs.get("forecastLow80").asDouble());
        assertThat(jobs.get("forecastLow80").asDouble()).isLessThan(forecast);
        assertThat(jobs.get("forecastHigh80").asDouble()).isGreaterThan(forecast)
                .isLessThan(jobs.get("forecastHigh95").asDouble());
        // Counts are whole numbers, as everywhere.
        assertThat(forecast).isEqualTo(Math.rint(forecast));
        JsonNode measure = jobs.get("progressMeasure");
        assertThat(measure.get("category").asString()).isIn("SUBSTANTIAL", "MODERATE", "LIMITED", "DETERIORATION");
        // A count starts from zero: its linear pace, not a growth rate.
        assertThat(measure.get("method").asString()).isEqualTo("LINEAR_PACE");
        assertThat(measure.get("ratio").isNumber()).isTrue();
    }

    @Test
    void fewerThanSixQuartersGiveTheReasonNotANumberAndTheFiguresShownCount() throws Exception {
        // STARTUPS: five approved quarters, and a sixth waiting for a manager.
        JsonNode approved = indicator(api.send(api.request("/api/indicators", "manager", "manager")), "STARTUPS");
        assertThat(approved.get("chance").isNull()).isTrue();
        assertThat(approved.get("chanceNote").asString()).isEqualTo("NOT_ENOUGH_FIGURES");
        assertThat(approved.get("forecast").isNull()).isTrue();
        assertThat(approved.get("forecastLow80").isNull()).isTrue();
        assertThat(approved.get("progressMeasure").get("category").asString()).isEqualTo("NOT_ENOUGH_FIGURES");
        assertThat(approved.get("progressMeasure").get("method").isNull()).isTrue();

        JsonNode all = indicator(api.send(api.request("/api/indicators?includeUnapproved=true", "manager", "manager")),
                "STARTUPS");
        assertThat(all.get("chance").isNumber()).isTrue();
        assertThat(all.get("chanceNote").isNull()).isTrue();
        assertThat(all.get("forecastLow80").isNumber()).isTrue();
    }

    @Test
    void aSeriesGainingSteadilyFasterThanNeededShowsAChanceAboveNinetyPercent() {
        // 2,000 by the end of 2029; about 130 a quarter where 100 would do.
        JsonNode steady = asTheApiWritesIt(progress(125, 135, 128, 132, 126, 134, 130, 130));

        assertThat(steady.get("chance").asDouble()).isGreaterThan(0.90);
        assertThat(steady.get("chanceNote").isNull()).isTrue();
    }

    @Test
    void aSeriesThatStoppedGainingAYearAgoShowsAChanceBelowTenPercent() {
        JsonNode stopped = asTheApiWritesIt(progress(130, 130, 130, 130, 130, 130, 130, 130, 0, 0, 0, 0));

        assertThat(stopped.get("chance").asDouble()).isLessThan(0.10);
    }

    @Test
    void aSeriesOfFewerThanSixQuartersShowsWhyNotANumber() {
        JsonNode young = asTheApiWritesIt(progress(130, 130, 130, 130, 130));

        assertThat(young.get("chance").isNull()).isTrue();
        assertThat(young.get("chanceNote").asString()).isEqualTo("NOT_ENOUGH_FIGURES");
    }

    /** One indicator as GET /api/indicators writes it, with the application's forecast. */
    private JsonNode asTheApiWritesIt(IndicatorProgress p) {
        return json.readTree(json.writeValueAsString(IndicatorApiController.IndicatorJson.of(p, forecasts.of(p))));
    }

    /** A count of 2,000 by the end of 2029, from 2025-Q1, with these quarterly figures. */
    private static IndicatorProgress progress(double... figures) {
        LocalizedText text = new LocalizedText("Test", "Test", "Test");
        IndicatorDetails indicator = new IndicatorDetails(99, "TEST", text, text, IndicatorKind.CUMULATIVE,
                BigDecimal.valueOf(2000), LocalDate.of(2025, 1, 1), LocalDate.of(2029, 12, 31), null, List.of(), text,
                "file.txt", "quote", true);
        List<QuarterPoint> series = new ArrayList<>();
        Quarter q = new Quarter(2025, 1);
        double total = 0;
        for (double f : figures) {
            total += f;
            series.add(new QuarterPoint(q, f, total, 0, null));
            q = q.next();
        }
        List<PathPoint> path = new ArrayList<>();
        int i = 1;
        for (Quarter p = new Quarter(2025, 1); !p.isAfter(new Quarter(2029, 4)); p = p.next(), i++) {
            path.add(new PathPoint(p, 100.0 * i));
        }
        return new IndicatorProgress(indicator, series.getLast().quarter(), total, 2000, total / 20, 0,
                ProgressStatus.ON_TRACK, null, null, series, path, false, Optional.empty(), null, false);
    }

    private JsonNode indicator(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).isEqualTo(200);
        for (JsonNode indicator : json.readTree(response.body())) {
            if (indicator.get("code").asString().equals(code)) {
                return indicator;
            }
        }
        throw new AssertionError("no " + code + " in " + response.body());
    }
}
