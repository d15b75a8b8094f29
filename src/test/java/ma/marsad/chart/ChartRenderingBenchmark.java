package ma.marsad.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.chart.ChartUtils;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import ma.marsad.BenchmarkSupport;
import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.ProgressService;

/**
 * Issue 8, case 4: every chart of the national dashboard, in English, French and Arabic, at the card's size
 * (1040×520 pixels), made JFreeChart's default way (ChartUtils.writeScaledChartAsPNG: an ARGB image and
 * ImageIO's PNG writer at its defaults) and Marsad's way (an RGB image and {@link PngEncoder}); then the
 * dashboard loaded twice through {@link ChartService}, counting the charts drawn. Writes
 * target/benchmarks/case-4.md. Not a timed test: it asserts only that the images are the same.
 */
@Tag("benchmark")
@MarsadSpringTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:file:./target/benchmarks/db/charts-${random.uuid};WRITE_DELAY=0")
class ChartRenderingBenchmark {

    private static final int INDICATORS = 40;
    private static final int QUARTERS = 27; // 2020-Q1 to 2026-Q3, the last closed quarter on the fixed clock
    private static final int REPEATS = 5;
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar"));

    @Autowired
    ProgressService progress;
    @Autowired
    ChartService charts;
    @Autowired
    MessageSource messages;
    @Autowired
    JdbcTemplate jdbc;

    private record Chart(IndicatorProgress progress, ChartLabels labels) {
    }

    private record Figures(long[] millis, long bytes) {

        long median() {
            return millis[millis.length / 2];
        }

        String row(String name, int charts, Figures base) {
            return "| " + name + " | " + median() + " | " + millis[0] + " | " + millis[millis.length - 1] + " | "
                    + String.format(Locale.ROOT, "%.1f", (double) median() / charts) + " | "
                    + (bytes == 0 ? "" : String.valueOf(bytes / charts / 1024)) + " | "
                    + (base == null ? "" : String.format(Locale.ROOT, "%.2f", (double) median() / base.median())) + " |";
        }
    }

