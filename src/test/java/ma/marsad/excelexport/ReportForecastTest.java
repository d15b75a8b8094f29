package ma.marsad.excelexport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import ma.marsad.base.Quarter;
import ma.marsad.forecast.ChanceNote;
import ma.marsad.forecast.FanPoint;
import ma.marsad.forecast.Forecast;
import ma.marsad.forecast.ForecastService.Outlook;
import ma.marsad.forecast.ProgressMeasure;
import ma.marsad.progress.IndicatorProgress;

/** The chance, the forecast band and the UN measure in the report: Summary columns, indicator sheets, charts. */
class ReportForecastTest {

    @Test
    void theSummaryGivesTheUnMeasureTheBandAndTheChanceOrWhyThereIsNone() throws IOException {
        try (XSSFWorkbook workbook = open(Locale.ENGLISH)) {
            XSSFRow jobs = workbook.getSheet("Summary").getRow(5);
            assertThat(jobs.getCell(10).getStringCellValue()).isEqualTo("Moderate progress (growth rates)");
            assertThat(jobs.getCell(11).getNumericCellValue()).isEqualTo(0.72);
            assertThat(jobs.getCell(12).getNumericCellValue()).isEqualTo(182_000);
            assertThat(jobs.getCell(13).getNumericCellValue()).isEqualTo(150_000);
            assertThat(jobs.getCell(14).getNumericCellValue()).isEqualTo(210_000);
            assertThat(jobs.getCell(14).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(jobs.getCell(15).getNumericCellValue()).isEqualTo(0.46);
            assertThat(jobs.getCell(15).getCellStyle().getDataFormatString()).isEqualTo("0%");

            XSSFRow certificates = workbook.getSheet("Summary").getRow(6);
            assertThat(certificates.getCell(10).getStringCellValue()).isEqualTo("Not enough figures yet");
            assertThat(certificates.getCell(11).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(certificates.getCell(12).getCellType()).as("no forecast").isEqualTo(CellType.BLANK);
            assertThat(certificates.getCell(15).getStringCellValue()).isEqualTo("not enough figures yet (3 of 6)");
        }
    }

    @Test
    void anIndicatorSheetListsTheForecastQuartersAndItsChartDrawsTheBand() throws IOException {
        try (XSSFWorkbook workbook = open(Locale.ENGLISH)) {
            XSSFSheet jobs = workbook.getSheet("DIGITAL_JOBS");
            XSSFRow header = jobs.getRow(IndicatorSheet.HEADER_ROW);
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Forecast at deadline");
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Forecast, 80 % band, low");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("Forecast, 80 % band, high");
            // Seven actual quarters (2025-Q1 to 2026-Q3), then the forecast's two to the end of this test's fan.
            XSSFRow lastActual = jobs.getRow(IndicatorSheet.HEADER_ROW + 7);
            assertThat(lastActual.getCell(0).getStringCellValue()).isEqualTo("Q3 2026");
            assertThat(lastActual.getCell(5).getNumericCellValue()).as("the fan starts at the last actual")
                    .isEqualTo(lastActual.getCell(3).getNumericCellValue());
            XSSFRow end = jobs.getRow(IndicatorSheet.HEADER_ROW + 9);
            assertThat(end.getCell(0).getStringCellValue()).isEqualTo("Q1 2027");
            assertThat(end.getCell(3).getCellType()).as("no actual yet").isEqualTo(CellType.BLANK);
            assertThat(end.getCell(5).getNumericCellValue()).isEqualTo(182_000);
            assertThat(end.getCell(6).getNumericCellValue()).isEqualTo(150_000);
            assertThat(end.getCell(7).getNumericCellValue()).isEqualTo(210_000);

            XSSFChart chart = workbook.getSheet("DIGITAL_JOBS").getDrawingPatriarch().getCharts().getFirst();
            var lines = chart.getChartSeries().get(1);
            assertThat(lines.getSeriesCount()).as("path, band low, central, band high").isEqualTo(4);
            assertThat(lines.getSeries(2).getValuesData().getDataRangeReference()).isEqualTo("DIGITAL_JOBS!$F$5:$F$13");

            // No band, no forecast columns.
            assertThat(workbook.getSheet("TECH_CERTIFICATES").getRow(IndicatorSheet.HEADER_ROW).getLastCellNum())
                    .isEqualTo((short) 5);
        }
    }

    @Test
    void theColumnsSpeakTheReportsLanguage() throws IOException {
        try (XSSFWorkbook workbook = open(Locale.forLanguageTag("fr"))) {
            XSSFRow jobs = workbook.getSheet("Synthèse").getRow(5);
            assertThat(jobs.getCell(10).getStringCellValue()).isEqualTo("Progrès modérés (taux de croissance)");
            assertThat(workbook.getSheet("Synthèse").getRow(6).getCell(15).getStringCellValue())
                    .isEqualTo("pas encore assez de chiffres (3 sur 6)");
        }
    }

    private static XSSFWorkbook open(Locale locale) throws IOException {
        ReportContent plain = ReportFixtures.content(ReportFixtures.nationalFilter(),
                ReportFixtures.listed(List.of()));
        IndicatorProgress jobs = plain.indicators().get(0);
        IndicatorProgress certificates = plain.indicators().get(1);
        List<FanPoint> fan = new ArrayList<>();
        fan.add(new FanPoint(jobs.asOf(), jobs.actual(), jobs.actual(), jobs.actual(), jobs.actual(), jobs.actual()));
        fan.add(new FanPoint(jobs.asOf().next(), 120_000, 100_000, 140_000, 90_000, 150_000));
        fan.add(new FanPoint(Quarter.of("2027-Q1"), 182_000, 150_000, 210_000, 130_000, 230_000));
        Forecast jobsForecast = new Forecast(240_000, LocalDate.of(2030, 12, 31), Quarter.of("2030-Q4"), 0.46, null,
                false, 8, 6, 182_000.0, 150_000.0, 210_000.0, 130_000.0, 230_000.0, fan);
        Forecast none = new Forecast(20_000, LocalDate.of(2030, 12, 31), Quarter.of("2030-Q4"), null,
                ChanceNote.NOT_ENOUGH_FIGURES, false, 3, 6, null, null, null, null, null, List.of());
        ReportContent content = new ReportContent(plain.filter(), plain.generatedBy(), plain.generatedAt(),
                plain.thresholds(), plain.sampleFigures(), plain.indicators(), plain.entries(), Map.of(
                        "DIGITAL_JOBS", new Outlook(jobs, jobsForecast,
                                new ProgressMeasure(ProgressMeasure.Category.MODERATE, 0.72, ProgressMeasure.Method.CAGR)),
                        "TECH_CERTIFICATES", new Outlook(certificates, none,
                                new ProgressMeasure(ProgressMeasure.Category.NOT_ENOUGH_FIGURES, null, null))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportWorkbook.write(content, ReportFixtures.texts(locale), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
