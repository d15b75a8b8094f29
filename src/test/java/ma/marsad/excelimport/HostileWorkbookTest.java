package ma.marsad.excelimport;

import ma.marsad.progress.CellValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ma.marsad.progress.CellValue.Kind;
import ma.marsad.excelimport.UnreadableWorkbookException.Reason;

/**
 * The streaming reader against hostile and broken files (issue 9), below the HTTP layer: what it refuses and
 * why, what it reads of the odd but harmless ones, and that the parse time-out cuts a long read short. Each
 * test has a time limit: a reader that hangs fails instead of blocking the build.
 */
@Timeout(60)
class HostileWorkbookTest {

    @TempDir
    Path dir;

    private HttpServer probe;
    private final AtomicInteger probeHits = new AtomicInteger();

    @BeforeEach
    void startProbe() throws IOException {
        // A loopback server that counts every request: an external entity that is fetched shows up here.
        probe = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        probe.createContext("/", exchange -> {
            probeHits.incrementAndGet();
            byte[] body = "LEAKED-FROM-PROBE".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        probe.start();
    }

    @AfterEach
    void stopProbe() {
        probe.stop(0);
    }

    @Test
    void refusesEntityExpansionInASheetOrInTheSharedStringsAsDamaged() throws Exception {
        assertThat(refusal(BadFiles.billionLaughsInSheet(dir))).isEqualTo(Reason.DAMAGED);
        assertThat(refusal(BadFiles.billionLaughsInSharedStrings(dir))).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void refusesExternalEntitiesWithoutReadingTheFileOrCallingTheUrl() throws Exception {
        Path secret = Files.writeString(dir.resolve("passwd"), "root:x:0:0:TOP-SECRET");
        String url = "http://127.0.0.1:" + probe.getAddress().getPort() + "/entity";
        Recorder recorder = new Recorder();

        for (Path file : List.of(BadFiles.externalEntityInSheet(dir, "file:///etc/passwd"),
                BadFiles.externalEntityInSheet(dir, secret.toUri().toString()),
                BadFiles.externalEntityInSheet(dir, url),
                BadFiles.externalEntityInSharedStrings(dir, secret.toUri().toString()),
                BadFiles.externalEntityInSharedStrings(dir, url))) {
            UnreadableWorkbookException refusal = catchThrowableOfType(UnreadableWorkbookException.class,
                    () -> WorkbookReader.read(file, recorder));
            assertThat(refusal.reason()).as(file.getFileName().toString()).isEqualTo(Reason.DAMAGED);
            assertThat(refusal).hasMessageNotContaining("TOP-SECRET").hasMessageNotContaining("root:x");
        }

        assertThat(probeHits).hasValue(0);
        assertThat(recorder.texts()).noneMatch(text -> text.contains("TOP-SECRET") || text.contains("root:x")
                || text.contains("LEAKED"));
    }

    @ParameterizedTest(name = "refuses an .xlsx cut at {0} % of its length as damaged")
    @ValueSource(ints = {10, 50, 90})
    void refusesAnXlsxCutAtSeveralOffsets(int percent) throws Exception {
        assertThat(refusal(BadFiles.truncatedXlsx(dir, percent / 100.0))).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void refusesAnXlsxWithoutItsLastByteAsDamaged() throws Exception {
        assertThat(refusal(BadFiles.lastByteMissing(dir))).isEqualTo(Reason.DAMAGED);
    }

    @Test
    void refusesACellOfTenMillionCharactersWithoutHoldingIt() throws Exception {
        Path file = BadFiles.tenMegabytesInOneCell(dir);

        assertThat(Files.size(file)).isBetween(5_000_000L, 10L * 1024 * 1024);
        assertThat(refusal(file)).isEqualTo(Reason.CELL_TOO_LONG);
    }

    @Test
    void refusesASharedStringLongerThanExcelAllowsButReadsOneOfExactlyItsLimit() throws Exception {
        String sst = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>%s</t></si></sst>";
        BadFiles.EntryWriter sheet = out -> out.write(BadFiles.sheetXml("", BadFiles.figureRow(2, "UNICORNS", "2026-Q3",
                "", "<c r=\"D2\"><v>1</v></c><c r=\"E2\" t=\"s\"><v>0</v></c>")).getBytes(StandardCharsets.UTF_8));
        Path tooLong = BadFiles.withEntries(dir, "long-string.xlsx", Map.of("xl/worksheets/sheet1.xml", sheet,
                "xl/sharedStrings.xml", out -> out.write(sst.formatted("a".repeat(32_768)).getBytes(StandardCharsets.UTF_8))));
        Path atTheLimit = BadFiles.withEntries(dir, "limit-string.xlsx", Map.of("xl/worksheets/sheet1.xml", sheet,
                "xl/sharedStrings.xml", out -> out.write(sst.formatted("a".repeat(32_767)).getBytes(StandardCharsets.UTF_8))));

        assertThat(refusal(tooLong)).isEqualTo(Reason.CELL_TOO_LONG);
        assertThat(read(atTheLimit).texts()).contains("a".repeat(32_767));
    }

    @Test
    void skipsAMillionEmptyRowsAndReadsExcelsLastRow() throws Exception {
        Recorder recorder = read(BadFiles.millionEmptyRows(dir));

        assertThat(recorder.rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 1_048_576);
        assertThat(recorder.rows.getLast().cells().getLast().value().text()).isEqualTo("5");
    }

    @Test
    void readsARowThatFillsAllSixteenThousandColumns() throws Exception {
        Recorder recorder = read(BadFiles.sixteenThousandColumns(dir));

        SheetRow row = recorder.rows.get(1);
        assertThat(row.cells()).hasSize(16_384);
        assertThat(row.cells().getLast().column()).isEqualTo(16_383);
        assertThat(row.cells().getLast().value().text()).isEqualTo("16383");
    }

    @Test
    void takesTheStoredResultOfADeeplyNestedFormulaAndShowsOneWithoutAResultAsItsFormula() throws Exception {
        CellValue cached = read(BadFiles.deeplyNestedFormula(dir, 2_000, true)).rows.get(1).cells().get(2).value();
        CellValue uncalculated = read(BadFiles.deeplyNestedFormula(dir, 2_000, false)).rows.get(1).cells().get(2).value();

        assertThat(cached).isEqualTo(CellValue.number(7));
        assertThat(uncalculated.kind()).isEqualTo(Kind.FORMULA_WITHOUT_VALUE);
        assertThat(uncalculated.text()).startsWith("=IF(TRUE,IF(TRUE,").endsWith(",0),0)").hasSize(22_002);
    }

    @Test
    void takesTheStoredResultsOfFormulasIntoOtherWorkbooksAndNeverFollowsTheLink() throws Exception {
        String url = "http://127.0.0.1:" + probe.getAddress().getPort() + "/book.xlsx";

        Recorder cached = read(BadFiles.formulasIntoOtherWorkbooks(dir, url, true));
        Recorder uncalculated = read(BadFiles.formulasIntoOtherWorkbooks(dir, "file:///etc/passwd", false));

        assertThat(cached.rows).extracting(HostileWorkbookTest::valueColumn).containsExactly("Value", "5", "6");
        assertThat(uncalculated.rows).extracting(HostileWorkbookTest::valueColumn)
                .containsExactly("Value", "=[1]Sheet1!A1", "='C:\\x\\[book.xlsx]Sheet1'!A1");
        assertThat(probeHits).hasValue(0);
    }

    @Test
    void theParseTimeOutCutsALongReadShort() throws Exception {
        Path file = BadFiles.manyRows(dir, 300_000);
        Recorder recorder = new Recorder();
        long start = System.nanoTime();

        UnreadableWorkbookException refusal = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> WorkbookReader.read(file, recorder, ReadingDeadline.after(Duration.ofMillis(200))));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(refusal.reason()).isEqualTo(Reason.TOO_SLOW);
        assertThat(recorder.rows.size()).as("rows read before the time-out").isLessThan(300_001);
        System.out.printf("300,000 rows, time-out 200 ms: stopped after %d ms and %,d rows%n",
                took.toMillis(), recorder.rows.size());
    }

    @Test
    void theParseTimeOutAlsoStopsAnXlsFile() throws Exception {
        Object[][] rows = new Object[5_000][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = TestWorkbook.row("UNICORNS", "2026-Q3", "", i, null);
        }
        Path file = TestWorkbook.xls().progress(rows).writeTo(dir.resolve("many.xls"));

        UnreadableWorkbookException refusal = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> WorkbookReader.read(file, new Recorder(), ReadingDeadline.after(Duration.ZERO)));

        assertThat(refusal.reason()).isEqualTo(Reason.TOO_SLOW);
    }

    /** The text in column D, the template's Value. */
    private static String valueColumn(SheetRow row) {
        return row.cells().stream().filter(c -> c.column() == 3).findFirst().orElseThrow().value().text();
    }

    private static Recorder read(Path file) throws Exception {
        Recorder recorder = new Recorder();
        WorkbookReader.read(file, recorder);
        return recorder;
    }

    private static Reason refusal(Path file) {
        return catchThrowableOfType(UnreadableWorkbookException.class, () -> WorkbookReader.read(file, new Recorder()))
                .reason();
    }

    private static final class Recorder implements RowSink {

        final List<SheetRow> rows = new ArrayList<>();

        @Override
        public void sheetStarted(String sheet, int lastRowHint) {
        }

        @Override
        public void row(SheetRow row) {
            rows.add(row);
        }

        @Override
        public void sheetEnded(String sheet) {
        }

        List<String> texts() {
            return rows.stream().flatMap(r -> r.cells().stream()).map(c -> c.value().text()).toList();
        }
    }
}
