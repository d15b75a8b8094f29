package ma.marsad.excelexport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.QuarterPoint;

/**
 * The benchmark's lower bound for the report: the same content (the same summaries, the same figures read
 * from the database through the same cursor) written as bare cells with SXSSF: every sheet streamed, no
 * styles, no widths, no charts, no translations. What is left is reading the data and writing the cells.
 */
final class BareSxssfReport {

    private BareSxssfReport() {
    }

    static void write(ReportContent content, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet summary = workbook.createSheet("Summary");
            int r = 0;
            for (IndicatorProgress p : content.indicators()) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue(p.indicator().code());
                row.createCell(1).setCellValue(p.indicator().name().fr());
                row.createCell(2).setCellValue(p.indicator().unit().fr());
                row.createCell(3).setCellValue(p.actual());
                row.createCell(4).setCellValue(p.expectedToDate());
                row.createCell(5).setCellValue(p.target());
                row.createCell(6).setCellValue(p.percentAchieved() / 100);
                row.createCell(7).setCellValue(p.status().name());
                row.createCell(8).setCellValue(p.forecast() == null ? 0 : p.forecast());
                row.createCell(9).setCellValue(p.runRateNeeded() == null ? 0 : p.runRateNeeded());
                row.createCell(10).setCellValue(p.indicator().sourceFile());
            }
            int sheetNumber = 0;
            for (IndicatorProgress p : content.indicators()) {
                Sheet sheet = workbook.createSheet("I" + ++sheetNumber);
                sheet.createRow(0).createCell(0).setCellValue(p.indicator().code());
                sheet.createRow(1).createCell(0).setCellValue(p.indicator().unit().fr());
                int i = 3;
                for (QuarterPoint point : p.series()) {
                    Row row = sheet.createRow(i++);
                    row.createCell(0).setCellValue(point.quarter().toString());
                    row.createCell(1).setCellValue("All regions");
                    row.createCell(2).setCellValue(point.reported() == null ? 0 : point.reported());
                    row.createCell(3).setCellValue(point.actualToDate());
                    row.createCell(4).setCellValue(point.expected());
                }
            }
            Sheet data = workbook.createSheet("Data");
            int[] d = {0};
            content.entries().forEach(e -> {
                Row row = data.createRow(d[0]++);
                row.createCell(0).setCellValue(e.indicatorCode());
                row.createCell(1).setCellValue(e.indicatorName());
                row.createCell(2).setCellValue(e.unit());
                row.createCell(3).setCellValue(e.quarter().toString());
                row.createCell(4).setCellValue(e.region().name());
                row.createCell(5).setCellValue(e.region().name());
                row.createCell(6).setCellValue(e.value().doubleValue());
                row.createCell(7).setCellValue(e.comment());
                row.createCell(8).setCellValue(e.enteredBy());
                row.createCell(9).setCellValue(e.enteredAt().atOffset(ZoneOffset.UTC).toLocalDateTime());
                row.createCell(10).setCellValue(e.origin().name());
                row.createCell(11).setCellValue(e.importId() == null ? 0 : e.importId());
                row.createCell(12).setCellValue(e.importFile());
                row.createCell(13).setCellValue(e.status().name());
            });
            Sheet about = workbook.createSheet("About");
            for (int a = 0; a < 12; a++) {
                about.createRow(a).createCell(0).setCellValue("About line " + a);
            }
            workbook.write(out);
        }
    }
}
