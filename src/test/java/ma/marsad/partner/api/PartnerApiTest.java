package ma.marsad.partner.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import ma.marsad.ApiClient;
import ma.marsad.MarsadSpringTest;
import ma.marsad.partner.PartnerCleanup;
import ma.marsad.partner.TestFiles;

/** The partners' API as curl calls it. */
@MarsadSpringTest
class PartnerApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JsonMapper json;

    @AfterEach
    void reset() {
        PartnerCleanup.reset(jdbc);
    }

    @Test
    void listsEveryPartnerWithItsAgreementsAndCommitments() throws Exception {
        HttpResponse<String> response = api().get("/api/partners", "official");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode partners = json.readTree(response.body());
        assertThat(partners.size()).isEqualTo(4);
        JsonNode onepoint = partners.get(1);
        assertThat(onepoint.get("name").asString()).isEqualTo("Onepoint");
        JsonNode engineers = onepoint.get("agreements").get(0).get("commitments").get(0);
        assertThat(engineers.get("indicator").asString()).isEqualTo("ONEPOINT_ENGINEERS");
        assertThat(engineers.get("relation").asString()).isEqualTo("IS");
        assertThat(engineers.get("quantity").asInt()).isEqualTo(500);
        assertThat(engineers.get("unit").get("en").asString()).isEqualTo("engineers");
        assertThat(engineers.get("deadline").asString()).isEqualTo("2029-06-30");
        assertThat(engineers.get("completion").isNull()).isTrue();
        assertThat(engineers.get("confidence").isNull()).isTrue();
        assertThat(engineers.get("evidenceCount").asInt()).isZero();
        assertThat(engineers.get("source").get("file").asString()).isEqualTo("001_8e30f336e5490cc5.txt");
        assertThat(engineers.get("source").get("quote").asString()).contains("500 talents marocains");
        assertThat(engineers.get("progress").get("target").asInt()).isEqualTo(500);

        long id = onepoint.get("id").asLong();
        HttpResponse<String> one = api().get("/api/partners/" + id, "clerk");
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(json.readTree(one.body()).get("code").asString()).isEqualTo("ONEPOINT");
        HttpResponse<String> missing = api().get("/api/partners/999999", "clerk");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).isEqualTo("{\"error\":\"No partner with the number 999999.\"}");
    }

    @Test
    void aManagerRecordsAReviewAndAddsEvidenceAndTheHistoryShowsBoth() throws Exception {
        long id = commitmentId("ALTEN_TRAINING");

        HttpResponse<String> review = post("/api/commitments/" + id + "/reviews", "manager",
                "{\"completion\": \"LIMITED\", \"confidence\": \"AMBER\", \"comment\": \"Two programmes opened\"}");
        assertThat(review.statusCode()).as(review.body()).isEqualTo(200);
        assertThat(json.readTree(review.body()).get("completion").asString()).isEqualTo("LIMITED");

        HttpResponse<String> link = post("/api/commitments/" + id + "/evidence", "manager",
                "{\"date\": \"2026-11-10\", \"kind\": \"PRESS_RELEASE\", \"link\": \"https://example.org/alten\","
                        + " \"summary\": \"Programmes announced\"}");
        assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
        HttpResponse<String> file = api().send(ApiClient.multipart(api().request("/api/commitments/" + id
                + "/evidence?kind=REPORT&date=2026-11-20&summary=Quarterly%20report", "manager"), "report.pdf",
                TestFiles.pdf()));
        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(json.readTree(file.body()).get("evidenceCount").asInt()).isEqualTo(2);

        HttpResponse<String> history = api().get("/api/commitments/" + id + "/history", "official");
        assertThat(history.statusCode()).isEqualTo(200);
        List<Map<String, Object>> changes = json.readValue(history.body(), List.class);
        assertThat(changes).extracting(c -> c.get("kind")).containsExactly("COMMITMENT_REVIEWED", "EVIDENCE_ADDED",
                "EVIDENCE_ADDED");
        assertThat(changes.get(0)).containsEntry("changedBy", "manager").containsEntry("after", "LIMITED/AMBER")
                .containsEntry("reason", "Two programmes opened");
        assertThat((String) changes.get(2).get("after")).contains("report.pdf");
    }

    @Test
    void anOfficialChangesNothingAndGetsA403AsJson() throws Exception {
        long id = commitmentId("ALTEN_TRAINING");

        HttpResponse<String> review = post("/api/commitments/" + id + "/reviews", "official",
                "{\"completion\": \"LIMITED\", \"confidence\": \"AMBER\", \"comment\": \"x\"}");
        HttpResponse<String> evidence = post("/api/commitments/" + id + "/evidence", "official",
                "{\"kind\": \"REPORT\", \"link\": \"https://example.org\", \"summary\": \"x\"}");
        HttpResponse<String> upload = api().upload("/api/commitments/" + id + "/evidence?kind=REPORT&summary=x",
                "clerk", "r.pdf", TestFiles.pdf());

        for (HttpResponse<String> r : List.of(review, evidence, upload)) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).isEqualTo("{\"error\":\"Your role does not allow this request.\"}");
        }
        HttpResponse<String> nobody = api().send(api().request("/api/commitments/" + id + "/reviews", null)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(nobody.statusCode()).isEqualTo(401);
        assertThat(nobody.body()).startsWith("{\"error\"");
        assertThat(json.readTree(api().get("/api/commitments/" + id + "/history", "official").body()).size()).isZero();
    }

    @Test
    void badRequestsGetAClearMessage() throws Exception {
        long id = commitmentId("ALTEN_TRAINING");

        assertThat(post("/api/commitments/" + id + "/reviews", "manager",
                "{\"completion\": \"DONE\", \"confidence\": \"GREEN\", \"comment\": \"x\"}").body())
                .isEqualTo("{\"error\":\"completion cannot be DONE: use NOT_STARTED|LIMITED|SUBSTANTIAL|COMPLETED.\"}");
        HttpResponse<String> noComment = post("/api/commitments/" + id + "/reviews", "manager",
                "{\"completion\": \"LIMITED\", \"confidence\": \"GREEN\"}");
        assertThat(noComment.statusCode()).isEqualTo(400);
        assertThat(noComment.body()).contains("Write a comment");
        HttpResponse<String> notFound = post("/api/commitments/999999/reviews", "manager",
                "{\"completion\": \"LIMITED\", \"confidence\": \"GREEN\", \"comment\": \"x\"}");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.body()).isEqualTo("{\"error\":\"No commitment with the number 999999.\"}");
        HttpResponse<String> program = api().upload("/api/commitments/" + id + "/evidence?kind=REPORT&summary=x",
                "manager", "report.pdf", TestFiles.program());
        assertThat(program.statusCode()).isEqualTo(415);
        assertThat(program.body()).contains("not a PDF, an image or an office document");
        assertThat(post("/api/commitments/" + id + "/evidence", "manager", "{not json").statusCode()).isEqualTo(400);
        assertThat(json.readTree(api().get("/api/commitments/" + id + "/history", "manager").body()).size()).isZero();
    }

    /** The report's Partners sheet holds every commitment; the file is left in target/ to be looked at. */
    @Test
    void theReportHasAPartnersSheetWithEveryCommitment() throws Exception {
        HttpResponse<byte[]> report = api().sendForBytes(api().request("/api/reports/progress.xlsx", "official"));
        assertThat(report.statusCode()).isEqualTo(200);
        java.nio.file.Path kept = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "partners"))
                .resolve("report.xlsx");
        java.nio.file.Files.write(kept, report.body());

        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(report.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet("Partners");
            assertThat(sheet.getLastRowNum()).isEqualTo(21);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("ABA Technology");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("STARTUPS");
        }
    }

    private HttpResponse<String> post(String path, String user, String body) throws Exception {
        return api().send(api().request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private long commitmentId(String code) throws Exception {
        for (JsonNode p : json.readTree(api().get("/api/partners", "manager").body())) {
            for (JsonNode a : p.get("agreements")) {
                for (JsonNode c : a.get("commitments")) {
                    if (c.get("code").asString().equals(code)) {
                        return c.get("id").asLong();
                    }
                }
            }
        }
        throw new AssertionError(code);
    }

    private ApiClient api() {
        return new ApiClient(port);
    }
}