    @Test
    void drawsADashboardsChartsInHalfTheTimeOfJFreeChartsDefaultAndNoneAgainOnASecondLoad() throws Exception {
        storeIndicators();
        List<Chart> dashboard = dashboard();
        int count = dashboard.size();
        assertThat(count).isGreaterThanOrEqualTo(3 * INDICATORS);

        // Marsad's images hold exactly the pixels drawn: decoded, they equal the drawing encoded by ImageIO.
        for (Chart c : dashboard.subList(0, 6)) {
            BufferedImage drawn = ChartService.draw(ProgressChartFactory.create(c.progress(), c.labels()), ChartSize.CARD);
            assertThat(differentPixels(decode(marsad(c)), decode(ChartUtils.encodeAsPNG(drawn)))).isZero();
        }

        // The ways take turns in every repeat, so that a busy machine slows them alike.
        List<Figures> figures = measure(dashboard, List.of(this::jfreeChartDefault,
                c -> imageIo(ChartService.draw(ProgressChartFactory.create(c.progress(), c.labels()), ChartSize.CARD), 0.7f),
                c -> imageIo(ChartService.draw(ProgressChartFactory.create(c.progress(), c.labels()), ChartSize.CARD), 1f),
                this::marsad,
                c -> {
                    ChartService.draw(ProgressChartFactory.create(c.progress(), c.labels()), ChartSize.CARD);
                    return new byte[0];
                }));
        Figures plain = figures.get(0);
        Figures imageIo = figures.get(1);
        Figures imageIoStored = figures.get(2);
        Figures ours = figures.get(3);
        Figures drawOnly = figures.get(4);

        long firstLoad;
        long drawnFirst;
        List<Long> secondLoads = new ArrayList<>();
        long drawnAgain;
        try (ChartsDrawn drawn = new ChartsDrawn()) {
            long start = System.nanoTime();
            dashboard.forEach(c -> charts.progressChartPng(c.progress(), c.labels(), ChartSize.CARD));
            firstLoad = (System.nanoTime() - start) / 1_000_000;
            drawnFirst = drawn.count();
            for (int i = 0; i < REPEATS; i++) {
                start = System.nanoTime();
                dashboard().forEach(c -> charts.progressChartPng(c.progress(), c.labels(), ChartSize.CARD));
                secondLoads.add((System.nanoTime() - start) / 1_000_000);
            }
            drawnAgain = drawn.count() - drawnFirst;
        }
        long[] second = BenchmarkSupport.sorted(secondLoads);
        assertThat(drawnFirst).isEqualTo(count);
        assertThat(drawnAgain).as("charts drawn again on later loads").isZero();

        double ratio = (double) ours.median() / plain.median();
        boolean holds = ratio <= 0.5 && drawnAgain == 0;
        String measured = String.format(Locale.ROOT, "%.2f× the default's time, %d KB against %d KB a chart; "
                + "second load draws %d charts", ratio, ours.bytes() / count / 1024, plain.bytes() / count / 1024, drawnAgain);
        String fragment = "## 4. Chart images\n\n"
                + "Every chart of the national dashboard (" + INDICATORS + " generated indicators, seeded random "
                + "figures for 13 regions over " + QUARTERS + " quarters, plus the seeded targets) in English, French "
                + "and Arabic: " + count + " charts of 1040×520 pixels (the card's 520×260 at density 2). Each way is "
                + "warmed up once, then run " + REPEATS + " times over all " + count + " charts, the ways taking turns. Marsad's PNGs decode to "
                + "exactly the pixels drawn (checked here and in PngEncoderTest).\n\n"
                + "| Way (" + count + " charts) | median ms | min ms | max ms | ms a chart | KB a chart | × default |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n"
                + plain.row("JFreeChart's default: `ChartUtils.writeScaledChartAsPNG` (ARGB image, ImageIO PNG at its defaults)", count, null) + "\n"
                + imageIo.row("RGB image, ImageIO PNG at compression quality 0.7 (Marsad before this case)", count, plain) + "\n"
                + imageIoStored.row("RGB image, ImageIO PNG at quality 1.0: filters chosen, nothing deflated", count, plain) + "\n"
                + ours.row("**Marsad: RGB image, `PngEncoder` (Sub filter, deflate level " + PngEncoder.LEVEL + ")**", count, plain) + "\n"
                + drawOnly.row("Drawing alone, no encoding (the floor)", count, plain) + "\n\n"
                + "Dashboard loaded through `ChartService` (its cache keyed by the chart's data): first load " + firstLoad
                + " ms, " + drawnFirst + " charts drawn; each of " + REPEATS + " later loads with unchanged data (figures "
                + "read again from the database) median " + second[second.length / 2] + " ms (min " + second[0] + ", max "
                + second[second.length - 1] + "), **" + drawnAgain + " charts drawn**.\n\n"
                + "**Target:** at most 0.5× the time of JFreeChart's default PNG path; no chart drawn again on a second "
                + "load with unchanged data. **Measured:** " + measured + " → " + (holds ? "holds" : "missed") + ".\n\n"
                + "**What limits it:** encoding, not deflating. In this run encoding took "
                + (plain.median() - drawOnly.median()) * 100 / Math.max(1, plain.median()) + " % of the default's time "
                + "(the default less drawing alone); ImageIO with no deflate at all (quality 1.0) still took "
                + String.format(Locale.ROOT, "%.1f", (double) (imageIoStored.median() - drawOnly.median()) / count)
                + " ms a chart beyond drawing, because its PNG writer tries the five PNG filters on every row and keeps "
                + "the best (JDK source: PNGImageWriter, RowFilter), and writes four bytes a pixel for JFreeChart's ARGB "
                + "image. `PngEncoder` writes three bytes a pixel with the Sub filter alone (a chart's flat colours "
                + "become zeros) and one deflate pass at level 1, row by row: "
                + String.format(Locale.ROOT, "%.1f", (double) (ours.median() - drawOnly.median()) / count)
                + " ms a chart beyond drawing, for " + (ours.bytes() * 100 / Math.max(1, plain.bytes()) - 100)
                + " % more bytes. What is left is JFreeChart drawing the "
                + "chart (the last row, " + drawOnly.median() * 100 / Math.max(1, ours.median()) + " % of Marsad's time), "
                + "which no encoder setting can lower.\n\n"
                + "SUMMARY|4|Chart images|≤0.5× JFreeChart's default PNG; 0 charts drawn on a second load|"
                + measured + "|" + (holds ? "holds" : "missed") + "\n";
        System.out.println("\n" + fragment);
        Files.writeString(Files.createDirectories(Path.of("target", "benchmarks")).resolve("case-4.md"), fragment);
    }

