package ma.marsad.excelimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    @Test
    void importsAHundredThousandRowsInA256MegabyteHeap() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "benchmarks"));
        List<String> codes = createIndicators();
        Path file = writeWorkbook(dir.resolve("import-100k.xlsx"), codes);
        long maxHeap = Runtime.getRuntime().maxMemory();

        List<String> lines = new ArrayList<>();
        lines.add("| Case (100,000 rows, " + Files.size(file) / 1024 + " KB .xlsx) | median ms | min ms | max ms | old-generation peak MB |");
        lines.add("|---|---:|---:|---:|---:|");
        lines.add(measure("Lower bound: fastexcel-reader reading every cell", () -> {
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
        }));
        lines.add(measure("Marsad's reader alone (streaming, counting rows)", () -> {
            int[] rows = {0};
            WorkbookReader.read(file, new RowSink() {
                public void sheetStarted(String sheet, int lastRowHint) { }
                public void row(SheetRow row) { rows[0]++; }
                public void sheetEnded(String sheet) { }
            });
            assertThat(rows[0]).isEqualTo(ROWS + 1);
        }));
        lines.add(measure("Dry run (read, check every row, compare with the database)", () -> {
            ImportReport report = imports.check(file, Locale.ENGLISH, ImportProgress.NONE);
            assertThat(report.errorCount()).isZero();
            assertThat(report.accepted()).isEqualTo(ROWS);
        }));
        List<Long> importTimes = new ArrayList<>();
        List<Long> importHeaps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            jdbc.update("delete from history_event");
            jdbc.update("delete from progress_entry where origin = 'IMPORT'");
            jdbc.update("delete from import_record");
            BenchmarkSupport.resetPeaks();
            long start = System.nanoTime();
            ImportReport report = imports.importFile(file, "import-100k.xlsx", "benchmark", Locale.ENGLISH,
                    ImportProgress.NONE);
            importTimes.add((System.nanoTime() - start) / 1_000_000);
            importHeaps.add(BenchmarkSupport.oldGenerationPeak());
            assertThat(report.outcome()).isEqualTo(ImportOutcome.IMPORTED);
            assertThat(report.created()).isEqualTo(ROWS);
        }
        lines.add(row("Import into an empty table (read, check, store in one transaction)", importTimes, importHeaps));
        lines.add(measure("Re-import of the same file (every row unchanged)", () -> {
            ImportReport report = imports.importFile(file, "import-100k.xlsx", "benchmark", Locale.ENGLISH,
                    ImportProgress.NONE);
            assertThat(report.unchanged()).isEqualTo(ROWS);
        }));

        lines.add(plainXssf(file, "-Xmx256m"));
        lines.add(plainXssf(file, "-Xmx2g"));

        String table = String.join("\n", lines);
        String report = "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + System.getProperty("java.version") + ", max heap " + maxHeap / (1024 * 1024) + " MB\n\n" + table + "\n";
        System.out.println("\n" + report);
        Files.writeString(dir.resolve("import.md"), report);
        ImportedFiguresCleanup.removeImports(jdbc);
    }

    /** Reading the file the plain way, XSSFWorkbook, in a JVM of its own with the given heap. */
    private static String plainXssf(Path file, String heap) throws Exception {
        BenchmarkSupport.Run run = BenchmarkSupport.inOwnJvm(heap, PlainXssfRead.class, file.toString());
        String name = "Plain way: XSSFWorkbook reading every cell, " + heap;
        String[] figures = run.figures(3);
        if (figures == null) {
            return "| " + name + " | " + run.failure() + " | | | |";
        }
        return "| " + name + " (one cold run; heap = peak of the largest pool) | " + figures[0] + " | | | " + figures[2] + " |";
    }

    private interface Work {
        void run() throws Exception;
    }

    private String measure(String name, Work work) throws Exception {
        work.run(); // warm-up
        List<Long> times = new ArrayList<>();
        List<Long> heaps = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            System.gc();
            BenchmarkSupport.resetPeaks();
            long start = System.nanoTime();
            work.run();
            times.add((System.nanoTime() - start) / 1_000_000);
            heaps.add(BenchmarkSupport.oldGenerationPeak());
        }
        return row(name, times, heaps);
    }

    private static String row(String name, List<Long> times, List<Long> heaps) {
        long[] sorted = BenchmarkSupport.sorted(times);
        return "| " + name + " | " + sorted[sorted.length / 2] + " | " + sorted[0] + " | " + sorted[sorted.length - 1]
                + " | " + heaps.stream().mapToLong(Long::longValue).max().orElse(0) / (1024 * 1024) + " |";
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
