package ma.marsad.excelexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

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
 * Issue 8, case 2: the full report of 100,000 stored figures, in the benchmark profile's 256 MB heap, against
 * the lower bound (the same content written as bare SXSSF cells: {@link BareSxssfReport}) and the plain way
 * (the Data rows alone in an XSSFWorkbook, in a JVM of its own); then the same at 400,000 figures to show
 * whether the heap stays flat as figures grow. Indicators stay 200: the figures grow with the years of
 * history, as they do in a programme that runs. Writes target/benchmarks/case-2.md. Not a timed test.
 */
@Tag("benchmark")
@MarsadSpringTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/benchmarks/db/export-${random.uuid};WRITE_DELAY=0")
class ReportBenchmark {

    private static final int SMALL = 100_000;
    private static final int LARGE = 400_000;
    private static final int INDICATORS = 200;
    private static final double TIME_TARGET = 1.3;
    private static final double FLAT = 1.25;
    private static final Quarter LAST = Quarter.of("2026-Q4");
    private static final String DELETE_FIGURES =
            "delete from progress_entry where indicator_id in (select id from indicator where code like 'BENCH%')";

    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exportsTheFullReportCloseToBareSxssfInAFlatHeap() throws Exception {
        List<String> codes = createIndicators();
        List<String> lines = new ArrayList<>();
        lines.add("| Case | figures | median ms | min ms | max ms | old-generation peak MB | file KB |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|");

        Quarter first = storeEntries(codes, SMALL);
        ReportFilter small = new ReportFilter(first, LAST, Optional.empty(), codes);
        Measure marsad100 = measure(out -> reports.write(ReportFormat.XLSX, small, "benchmark", Locale.ENGLISH, out), 5);
        Measure bare100 = measure(out -> BareSxssfReport.write(reports.content(small, "benchmark", Locale.ENGLISH), out), 5);
        Measure csv100 = measure(out -> reports.write(ReportFormat.CSV, small, "benchmark", Locale.ENGLISH, out), 3);
        lines.add(marsad100.row("Marsad's report: Summary, a sheet and a chart per indicator, Data, About", SMALL));
        lines.add(bare100.row("Lower bound: the same content as bare SXSSF cells (no styles, charts, widths)", SMALL));
        lines.add(csv100.row("The Data as CSV", SMALL));
        lines.add(plain("-Xmx256m"));
        lines.add(plain("-Xmx2g"));
        String profile = BenchmarkSupport.profile(
                () -> reports.write(ReportFormat.XLSX, small, "benchmark", Locale.ENGLISH, OutputStream.nullOutputStream()),
                profileBuckets());

        jdbc.update(DELETE_FIGURES);
        first = storeEntries(codes, LARGE);
        ReportFilter large = new ReportFilter(first, LAST, Optional.empty(), codes);
        Measure marsad400 = measure(out -> reports.write(ReportFormat.XLSX, large, "benchmark", Locale.ENGLISH, out), 3);
        Measure bare400 = measure(out -> BareSxssfReport.write(reports.content(large, "benchmark", Locale.ENGLISH), out), 3);
        lines.add(marsad400.row("Marsad's report", LARGE));
        lines.add(bare400.row("Lower bound: bare SXSSF", LARGE));
        jdbc.update(DELETE_FIGURES);

        double ratio100 = (double) marsad100.median() / bare100.median();
        double ratio400 = (double) marsad400.median() / bare400.median();
        double heapGrowth = (double) marsad400.peak / Math.max(1, marsad100.peak);
        boolean timeHolds = ratio100 <= TIME_TARGET;
        boolean flat = heapGrowth <= FLAT;
        String measured = f(ratio100) + "× bare SXSSF at 100k (" + f(ratio400) + "× at 400k); heap "
                + marsad100.peak / (1024 * 1024) + " → " + marsad400.peak / (1024 * 1024) + " MB";
        String report = "## 2. Export of the full report\n\n"
                + "Stored figures (seeded random, " + INDICATORS + " indicators × 13 regions, approved) exported as the"
                + " full report in English: Summary, one sheet with its native chart per indicator, Data (one row per"
                + " figure, streamed from a JDBC cursor), About. The lower bound writes the same content (the same"
                + " summaries and the same cursor over the figures) as bare SXSSF cells: every sheet streamed, no"
                + " styles, widths or charts. Warm-up, then 5 runs at 100,000 figures and 3 at 400,000; the heap is"
                + " the old generation's peak during a run (after a full GC before it), in a "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB heap. The plain way runs in a JVM of its own.\n\n"
                + String.join("\n", lines) + "\n\n"
                + "| Ratio | value |\n|---|---:|\n"
                + "| Marsad / bare SXSSF, 100,000 figures | " + f(ratio100) + " |\n"
                + "| Marsad / bare SXSSF, 400,000 figures | " + f(ratio400) + " |\n"
                + "| Peak heap, 400,000 / 100,000 figures | " + f(heapGrowth) + " |\n\n"
                + "**Target:** at most " + TIME_TARGET + "× bare SXSSF, and peak heap flat as figures grow (here: at most "
                + FLAT + "× at four times the figures). **Measured:** " + measured + " → time "
                + (timeHolds ? "holds" : "missed by " + f(ratio100 / TIME_TARGET) + "×") + ", heap "
                + (flat ? "flat" : "grows " + f(heapGrowth) + "×") + ".\n\n"
                + "Heap: the bound, which streams every sheet, peaks at " + bare100.peak / (1024 * 1024) + " MB at 100,000"
                + " figures and " + bare400.peak / (1024 * 1024) + " MB at 400,000. Marsad's report keeps the Summary and"
                + " the indicator sheets in memory (XSSF: the native charts are drawn on them and read their cells) and"
                + " streams only Data and About; its indicator sheets hold a row per quarter, so they grow with the"
                + " years of history. This is also why this case runs in a 1 GB heap of its own: at 400,000 figures the"
                + " report ran out of a 256 MB heap.\n\n"
                + "Where the time of Marsad's report goes at 100,000 figures (one run, JFR execution samples counted"
                + " against the first frame from the top that falls in a bucket):\n\n" + profile + "\n"
                + "SUMMARY|2|Full report export, 100,000 figures|≤" + TIME_TARGET + "× bare SXSSF; heap flat 100k→400k|"
                + measured + "|" + (timeHolds && flat ? "holds" : "missed") + "\n";
        System.out.println("\n" + report);
        Files.writeString(Files.createDirectories(Path.of("target", "benchmarks")).resolve("case-2.md"), report);
    }

