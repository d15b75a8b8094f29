package ma.marsad.excelimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ma.marsad.BenchmarkSupport;
import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * A clerk's biggest file: 100,000 rows, read, checked and stored in one transaction, in the 256 MB heap
 * the benchmark profile gives ({@code ./mvnw -Pbenchmark verify}). Prints the figures and writes them to
 * target/benchmarks/import.md. Not a timed test: nothing here fails because the machine is slow.
 */
@Tag("benchmark")
@MarsadSpringTest
// The production database setting (a file, each commit written at once), not the tests' in-memory H2,
// whose tables would sit in the very heap being measured.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/benchmarks/db/bench-${random.uuid};WRITE_DELAY=0")
class ImportBenchmark {

    private static final int ROWS = 100_000;
    private static final int REPEATS = 5;

    @Autowired
    ImportService imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void importsAHundredThousandRowsInA256MegabyteHeap() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
        List<String> codes = createIndicators();
        Path file = writeWorkbook(dir.resolve("import-100k.xlsx"), codes);
        long maxHeap = Runtime.getRuntime().maxMemory();

        List<String> lines = new ArrayList<>();
        lines.add("| Case (100,000 rows, " + Files.size(file) / 1024 + " KB .xlsx) | median ms | min ms | max ms | old-generation peak MB |");
        lines.add("|---|---:|---:|---:|---:|");
        Timing bound = measure(() -> {
            long[] cells = {0};
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                 var rows = workbook.getFirstSheet().openStream()) {
                rows.forEach(row -> {
                    for (int c = 0; c < row.getCellCount(); c++) {
                        if (row.getCell(c) != null && row.getCell(c).getRawValue() != null) {
                            cells[0]++;
                        }
                    }
                });
            }
            assertThat(cells[0]).isGreaterThan(ROWS * 4L);
        });
        lines.add(bound.row("Lower bound: fastexcel-reader reading every cell"));
        lines.add(measure(() -> {
            int[] rows = {0};
            WorkbookReader.read(file, new RowSink() {
                public void sheetStarted(String sheet, int lastRowHint) { }
                public void row(SheetRow row) { rows[0]++; }
                public void sheetEnded(String sheet) { }
            });
            assertThat(rows[0]).isEqualTo(ROWS + 1);
        }).row("Marsad's reader alone (streaming SAX, counting rows)"));
        Timing dryRun = measure(() -> {
            ImportReport report = imports.check(file, Locale.ENGLISH, ImportProgress.NONE);
            assertThat(report.errorCount()).isZero();
            assertThat(report.accepted()).isEqualTo(ROWS);
        });
        lines.add(dryRun.row("Dry run (read, check every row, compare with the database)"));
        Timing storing = measure(() -> {
            storeAlone(codes);
            jdbc.update("delete from progress_entry where entered_by = 'bare-jdbc'");
        });
        lines.add(storing.row("Storing alone: bare JDBC batch inserts of the same 100,000 figures, one transaction"
                + " (no history; includes deleting them again)"));
        List<Long> importTimes = new ArrayList<>();
        List<Long> importHeaps = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            removeImports();
            System.gc();
            BenchmarkSupport.resetPeaks();
            long start = System.nanoTime();
            ImportReport report = imports.importFile(file, "import-100k.xlsx", "benchmark", Locale.ENGLISH,
                    ImportProgress.NONE);
            importTimes.add((System.nanoTime() - start) / 1_000_000);
            importHeaps.add(BenchmarkSupport.oldGenerationPeak());
            assertThat(report.outcome()).isEqualTo(ImportOutcome.IMPORTED);
            assertThat(report.created()).isEqualTo(ROWS);
        }
        Timing imported = new Timing(BenchmarkSupport.sorted(importTimes),
                importHeaps.stream().mapToLong(Long::longValue).max().orElse(0));
        lines.add(imported.row("Import into an empty table (read, check, store figures and history in one transaction)"));
        lines.add(measure(() -> {
            ImportReport report = imports.importFile(file, "import-100k.xlsx", "benchmark", Locale.ENGLISH,
                    ImportProgress.NONE);
            assertThat(report.unchanged()).isEqualTo(ROWS);
        }).row("Re-import of the same file (every row unchanged)"));
        removeImports();
        String profile = BenchmarkSupport.profile(() -> {
            imports.importFile(file, "import-100k.xlsx", "benchmark", Locale.ENGLISH, ImportProgress.NONE);
        }, profileBuckets());
        removeImports();

        BenchmarkSupport.Run plain256 = BenchmarkSupport.inOwnJvm("-Xmx256m", PlainXssfRead.class, file.toString(), "3");
        BenchmarkSupport.Run plain2g = BenchmarkSupport.inOwnJvm("-Xmx2g", PlainXssfRead.class, file.toString(), "3");
        lines.add(plainRow(plain256, "-Xmx256m"));
        lines.add(plainRow(plain2g, "-Xmx2g"));

        double toBound = (double) imported.median() / bound.median();
        String[] plainFigures = plain2g.figures(3);
        double plainOverImport = plainFigures == null ? Double.NaN : Double.parseDouble(plainFigures[0]) / imported.median();
        boolean boundHolds = toBound <= BOUND_TARGET;
        boolean plainHolds = plainOverImport >= PLAIN_TARGET;
        boolean heapHolds = plain256.outOfMemory();
        String measured = f(toBound) + "× fastexcel; plain XSSF (2 GB) takes " + f(plainOverImport) + "× the import; plain way "
                + (plain256.outOfMemory() ? "out of memory" : "fits") + " in 256 MB";
        long storingShare = Math.max(0, imported.median() - dryRun.median());
        String report = "## 1. Import of a 100,000-row .xlsx\n\n"
                + "A generated workbook (seeded random: 280 indicators × 28 quarters × 13 regions, comments on one row in"
                + " ten) imported end to end in a " + maxHeap / (1024 * 1024) + " MB heap: read, check every row, store"
                + " the figures and their history in H2 (file database, the application's settings) in one transaction."
                + " Warm-up, then " + REPEATS + " runs each. The plain way (POI's XSSFWorkbook) runs in a JVM of its own,"
                + " warmed up once, then the median of 3.\n\n"
                + String.join("\n", lines) + "\n\n"
                + "| Ratio | value | target |\n|---|---:|---:|\n"
                + "| Import / fastexcel-reader | " + f(toBound) + " | ≤ " + BOUND_TARGET + " |\n"
                + "| XSSFWorkbook read (2 GB heap) / import | " + f(plainOverImport) + " | ≥ " + PLAIN_TARGET + " |\n"
                + "| XSSFWorkbook read (2 GB heap) / Marsad's dry run (read + check + compare, no storing) | "
                + f(plainFigures == null ? Double.NaN : Double.parseDouble(plainFigures[0]) / dryRun.median()) + " | |\n"
                + "| Dry run (read + check + compare) / fastexcel-reader | " + f((double) dryRun.median() / bound.median()) + " | |\n"
                + "| Bare JDBC storing alone / fastexcel-reader | " + f((double) storing.median() / bound.median()) + " | |\n\n"
                + "**Target:** at most " + BOUND_TARGET + "× fastexcel-reader's read, at least " + PLAIN_TARGET
                + "× faster than XSSFWorkbook's read, within 256 MB where the plain way runs out of memory. **Measured:** "
                + measured + " → bound " + (boundHolds ? "holds" : "missed by " + f(toBound / BOUND_TARGET) + "×")
                + ", plain way " + (plainHolds ? "holds" : "missed") + ", memory " + (heapHolds ? "holds" : "missed")
                + ".\n\n"
                + "Where the time goes: the import minus the dry run (storing, history and commit) takes about "
                + storingShare + " ms of the import's " + imported.median() + " ms; storing the same figures with bare"
                + " JDBC batches alone takes " + storing.median() + " ms, " + f((double) storing.median() / bound.median())
                + "× the whole bound. One import under JFR's execution sampler:\n\n" + profile + "\n"
                + "SUMMARY|1|Import of 100,000 rows|≤" + BOUND_TARGET + "× fastexcel read; ≥" + PLAIN_TARGET
                + "× faster than XSSFWorkbook; fits 256 MB|" + measured + "|"
                + (boundHolds && plainHolds && heapHolds ? "holds" : "missed") + "\n";
        System.out.println("\n" + report);
        Files.writeString(dir.resolve("case-1.md"), report);
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    private static final double BOUND_TARGET = 2.5;
    private static final double PLAIN_TARGET = 3.0;

    private void removeImports() {
        jdbc.update("delete from history_event");
        jdbc.update("delete from progress_entry where origin = 'IMPORT'");
        jdbc.update("delete from import_record");
    }

    /** The figures of the workbook, inserted with plain JDBC batches in one transaction. */
    private void storeAlone(List<String> codes) {
        Random random = new Random(20261123);
        Timestamp at = Timestamp.from(Instant.parse("2026-10-15T09:00:00Z"));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            List<Object[]> batch = new ArrayList<>();
            int r = 0;
            outer:
            for (String code : codes) {
                long id = jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
                Quarter quarter = Quarter.of("2020-Q1");
                for (int q = 0; q < 28; q++, quarter = quarter.next()) {
                    for (Region region : Region.values()) {
                        if (r++ >= ROWS) {
                            break outer;
                        }
                        batch.add(new Object[] {id, quarter.toString(), region.name(), random.nextInt(5_000),
                                random.nextInt(10) == 0 ? "Comment " + random.nextInt(1000) : null, "bare-jdbc", at});
                        if (batch.size() == 1000) {
                            insert(batch);
                        }
                    }
                }
            }
            insert(batch);
        });
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate("insert into progress_entry (indicator_id, quarter_code, region_code, amount, comment_text,"
                + " entered_by, entered_at, origin) values (?, ?, ?, ?, ?, ?, ?, 'IMPORT')", batch);
        batch.clear();
    }

    private static Map<String, List<String>> profileBuckets() {
        Map<String, List<String>> buckets = new LinkedHashMap<>();
        buckets.put("Storing in H2 (inserts, index pages, commit)", List.of("org.h2"));
        buckets.put("Reading the workbook (unzip, SAX parsing, cells)", List.of("ma.marsad.excelimport.Xlsx",
                "ma.marsad.excelimport.WorkbookReader", "ma.marsad.progress.CellReading", "java.util.zip",
                "com.sun.org.apache.xerces", "javax.xml", "org.apache.poi"));
        buckets.put("Checking rows (names, periods, values)", List.of("ma.marsad.excelimport"));
        buckets.put("History and review bookkeeping", List.of("ma.marsad.audit", "ma.marsad.progress"));
        buckets.put("JDBC and transactions (Spring, Hikari)", List.of("org.springframework", "com.zaxxer"));
        return buckets;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Reading the file the plain way, XSSFWorkbook, in a JVM of its own with the given heap. */
    private static String plainRow(BenchmarkSupport.Run run, String heap) {
        String name = "Plain way: XSSFWorkbook reading every cell, " + heap;
        String[] figures = run.figures(3);
        if (figures == null) {
            return "| " + name + " | " + run.failure() + " | | | |";
        }
        return "| " + name + " (own JVM; heap = peak of the largest pool) | " + figures[0] + " | | | " + figures[2] + " |";
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Sorted times and the largest old-generation peak of one case. */
    private record Timing(long[] sorted, long peak) {

        long median() {
            return sorted[sorted.length / 2];
        }

        String row(String name) {
            return "| " + name + " | " + median() + " | " + sorted[0] + " | " + sorted[sorted.length - 1] + " | "
                    + peak / (1024 * 1024) + " |";
        }
    }

    private Timing measure(Work work) throws Exception {
        work.run(); // warm-up
        List<Long> times = new ArrayList<>();
        long peak = 0;
        for (int i = 0; i < REPEATS; i++) {
            System.gc();
            BenchmarkSupport.resetPeaks();
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1_000_000);
            peak = Math.max(peak, BenchmarkSupport.oldGenerationPeak());
        }
        return new Timing(BenchmarkSupport.sorted(times), peak);
    }

    /**
     * 100,000 distinct indicator, quarter and region combinations need about 280 indicators (13 regions,
     * 28 quarters since 2020): the benchmark adds them, as a programme with many sub-targets would have.
     */
    private List<String> createIndicators() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 280; i++) {
            String code = "BENCH_" + i;
            codes.add(code);
            jdbc.update("insert into indicator (code, name_fr, name_en, name_ar, unit_fr, unit_en, unit_ar, kind,"
                    + " target_value, start_date, deadline, owner_fr, owner_en, owner_ar, source_file, source_quote,"
                    + " whole_numbers) select ?, ?, ?, ?, 'u', 'u', 'u', 'CUMULATIVE', 1000000, date '2020-01-01',"
                    + " date '2030-12-31', 'o', 'o', 'o', 'benchmark', 'benchmark', true"
                    + " where not exists (select 1 from indicator where code = ?)",
                    code, "Indicateur " + i, "Indicator " + i, "مؤشر " + i, code);
        }
        return codes;
    }

    private static Path writeWorkbook(Path file, List<String> codes) throws IOException {
        Random random = new Random(20261123);
        List<Region> regions = Arrays.asList(Region.values());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Progress");
            Row header = sheet.createRow(0);
            String[] headers = {"Indicator", "Period", "Region", "Value", "Comment"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            int r = 1;
            Quarter first = Quarter.of("2020-Q1");
            outer:
            for (String code : codes) {
                Quarter quarter = first;
                for (int q = 0; q < 28; q++, quarter = quarter.next()) {
                    for (Region region : regions) {
                        if (r > ROWS) {
                            break outer;
                        }
                        Row row = sheet.createRow(r++);
                        row.createCell(0).setCellValue(code);
                        row.createCell(1).setCellValue(quarter.toString());
                        row.createCell(2).setCellValue(region.name());
                        row.createCell(3).setCellValue(random.nextInt(5_000));
                        if (random.nextInt(10) == 0) {
                            row.createCell(4).setCellValue("Comment " + random.nextInt(1000));
                        }
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