    private byte[] marsad(Chart c) {
        return ChartService.render(c.progress(), c.labels(), ChartSize.CARD);
    }

    private byte[] jfreeChartDefault(Chart c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, ProgressChartFactory.create(c.progress(), c.labels()),
                    ChartSize.CARD.width(), ChartSize.CARD.height(), ChartSize.CARD.scale(), ChartSize.CARD.scale());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] imageIo(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static List<Figures> measure(List<Chart> dashboard, List<Function<Chart, byte[]>> ways) {
        ways.forEach(way -> dashboard.forEach(way::apply)); // warm-up
        List<List<Long>> times = new ArrayList<>();
        long[] bytes = new long[ways.size()];
        ways.forEach(way -> times.add(new ArrayList<>()));
        for (int i = 0; i < REPEATS; i++) {
            for (int w = 0; w < ways.size(); w++) {
                long start = System.nanoTime();
                bytes[w] = 0;
                for (Chart c : dashboard) {
                    bytes[w] += ways.get(w).apply(c).length;
                }
                times.get(w).add((System.nanoTime() - start) / 1_000_000);
            }
        }
        List<Figures> figures = new ArrayList<>();
        for (int w = 0; w < ways.size(); w++) {
            figures.add(new Figures(BenchmarkSupport.sorted(times.get(w)), bytes[w]));
        }
        return figures;
    }

    private static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static long differentPixels(BufferedImage a, BufferedImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        int[] pa = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] pb = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        return IntStream.range(0, pa.length).filter(i -> pa[i] != pb[i]).count();
    }

    /** The charts of the national dashboard in each language, with the words the dashboard's cards give them. */
    private List<Chart> dashboard() {
        List<Chart> all = new ArrayList<>();
        List<IndicatorProgress> overview = progress.overview(Optional.empty(), false);
        for (Locale locale : LANGUAGES) {
            for (IndicatorProgress p : overview) {
                String target = NumberFormat.getIntegerInstance(locale).format(p.target());
                all.add(new Chart(p, new ChartLabels(locale, null,
                        messages.getMessage("chart.actual." + p.indicator().kind(), null, locale),
                        messages.getMessage("chart.expected", null, locale),
                        messages.getMessage("chart.target", new Object[] {target}, locale),
                        null, p.indicator().unit().in(locale))));
            }
        }
        return all;
    }

    private void storeIndicators() {
        Random random = new Random(20261207);
        Timestamp at = Timestamp.from(Instant.parse("2026-10-15T09:00:00Z"));
        IndicatorKind[] kinds = IndicatorKind.values();
        for (int i = 0; i < INDICATORS; i++) {
            String code = "CHART_" + i;
            IndicatorKind kind = kinds[i % kinds.length];
            int perQuarter = 50 + random.nextInt(5000);
            long target = kind == IndicatorKind.CUMULATIVE ? perQuarter * 13L * 44 : perQuarter * 13L * 4;
            jdbc.update("insert into indicator (code, name_fr, name_en, name_ar, unit_fr, unit_en, unit_ar, kind,"
                    + " target_value, start_date, deadline, owner_fr, owner_en, owner_ar, source_file, source_quote)"
                    + " values (?, ?, ?, ?, 'unités', 'units', 'وحدات', ?, ?, date '2020-01-01',"
                    + " date '2030-12-31', 'o', 'o', 'o', 'benchmark', 'benchmark')",
                    code, "Indicateur " + i, "Indicator " + i, "مؤشر " + i, kind.name(), target);
            long id = jdbc.queryForObject("select id from indicator where code = ?", Long.class, code);
            List<Object[]> rows = new ArrayList<>();
            Quarter quarter = Quarter.of("2020-Q1");
            for (int q = 0; q < QUARTERS; q++, quarter = quarter.next()) {
                for (Region region : Region.values()) {
                    rows.add(new Object[] {id, quarter.toString(), region.name(),
                            perQuarter / 2 + random.nextInt(perQuarter), "clerk", at});
                }
            }
            jdbc.batchUpdate("insert into progress_entry (indicator_id, quarter_code, region_code, amount,"
                    + " entered_by, entered_at, origin, status) values (?, ?, ?, ?, ?, ?, 'MANUAL', 'APPROVED')", rows);
        }
    }
}
