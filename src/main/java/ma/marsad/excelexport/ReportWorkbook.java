package ma.marsad.excelexport;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ma.marsad.progress.IndicatorProgress;

/**
 * The progress report as an Excel workbook: Summary, one sheet per indicator with its chart, Data (every
 * figure), Partners (every commitment) and About. The small sheets and the charts are built in memory with XSSF; the workbook is then
 * wrapped in SXSSF so that Data, which may hold 100,000 rows, streams through a temporary file instead.
 */
final class ReportWorkbook {

    /** Rows of the Data sheet kept in memory before they are flushed to the temporary file. */
    private static final int ROWS_IN_MEMORY = 500;

    private ReportWorkbook() {
    }

    static void write(ReportContent content, ReportTexts texts, OutputStream out) throws IOException {
        XSSFWorkbook xssf = new XSSFWorkbook();
        ReportStyles styles = new ReportStyles(xssf, texts.rightToLeft());
        SheetNames names = new SheetNames(texts.indicator(), texts.summarySheet(), texts.dataSheet(),
                texts.aboutSheet(), texts.text("report.file.sheet.partners"));
        Map<String, String> indicatorSheets = new LinkedHashMap<>();
        Map<String, IndicatorProgress> byCode = new LinkedHashMap<>();
        for (IndicatorProgress progress : content.indicators()) {
            indicatorSheets.computeIfAbsent(progress.indicator().code(), names::claim);
            byCode.putIfAbsent(progress.indicator().code(), progress);
        }
        SummarySheet.write(sheet(xssf.createSheet(texts.summarySheet()), texts), content, texts, styles,
                indicatorSheets);
        // One sheet per code, even if an indicator were listed twice.
        byCode.forEach((code, progress) -> IndicatorSheet.write(sheet(xssf.createSheet(indicatorSheets.get(code)),
                texts), progress, content.outlooks().containsKey(code) ? content.outlooks().get(code).forecast() : null,
                content.filter(), content.sampleFigures(), texts, styles));

        // Wrapped only now: SXSSF keeps the rows of the sheets that exist and streams those created through
        // it. Until here everything was in memory, so there is nothing to clean up if building failed;
        // from here close() deletes SXSSF's temporary files, whatever happens.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(xssf, ROWS_IN_MEMORY)) {
            DataSheet.write(sheet(workbook.createSheet(texts.dataSheet()), texts), content, texts, styles);
            PartnersSheet.write(sheet(workbook.createSheet(texts.text("report.file.sheet.partners")), texts), content,
                    texts, styles);
            AboutSheet.write(sheet(workbook.createSheet(texts.aboutSheet()), texts), content, texts, styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    /** Every sheet reads in the report's direction: right to left in Arabic. */
    private static <S extends Sheet> S sheet(S sheet, ReportTexts texts) {
        sheet.setRightToLeft(texts.rightToLeft());
        return sheet;
    }
}
