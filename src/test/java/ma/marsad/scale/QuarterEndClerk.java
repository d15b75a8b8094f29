package ma.marsad.scale;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;

import ma.marsad.ApiClient;
import ma.marsad.base.Region;
import ma.marsad.excelimport.TestWorkbook;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A clerk at quarter end: one region's figures for the quarter, every indicator, in a workbook made with POI.
 * Waits for the other clerks so that all send at once, checks the file (dry run), imports it, and when refused
 * with 409 (another import of the same figures got in first) reads the message and sends the same file again,
 * as the message says, up to {@value #ATTEMPTS} times.
 */
final class QuarterEndClerk implements Callable<QuarterEndClerk.Outcome> {

    static final int ATTEMPTS = 10;
    static final String QUARTER = "2026-Q4";

    /** What happened to this clerk's file: the import that stored it (null if none did) and the 409s before. */
    record Outcome(int clerk, Region region, Map<String, BigDecimal> values, Long importId, int created,
                   int updated, int unchanged, List<String> refusals) {
    }

    private final int clerk;
    private final Region region;
    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    private final LoadSession session;
    private final CyclicBarrier together;
    private final JsonMapper json;
    private final Path dir;

    QuarterEndClerk(int clerk, List<String> indicators, LoadSession session, CyclicBarrier together, JsonMapper json,
                    Path dir) {
        this.clerk = clerk;
        // Clerk k and clerk k + 13 send the same region: their files touch the same rows, with other values.
        this.region = Region.values()[clerk % Region.values().length];
        for (int i = 0; i < indicators.size(); i++) {
            values.put(indicators.get(i), BigDecimal.valueOf(100 + 10L * clerk + i));
        }
        this.session = session;
        this.together = together;
        this.json = json;
        this.dir = dir;
    }

    @Override
    public Outcome call() throws Exception {
        List<Object[]> rows = new ArrayList<>();
        values.forEach((code, value) -> rows.add(TestWorkbook.row(code, QUARTER, region.name(), value.intValue(),
                "clerk " + clerk)));
        Path own = Files.createDirectories(dir.resolve("clerk-" + clerk));
        byte[] file = TestWorkbook.xlsx().progress(rows.toArray(Object[][]::new)).bytes(own);
        String name = "quarter-end-" + clerk + "-" + region.name() + ".xlsx";
        List<String> refusals = new ArrayList<>();
        together.await();
        HttpResponse<byte[]> check = session.api("POST /api/imports?dryRun=true",
                ApiClient.multipart(session.request("/api/imports?dryRun=true"), name, file), Set.of(200));
        if (check == null) {
            return new Outcome(clerk, region, values, null, 0, 0, 0, refusals);
        }
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            HttpResponse<byte[]> sent = session.api("POST /api/imports",
                    ApiClient.multipart(session.request("/api/imports"), name, file), Set.of(200, 409));
            if (sent == null) {
                break;
            }
            JsonNode body = json.readTree(sent.body());
            if (sent.statusCode() == 200) {
                return new Outcome(clerk, region, values, body.get("importId").asLong(), body.get("created").asInt(),
                        body.get("updated").asInt(), body.get("unchanged").asInt(), refusals);
            }
            refusals.add(body.get("error").asString());
            session.recorder().refusal(body.get("error").asString());
            Thread.sleep(1000L + 250L * clerk % 1000);
        }
        return new Outcome(clerk, region, values, null, 0, 0, 0, refusals);
    }
}
