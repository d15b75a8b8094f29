package ma.marsad.excelexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * The report of 100,000 stored figures, in the benchmark profile's 256 MB heap: Marsad's streamed workbook
 * against the same Data rows written the plain way (XSSFWorkbook, everything in memory). Prints the figures
 * and writes them to target/benchmarks/export.md. Not a timed test.
 */
@Tag("benchmark")
@MarsadSpringTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/benchmarks/db/export-${random.uuid};WRITE_DELAY=0")
class ReportBenchmark {

    private static final int ENTRIES = 100_000;

    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exportsAHundredThousandFiguresInA256MegabyteHeap() throws Exception {
        List<String> codes = storeEntries();
        ReportFilter filter = new ReportFilter(Quarter.of("2020-Q1"), Quarter.of("2026-Q4"), Optional.empty(), codes);
        List<String> lines = new ArrayList<>();
        lines.add("| Case (" + ENTRIES + " figures, " + codes.size() + " indicators) | median ms | min ms | max ms | old-generation peak MB | file KB |");
        lines.add("|---|---:|---:|---:|---:|---:|");
        lines.add(measure("Marsad's report (Summary, a sheet and chart per indicator, Data streamed with SXSSF, About)",
                out -> reports.write(ReportFormat.XLSX, filter, "benchmark", Locale.ENGLISH, out)));
        lines.add(measure("Data as CSV", out -> reports.write(ReportFormat.CSV, filter, "benchmark", Locale.ENGLISH, out)));
        lines.add(plain("-Xmx256m"));
        lines.add(plain("-Xmx2g"));
        String report = "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB\n\n" + String.join("\n", lines) + "\n";
        System.out.println("\n" + report);
        Files.writeString(Files.createDirectories(Path.of("target", "benchmarks")).resolve("export.md"), report);
    }

    private interface Export {
        void write(OutputStream out) throws Exception;
    }

    private String measure(String name, Export export) throws Exception {
        export.write(OutputStream.nullOutputStream()); // warm-up
        List<Long> times = new ArrayList<>();
        long peak = 0;
        long size = 0;
        for (int i = 0; i < 3; i++) {
            System.gc();
            BenchmarkSupport.resetPeaks();
            CountingStream out = new CountingStream();
            long start = System.nanoTime();
            export.write(out);
            times.add((System.nanoTime() - start) / 1_000_000);
            peak = Math.max(peak, BenchmarkSupport.oldGenerationPeak());
            size = out.count;
        }
        long[] sorted = BenchmarkSupport.sorted(times);
        return "| " + name + " | " + sorted[1] + " | " + sorted[0] + " | " + sorted[2] + " | " + peak / (1024 * 1024)
                + " | " + size / 1024 + " |";
    }

    /**
     * The same number of Data rows written the plain way (a whole XSSFWorkbook in memory), in a JVM of its
     * own with the given heap: out of memory there ends that process, not this benchmark.
     */
    private static String plain(String heap) throws Exception {
        BenchmarkSupport.Run run = BenchmarkSupport.inOwnJvm(heap, PlainXssfExport.class, String.valueOf(ENTRIES));
        String name = "Plain POI: the Data rows alone, XSSFWorkbook in memory, " + heap;
        String[] figures = run.figures(2);
        if (figures == null) {
            return "| " + name + " | " + run.failure() + " | | | | |";
        }
        return "| " + name + " (one run, heap = peak of the largest pool) | " + figures[0] + " | | | " + figures[1] + " | |";
    }

    private List<String> storeEntries() {
        List<String> codes = new ArrayList<>();
        Random random = new Random(20261123);
        Timestamp at = Timestamp.from(Instant.parse("2026-10-15T09:00:00Z"));
        List<Object[]> rows = new ArrayList<>();
        int count = 0;
        for (int i = 0; count < ENTRIES; i++) {
            String code = "BENCH_" + i;
            codes.add(code);
            jdbc.update("insert into indicator (code, name_fr, name_en, name_ar, unit_fr, unit_en, unit_ar, kind,"
                    + " target_value, start_date, deadline, owner_fr, owner_en, owner_ar, source_file, source_quote)"
                    + " values (?, ?, ?, ?, 'u', 'units', 'u', 'CUMULATIVE', 1000000, date '2020-01-01',"
                    + " date '2030-12-31', 'o', 'o', 'o', 'benchmark', 'benchmark')",
                    code, "Indicateur " + i, "Indicator " + i, "مؤشر " + i);
            long id = jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
            Quarter quarter = Quarter.of("2020-Q1");
            for (int q = 0; q < 28 && count < ENTRIES; q++, quarter = quarter.next()) {
                for (Region region : Region.values()) {
                    if (count++ >= ENTRIES) {
                        break;
                    }
                    rows.add(new Object[] {id, quarter.toString(), region.name(), random.nextInt(5000),
                            random.nextInt(10) == 0 ? "Comment " + random.nextInt(1000) : null, "clerk", at});
                }
            }
            if (rows.size() > 5000) {
                flush(rows);
            }
        }
        flush(rows);
        assertThat(jdbc.queryForObject("select count(*) from progress_entry where origin = 'MANUAL'", Long.class))
                .isEqualTo(ENTRIES);
        return codes;
    }

    private void flush(List<Object[]> rows) {
        jdbc.batchUpdate("insert into progress_entry (indicator_id, quarter_code, region_code, amount, comment_text,"
                + " entered_by, entered_at, origin) values (?, ?, ?, ?, ?, ?, ?, 'MANUAL')", rows);
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
