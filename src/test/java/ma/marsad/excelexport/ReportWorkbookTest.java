package ma.marsad.excelexport;

import static ma.marsad.excelexport.ReportFixtures.content;
import static ma.marsad.excelexport.ReportFixtures.entries;
import static ma.marsad.excelexport.ReportFixtures.entry;
import static ma.marsad.excelexport.ReportFixtures.listed;
import static ma.marsad.excelexport.ReportFixtures.nationalFilter;
import static ma.marsad.excelexport.ReportFixtures.soussMassaFilter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorKind;
import ma.marsad.progress.EntryOrigin;
import ma.marsad.progress.EntryStatus;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.ProgressStatus;

class ReportWorkbookTest {

    private static final List<String> SUMMARY_HEADER = List.of("Code", "Indicator", "Unit", "Kind", "Target",
            "Deadline", "Actual", "% achieved", "Expected to date", "Status", "UN progress measure", "UN measure ratio",
            "Forecast at deadline", "Forecast, 80 % band, low", "Forecast, 80 % band, high",
            "Chance of reaching the target", "Run-rate needed per quarter", "Source");

    @Test
    void sheetsComeInTheReadersOrderWithTheSummaryOpen() throws IOException {
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(entries())))) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("Summary", "DIGITAL_JOBS", "TECH_CERTIFICATES", "DATACENTER_MW", "Data", "Partners",
                            "About");
            assertThat(workbook.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void summaryHeadsItsColumnsInWordsAndAddsTheChosenRegion() throws IOException {
        try (XSSFWorkbook national = open(content(nationalFilter(), listed(entries())));
             XSSFWorkbook souss = open(content(soussMassaFilter(), listed(entries())))) {
            assertThat(texts(national.getSheet("Summary").getRow(4))).isEqualTo(SUMMARY_HEADER);

            List<String> withRegion = new ArrayList<>(SUMMARY_HEADER);
            withRegion.add(7, "Souss-Massa actual");
            assertThat(texts(souss.getSheet("Summary").getRow(4))).isEqualTo(withRegion);
        }
    }

    @Test
    void summaryTitleSaysWhatTheReportCoversAndThatFiguresAreSamples() throws IOException {
        try (XSSFWorkbook workbook = open(content(soussMassaFilter(), listed(entries())))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(text(summary, 0, 0)).isEqualTo("Digital Morocco 2030 — progress report");
            assertThat(text(summary, 1, 0)).isEqualTo("Q1 2025 to Q3 2026 · Souss-Massa · Indicators: DIGITAL_JOBS, "
                    + "TECH_CERTIFICATES, DATACENTER_MW · as of Q3 2026");
            assertThat(text(summary, 2, 0)).isEqualTo("Generated 23/11/2026 14:05 by amina.admin");
            assertThat(text(summary, 3, 0))
                    .isEqualTo("Sample figures: invented for the demonstration, not official statistics.");
        }
    }

    @Test
    void summaryFiguresAreNumbersWithThousandsSeparatorsAndTheDeadlineIsADate() throws IOException {
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(entries())))) {
            XSSFRow jobs = workbook.getSheet("Summary").getRow(5);
            assertThat(jobs.getCell(0).getStringCellValue()).isEqualTo("DIGITAL_JOBS");
            assertNumber(jobs.getCell(4), 240_000, "#,##0");
            assertNumber(jobs.getCell(6), 70_202, "#,##0");
            assertNumber(jobs.getCell(7), 70_202.0 / 240_000, "0.0%");
            assertThat(jobs.getCell(8).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(jobs.getCell(8).getCellStyle().getDataFormatString()).isEqualTo("#,##0");

            Cell deadline = jobs.getCell(5);
            assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
            assertThat(deadline.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2030, 12, 31));

            XSSFRow megawatts = workbook.getSheet("Summary").getRow(7);
            assertNumber(megawatts.getCell(4), 500, "#,##0.00");
            assertThat(megawatts.getCell(17).getStringCellValue())
                    .isEqualTo("003_308efb414219c904.txt\n“La ministre a évoqué également le projet de data center de"
                            + " 500 mégawatts à Dakhla”");
            assertThat(megawatts.getCell(17).getCellStyle().getWrapText()).isTrue();
        }
    }

    @Test
    void summaryShowsEachStatusAsAWordInItsDashboardColour() throws IOException {
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(entries())))) {
            Cell atRisk = workbook.getSheet("Summary").getRow(5).getCell(9);
            assertThat(atRisk.getStringCellValue()).isEqualTo("At risk");
            assertFill(atRisk, "FF8A5300");
            Cell noData = workbook.getSheet("Summary").getRow(7).getCell(9);
            assertThat(noData.getStringCellValue()).isEqualTo("No data");
            assertFill(noData, "FF5C6670");
        }
    }

    @Test
    void everyStatusHasItsWordAndColour() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook, false);
            ReportTexts english = ReportFixtures.texts(Locale.ENGLISH);
            assertThat(List.of(ProgressStatus.values()).stream().map(s -> english.status(s) + " "
                    + ((XSSFCellStyle) styles.status(s).plain()).getFillForegroundXSSFColor().getARGBHex()))
                    .containsExactly("Achieved FF0B5D2A", "On track FF1B7A3E", "At risk FF8A5300", "Off track FFA8201A",
                            "No data FF5C6670");
        }
    }

    @Test
    void anIndicatorWithoutFiguresShowsBlanksRatherThanZeroes() throws IOException {
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(entries())))) {
            XSSFRow megawatts = workbook.getSheet("Summary").getRow(7);
            assertThat(megawatts.getCell(6).getCellType()).as("actual").isEqualTo(CellType.BLANK);
            assertThat(megawatts.getCell(7).getCellType()).as("% achieved").isEqualTo(CellType.BLANK);
            assertThat(megawatts.getCell(12).getCellType()).as("forecast").isEqualTo(CellType.BLANK);
            assertNumber(megawatts.getCell(16), 31.25, "#,##0.00");
        }
    }

    @Test
    void headersStayFrozenAndTheTablesCanBeFiltered() throws IOException {
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(entries())))) {
            assertFrozenAbove(workbook.getSheet("Summary"), 5);
            assertFrozenAbove(workbook.getSheet("DIGITAL_JOBS"), 4);
            assertFrozenAbove(workbook.getSheet("DATACENTER_MW"), 4);
            assertFrozenAbove(workbook.getSheet("Data"), 1);
            assertThat(workbook.getSheet("Summary").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A5:R8");
            assertThat(workbook.getSheet("Data").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:N6");
        }
    }

    @Test
    void summaryPrintsLandscapeOnePageWideWithItsHeaderOnEveryPage() throws IOException {
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(entries())))) {
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(summary.getFitToPage()).isTrue();
            assertThat(summary.getPrintSetup().getLandscape()).isTrue();
            assertThat(summary.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(summary.getPrintSetup().getFitHeight()).isZero();
            assertThat(summary.getRepeatingRows().getFirstRow()).isEqualTo(4);
            assertThat(summary.getRepeatingRows().getLastRow()).isEqualTo(4);
        }
    }

    @Test
    void indicatorSheetListsTheFiltersQuartersWithNumbers() throws IOException {
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(entries())))) {
            XSSFSheet jobs = workbook.getSheet("DIGITAL_JOBS");
            assertThat(text(jobs, 0, 0)).isEqualTo("DIGITAL_JOBS — Direct digital jobs");
            assertThat(text(jobs, 1, 0)).isEqualTo("Unit: jobs · Cumulative · Target 240,000 by 31/12/2030");
            assertThat(texts(jobs.getRow(3)))
                    .containsExactly("Quarter", "Region", "Reported in quarter", "Cumulative", "Target path");
            // 2024-Q4 is before the filter's first quarter: seven rows, 2025-Q1 to 2026-Q3.
            assertThat(jobs.getLastRowNum()).isEqualTo(10);
            XSSFRow first = jobs.getRow(4);
            assertThat(texts(first).subList(0, 2)).containsExactly("Q1 2025", "All regions");
            assertNumber(first.getCell(2), 7_151, "#,##0");
            assertNumber(first.getCell(3), 6_501 + 7_151, "#,##0");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(text(jobs, 10, 0)).isEqualTo("Q3 2026");
            assertThat(jobs.getRow(10).getCell(3).getNumericCellValue()).isEqualTo(70_202);

            assertThat(texts(workbook.getSheet("TECH_CERTIFICATES").getRow(3)).get(3)).isEqualTo("Year to date");
            assertThat(text(workbook.getSheet("TECH_CERTIFICATES"), 1, 0))
                    .isEqualTo("Unit: certificates a year · Annual · Target 20,000 each year until 31/12/2030");
            assertThat(text(workbook.getSheet("DATACENTER_MW"), 1, 0))
                    .isEqualTo("Unit: MW · Level · Target 500 by 31/12/2030");
        }
    }

    @Test
    void eachIndicatorWithFiguresHasAChartOfActualBarsAndAPathLineReadFromItsCells() throws IOException {
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(entries())))) {
            XSSFChart chart = onlyChart(workbook.getSheet("DIGITAL_JOBS"));
            assertThat(chart.getTitleText().getString()).isEqualTo("Cumulative and target path");
            assertThat(chart.getChartSeries()).hasSize(2);
            assertThat(seriesCount(chart)).isEqualTo(2);
            XDDFChartData bars = chart.getChartSeries().get(0);
            XDDFChartData line = chart.getChartSeries().get(1);
            assertThat(bars).isInstanceOf(XDDFBarChartData.class);
            assertThat(line).isInstanceOf(XDDFLineChartData.class);

            XDDFChartData.Series actual = bars.getSeries(0);
            assertThat(actual.getCategoryData().getDataRangeReference()).isEqualTo("DIGITAL_JOBS!$A$5:$A$11");
            assertThat(actual.getValuesData().getDataRangeReference()).isEqualTo("DIGITAL_JOBS!$D$5:$D$11");
            assertThat(actual.getValuesData().getPointCount()).isEqualTo(7);
            assertThat(((XDDFBarChartData.Series) actual).getCTBarSer().getTx().getStrRef().getF())
                    .isEqualTo("DIGITAL_JOBS!$D$4");
            XDDFChartData.Series path = line.getSeries(0);
            assertThat(path.getCategoryData().getDataRangeReference()).isEqualTo("DIGITAL_JOBS!$A$5:$A$11");
            assertThat(path.getValuesData().getDataRangeReference()).isEqualTo("DIGITAL_JOBS!$E$5:$E$11");
            assertThat(((XDDFLineChartData.Series) path).getCTLineSer().getTx().getStrRef().getF())
                    .isEqualTo("DIGITAL_JOBS!$E$4");
            assertThat(chart.getCTChart().getLegend()).isNotNull();
            assertThat(chart.getAxes()).filteredOn(XDDFValueAxis.class::isInstance).singleElement()
                    .extracting(axis -> ((XDDFValueAxis) axis).getCrossBetween())
                    .as("bars between the ticks, whole").isEqualTo(AxisCrossBetween.BETWEEN);

            XSSFChart certificates = onlyChart(workbook.getSheet("TECH_CERTIFICATES"));
            assertThat(seriesCount(certificates)).isEqualTo(2);
            assertThat(certificates.getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("TECH_CERTIFICATES!$D$5:$D$7");
        }
    }

    @Test
    void anIndicatorWithNoFiguresInThePeriodSaysSoAndHasNoChart() throws IOException {
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(entries())))) {
            XSSFSheet datacentre = workbook.getSheet("DATACENTER_MW");
            assertThat(texts(datacentre.getRow(3)).getFirst()).isEqualTo("Quarter");
            assertThat(text(datacentre, 4, 0)).isEqualTo("No figures in this period");
            assertThat(charts(datacentre)).isEmpty();
        }
    }

    @Test
    void aChosenRegionGetsAColumnOfItsOwnBesideTheNationalFigures() throws IOException {
        try (XSSFWorkbook workbook = open(content(soussMassaFilter(), listed(entries())))) {
            XSSFSheet certificates = workbook.getSheet("TECH_CERTIFICATES");
            assertThat(texts(certificates.getRow(3))).containsExactly("Quarter", "Region", "Reported in quarter",
                    "Year to date", "Target path", "Souss-Massa to date");
            assertNumber(certificates.getRow(4).getCell(5), 1_200, "#,##0");
            assertNumber(workbook.getSheet("Summary").getRow(6).getCell(7), 1_200, "#,##0");
            assertThat(seriesCount(onlyChart(certificates))).isEqualTo(2);
        }
    }

    @Test
    void dataHasOneTypedRowPerEntry() throws IOException {
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(entries())))) {
            XSSFSheet data = workbook.getSheet("Data");
            assertThat(texts(data.getRow(0))).containsExactly("Indicator", "Indicator name", "Unit", "Quarter",
                    "Region code", "Region", "Value", "Comment", "Entered by", "Entered at", "Origin", "Import",
                    "Import file", "Status");
            assertThat(data.getLastRowNum()).isEqualTo(entries().size());

            XSSFRow first = data.getRow(1);
            assertThat(texts(first).subList(0, 6)).containsExactly("DIGITAL_JOBS", "Direct digital jobs", "jobs",
                    "2025-Q1", "CASABLANCA_SETTAT", "Casablanca-Settat");
            assertNumber(first.getCell(6), 2_356, "#,##0");
            Cell enteredAt = first.getCell(9);
            assertThat(DateUtil.isCellDateFormatted(enteredAt)).isTrue();
            assertThat(enteredAt.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
            // 13:05 UTC is 14:05 in Casablanca (UTC+1 outside Ramadan).
            assertThat(enteredAt.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 11, 12, 14, 5));
            assertThat(first.getCell(10).getStringCellValue()).isEqualTo("Manual");
            assertThat(first.getCell(11).getCellType()).isEqualTo(CellType.BLANK);

            XSSFRow imported = data.getRow(2);
            assertThat(imported.getCell(10).getStringCellValue()).isEqualTo("Import");
            assertThat(imported.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(imported.getCell(11).getNumericCellValue()).isEqualTo(42);
        }
    }

    @Test
    void dataSaysInWordsWhetherAManagerApprovedEachFigure() throws IOException {
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(List.of(
                entry("DIGITAL_JOBS", "2025-Q1", Region.NATIONAL, "1", "", "k", Instant.parse("2025-11-12T13:05:00Z"),
                        EntryOrigin.MANUAL, null, null, EntryStatus.APPROVED),
                entry("DIGITAL_JOBS", "2025-Q2", Region.NATIONAL, "2", "", "k", Instant.parse("2025-11-12T13:05:00Z"),
                        EntryOrigin.MANUAL, null, null, EntryStatus.SUBMITTED),
                entry("DIGITAL_JOBS", "2025-Q3", Region.NATIONAL, "3", "", "k", Instant.parse("2025-11-12T13:05:00Z"),
                        EntryOrigin.MANUAL, null, null, EntryStatus.RETURNED)))))) {
            XSSFSheet data = workbook.getSheet("Data");
            assertThat(data.getRow(0).getCell(13).getStringCellValue()).isEqualTo("Status");
            assertThat(List.of(1, 2, 3)).extracting(r -> data.getRow(r).getCell(13).getStringCellValue())
                    .containsExactly("Approved", "Submitted", "Returned");
        }
    }

    @Test
    void aReportWithFiguresNotYetApprovedSaysSoAboveTheSummaryAndInAbout() throws IOException {
        ReportFilter withUnapproved = new ReportFilter(Quarter.of("2025-Q1"), ReportFixtures.AS_OF, Optional.empty(),
                List.of(), true);
        try (XSSFWorkbook approvedOnly = open(content(nationalFilter(), listed(entries())));
             XSSFWorkbook all = open(content(withUnapproved, listed(entries())))) {
            assertThat(text(approvedOnly.getSheet("Summary"), 3, 0))
                    .isEqualTo("Sample figures: invented for the demonstration, not official statistics.");
            assertThat(allTexts(approvedOnly.getSheet("About"))).contains("Figures", "Approved by a manager only");

            assertThat(text(all.getSheet("Summary"), 3, 0))
                    .isEqualTo("Sample figures: invented for the demonstration, not official statistics."
                            + " Includes figures not yet approved by a manager (submitted, or returned to the"
                            + " clerks): they may still change.");
            List<String> about = allTexts(all.getSheet("About"));
            assertThat(about).contains("Figures",
                    "Approved, and not yet approved (submitted, or returned to the clerks)");
            assertThat(about).anyMatch(t -> t.endsWith("Includes figures not yet approved by a manager (submitted, or"
                    + " returned to the clerks): they may still change."));
        }
    }

    @Test
    void decimalFiguresKeepTheirTwoDecimalsInData() throws IOException {
        ReportEntry megawatts = entry("DATACENTER_MW", "2026-Q3", Region.DAKHLA_OUED_ED_DAHAB, "12.5", "",
                "karim", Instant.parse("2026-10-02T08:00:00Z"), EntryOrigin.MANUAL, null, null);
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(List.of(megawatts))))) {
            assertNumber(workbook.getSheet("Data").getRow(1).getCell(6), 12.5, "#,##0.00");
        }
    }

    @Test
    void aboutNamesTheFiltersTheThresholdsAndTheSources() throws IOException {
        try (XSSFWorkbook workbook = open(content(nationalFilter(), listed(entries())))) {
            List<String> about = allTexts(workbook.getSheet("About"));
            assertThat(about).contains("Sample figures: invented for the demonstration, not official statistics.",
                    "Generated by", "amina.admin", "Q1 2025 to Q3 2026", "All regions and National", "All",
                    "On track from 95 % of the expected figure to date, at risk from 75 %, off track below.",
                    "004_e61645de221c9efb.txt", "002_4c80145cda78cb6b.txt",
                    "La ministre a évoqué également le projet de data center de 500 mégawatts à Dakhla");
            XSSFRow generated = workbook.getSheet("About").getRow(3);
            assertThat(generated.getCell(0).getStringCellValue()).isEqualTo("Generated at");
            assertThat(generated.getCell(1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 23, 14, 5));
        }
    }

    @Test
    void textsThatLookLikeFormulasStayTextWherever() throws IOException {
        IndicatorDetails prank = ReportFixtures.indicator(7, "@CODE", "=SUM(A1:A9)", "-", IndicatorKind.CUMULATIVE, 10,
                "2025-01-01", "2027-12-31", "+cmd.txt", "@quote", true);
        IndicatorProgress progress = new IndicatorProgress(prank, ReportFixtures.AS_OF, 0, 10, 0, 5,
                ProgressStatus.NO_DATA, null, 2.0, List.of(), List.of(), false, Optional.empty(), null, false);
        ReportContent content = new ReportContent(nationalFilter(), "=cmd|' /C calc'!A0", ReportFixtures.GENERATED_AT,
                ReportFixtures.THRESHOLDS, false, List.of(progress), listed(entries()));

        try (XSSFWorkbook workbook = open(content)) {
            List<String> dangerous = new ArrayList<>();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + " " + cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && SafeText.looksLikeFormula(cell.getStringCellValue())) {
                            assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getStringCellValue()).isTrue();
                            dangerous.add(cell.getStringCellValue());
                        }
                    }
                }
            }
            assertThat(dangerous).contains("=HYPERLINK(\"http://x\")", "+212", "@home", "-1", "\tx", "\rcarriage",
                    "@home.xlsx", "-figures.xlsx", "@CODE", "=SUM(A1:A9)", "+cmd.txt", "@quote", "-");
            assertThat(workbook.getSheet("Data").getRow(1).getCell(7).getCellStyle().getQuotePrefixed())
                    .as("an ordinary comment").isFalse();
            assertThat(workbook.getSheet("Summary").getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Generated 23/11/2026 14:05 by =cmd|' /C calc'!A0");
            assertThat(allTexts(workbook.getSheet("About"))).contains("=cmd|' /C calc'!A0");
        }
    }

    @Test
    void indicatorCodesBecomeSheetNamesExcelAcceptsEachOnce() {
        SheetNames names = new SheetNames("Indicator", "Summary", "Data", "About");
        assertThat(names.claim("DATA")).isEqualTo("DATA (2)");
        assertThat(names.claim("AI/CLOUD:2030")).isEqualTo("AI CLOUD 2030");
        assertThat(names.claim("A_VERY_LONG_INDICATOR_CODE_OF_40_CHARS_X")).hasSize(31);
        assertThat(names.claim("A_VERY_LONG_INDICATOR_CODE_OF_40_CHARS_Y")).hasSize(31).endsWith(" (2)");
    }

    /**
     * Fed by a generator, never a list. The write stays far inside the 256 MB target: this test passed
     * with {@code -Dmarsad.test.heap=24m} (and ran out of memory at 16m) on 2026-11-23, in about 4 s.
     */
    @Test
    void aHundredThousandEntriesStreamIntoTheDataSheet(@TempDir Path dir) throws Exception {
        int count = 100_000;
        Instant at = Instant.parse("2026-01-15T09:00:00Z");
        Quarter quarter = Quarter.of("2025-Q4");
        Region[] regions = Region.values();
        ReportContent.Entries generated = each -> {
            for (int i = 0; i < count; i++) {
                each.accept(new ReportEntry("DIGITAL_JOBS", "Direct digital jobs", "jobs", quarter,
                        regions[i % regions.length], BigDecimal.valueOf(i % 5_000), "Row " + i, "clerk" + i % 7,
                        at.plusSeconds(i), EntryOrigin.IMPORT, 1_000L + i / 10_000, "figures-" + i / 10_000 + ".xlsx",
                        EntryStatus.SUBMITTED));
            }
        };
        Path file = dir.resolve("big.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            ReportWorkbook.write(content(nationalFilter(), generated), ReportFixtures.texts(Locale.ENGLISH), out);
        }
        assertThat(dataRowCount(file)).isEqualTo(count + 1);
    }

    /**
     * The demo's figures, written to target/report-sample/ for scripts/render-report.sh, which turns them
     * into the screenshots in docs/screenshots.
     */
    @Test
    void writesTheDemoReportForRendering() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "report-sample"));
        ReportContent content = new ReportContent(
                new ReportFilter(Quarter.of("2024-Q4"), ReportFixtures.AS_OF, Optional.empty(), List.of()),
                "amina.admin", ReportFixtures.GENERATED_AT, ReportFixtures.THRESHOLDS, true,
                List.of(ReportFixtures.digitalJobsProgress(Optional.empty()),
                        ReportFixtures.techCertificatesProgress(Optional.empty()),
                        ReportFixtures.datacentreProgress(Optional.empty())),
                listed(entries()));
        Path file = dir.resolve("marsad-progress-2024-Q4_2026-Q3.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            ReportWorkbook.write(content, ReportFixtures.texts(Locale.ENGLISH), out);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(onlyChart(workbook.getSheet("DIGITAL_JOBS")).getChartSeries().getFirst().getSeries(0)
                    .getValuesData().getPointCount()).isEqualTo(8);
        }
    }

    private static XSSFWorkbook open(ReportContent content) throws IOException {
        return open(content, Locale.ENGLISH);
    }

    static XSSFWorkbook open(ReportContent content, Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.write(content, ReportFixtures.texts(locale), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    /** Counts the Data sheet's rows with a SAX pass, so a 100,000-row file is never loaded whole. */
    private static int dataRowCount(Path file) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (sheets.getSheetName().equals("Data")) {
                        AtomicInteger rows = new AtomicInteger();
                        SAXParserFactory factory = SAXParserFactory.newInstance();
                        factory.setNamespaceAware(true);
                        factory.newSAXParser().parse(sheet, new DefaultHandler() {
                            @Override
                            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                                if (localName.equals("row")) {
                                    rows.incrementAndGet();
                                }
                            }
                        });
                        return rows.get();
                    }
                }
            }
        }
        throw new AssertionError("no Data sheet");
    }

    private static XSSFChart onlyChart(XSSFSheet sheet) {
        List<XSSFChart> charts = charts(sheet);
        assertThat(charts).as(sheet.getSheetName() + " charts").hasSize(1);
        return charts.getFirst();
    }

    /** Series across the chart's groups: the bars and the line are two groups of one series each. */
    private static int seriesCount(XSSFChart chart) {
        return chart.getChartSeries().stream().mapToInt(XDDFChartData::getSeriesCount).sum();
    }

    private static List<XSSFChart> charts(XSSFSheet sheet) {
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        return drawing == null ? List.of() : drawing.getCharts();
    }

    private static void assertNumber(Cell cell, double value, String format) {
        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.NUMERIC);
        assertThat(cell.getNumericCellValue()).as(cell.getAddress().toString()).isCloseTo(value,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cell.getCellStyle().getDataFormatString()).as(cell.getAddress().toString()).isEqualTo(format);
    }

    private static void assertFill(Cell cell, String argb) {
        XSSFCellStyle style = (XSSFCellStyle) cell.getCellStyle();
        assertThat(style.getFillForegroundXSSFColor().getARGBHex()).isEqualTo(argb);
        assertThat(style.getFont().getBold()).isTrue();
        assertThat(style.getFont().getXSSFColor().getARGBHex()).isEqualTo("FFFFFFFF");
    }

    private static void assertFrozenAbove(XSSFSheet sheet, int rows) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane).as(sheet.getSheetName()).isNotNull();
        assertThat(pane.isFreezePane()).isTrue();
        assertThat(pane.getHorizontalSplitTopRow()).as(sheet.getSheetName()).isEqualTo((short) rows);
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : ""));
        return texts;
    }

    private static List<String> allTexts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        sheet.forEach(row -> texts.addAll(texts(row)));
        return texts;
    }
}