    /** The buckets of the profile, in the order they are tried from the top of each stack. */
    private static Map<String, List<String>> profileBuckets() {
        Map<String, List<String>> buckets = new LinkedHashMap<>();
        buckets.put("Native charts (IndicatorChart, XDDF)", List.of("ma.marsad.excelexport.IndicatorChart",
                "org.apache.poi.xddf", "org.apache.poi.xssf.usermodel.XSSFChart", "org.apache.poi.xssf.usermodel.XSSFDrawing"));
        buckets.put("Row heights and widths (font metrics)", List.of("ma.marsad.excelexport.RowHeights",
                "ma.marsad.excelexport.ReportCells.layOut", "java.awt", "sun.font", "sun.java2d"));
        buckets.put("Compressing and writing the package (zip)", List.of("java.util.zip", "org.apache.poi.openxml4j",
                "org.apache.commons.compress"));
        buckets.put("Serialising in-memory sheets (XMLBeans)", List.of("org.apache.xmlbeans", "org.apache.poi.xssf.usermodel.XSSFSheet.write",
                "org.apache.poi.xssf.usermodel.XSSFWorkbook.write"));
        buckets.put("Streaming Data rows to the temporary file (SXSSF)", List.of("org.apache.poi.xssf.streaming"));
        buckets.put("Reading figures from the database (H2, JDBC)", List.of("org.h2", "org.springframework.jdbc",
                "com.zaxxer"));
        buckets.put("Summaries (progress calculation)", List.of("ma.marsad.progress"));
        buckets.put("Cells, styles and texts (Marsad's sheets)", List.of("ma.marsad.excelexport"));
        return buckets;
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private interface Export {
        void write(OutputStream out) throws Exception;
    }

    /** Medians and peaks of one case. */
    private record Measure(long[] sorted, long peak, long size) {

        long median() {
            return sorted[sorted.length / 2];
        }

        String row(String name, int figures) {
            return "| " + name + " | " + String.format(Locale.ROOT, "%,d", figures) + " | " + median() + " | " + sorted[0]
                    + " | " + sorted[sorted.length - 1] + " | " + peak / (1024 * 1024) + " | " + size / 1024 + " |";
        }
    }

    private Measure measure(Export export, int repeats) throws Exception {
        export.write(OutputStream.nullOutputStream()); // warm-up
        List<Long> times = new ArrayList<>();
        long peak = 0;
        long size = 0;
        for (int i = 0; i < repeats; i++) {
            System.gc();
            BenchmarkSupport.resetPeaks();
            CountingStream out = new CountingStream();
            long start = System.nanoTime();
            export.write(out);
            times.add((System.nanoTime() - start) / 1_000_000);
            peak = Math.max(peak, BenchmarkSupport.oldGenerationPeak());
            size = out.count;
        }
        return new Measure(BenchmarkSupport.sorted(times), peak, size);
    }

    /**
     * The same number of Data rows written the plain way (a whole XSSFWorkbook in memory), in a JVM of its
     * own with the given heap: out of memory there ends that process, not this benchmark.
     */
    private static String plain(String heap) throws Exception {
        BenchmarkSupport.Run run = BenchmarkSupport.inOwnJvm(heap, PlainXssfExport.class, String.valueOf(SMALL));
        String name = "Plain POI: the Data rows alone, XSSFWorkbook in memory, " + heap;
        String[] figures = run.figures(2);
        if (figures == null) {
            return "| " + name + " | 100,000 | " + run.failure() + " | | | | |";
        }
        return "| " + name + " (one run, heap = peak of the largest pool) | 100,000 | " + figures[0] + " | | | " + figures[1]
                + " | |";
    }

    private List<String> createIndicators() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < INDICATORS; i++) {
            String code = "BENCH_" + i;
            codes.add(code);
            jdbc.update("insert into indicator (code, name_fr, name_en, name_ar, unit_fr, unit_en, unit_ar, kind,"
                    + " target_value, start_date, deadline, owner_fr, owner_en, owner_ar, source_file, source_quote)"
                    + " values (?, ?, ?, ?, 'u', 'units', 'u', 'CUMULATIVE', 1000000000, date '1900-01-01',"
                    + " date '2030-12-31', 'o', 'o', 'o', 'benchmark', 'benchmark')",
                    code, "Indicateur " + i, "Indicator " + i, "مؤشر " + i);
        }
        return codes;
    }

    /**
     * {@code count} approved figures for the indicators, every region, quarter after quarter up to 2026-Q4, as
     * many quarters back as it takes. Returns the first quarter.
     */
    private Quarter storeEntries(List<String> codes, int count) {
        Random random = new Random(20261123);
        Timestamp at = Timestamp.from(Instant.parse("2026-10-15T09:00:00Z"));
        int regions = Region.values().length;
        int quarters = (count + codes.size() * regions - 1) / (codes.size() * regions);
        Quarter first = LAST;
        for (int q = 1; q < quarters; q++) {
            first = first.previous();
        }
        List<Object[]> rows = new ArrayList<>();
        int stored = 0;
        for (String code : codes) {
            long id = jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
            Quarter quarter = first;
            for (int q = 0; q < quarters && stored < count; q++, quarter = quarter.next()) {
                for (Region region : Region.values()) {
                    if (stored++ >= count) {
                        break;
                    }
                    rows.add(new Object[] {id, quarter.toString(), region.name(), random.nextInt(5000),
                            random.nextInt(10) == 0 ? "Comment " + random.nextInt(1000) : null, "clerk", at});
                }
                if (rows.size() > 5000) {
                    flush(rows);
                }
            }
        }
        flush(rows);
        assertThat(jdbc.queryForObject("select count(*) from progress_entry where status = 'APPROVED'"
                + " and indicator_id in (select id from indicator where code like 'BENCH%')", Long.class))
                .isEqualTo(count);
        return first;
    }

    private void flush(List<Object[]> rows) {
        jdbc.batchUpdate("insert into progress_entry (indicator_id, quarter_code, region_code, amount, comment_text,"
                + " entered_by, entered_at, origin, status) values (?, ?, ?, ?, ?, ?, ?, 'MANUAL', 'APPROVED')", rows);
        rows.clear();
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
