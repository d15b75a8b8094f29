package ma.marsad.excelexport;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.StatusThresholds;

/** What the report is: when and by whom it was made, what it covers, how statuses are decided, the sources. */
final class AboutSheet {

    private static final int[] WIDTHS = {26, 30, 90};

    private final Sheet sheet;
    private final ReportTexts texts;
    private final ReportStyles styles;
    private int next;

    private AboutSheet(Sheet sheet, ReportTexts texts, ReportStyles styles) {
        this.sheet = sheet;
        this.texts = texts;
        this.styles = styles;
    }

    static void write(Sheet sheet, ReportContent content, ReportTexts texts, ReportStyles styles) {
        AboutSheet about = new AboutSheet(sheet, texts, styles);
        ReportFilter filter = content.filter();
        about.line(texts.title(), styles.title);
        String warnings = texts.warnings(content.sampleFigures(), filter.includeUnapproved());
        if (!warnings.isEmpty()) {
            Row sample = about.row();
            SafeText.write(sample.createCell(0), warnings, styles.sample);
            for (int c = 1; c < WIDTHS.length; c++) {
                sample.createCell(c).setCellStyle(styles.sample.plain());
            }
        }
        about.next++;

        Row generated = about.row();
        SafeText.write(generated.createCell(0), texts.text("report.file.generated-at"), styles.label);
        ReportCells.dateTime(generated.createCell(1), content.generatedAt().toInstant(), styles.dateTimeAmongTexts);
        about.pair("report.file.generated-by", content.generatedBy());
        about.pair("report.file.quarters-label", texts.quarters(filter));
        about.pair("report.file.col.region", texts.regionsChosen(filter.region()));
        about.pair("report.file.indicators", texts.indicatorsChosen(filter.indicatorCodes()));
        about.pair("report.file.figures", texts.text(filter.includeUnapproved()
                ? "report.file.figures.with-unapproved" : "report.file.figures.approved-only"));
        StatusThresholds thresholds = content.thresholds();
        about.pair("report.file.thresholds-label", texts.thresholds(thresholds.onTrack(), thresholds.atRisk()));
        about.next++;

        about.line(texts.text("report.file.sources"), styles.title);
        Row header = about.row();
        SafeText.write(header.createCell(0), texts.text("report.file.col.indicator"), styles.header);
        SafeText.write(header.createCell(1), texts.text("report.file.source-file"), styles.header);
        SafeText.write(header.createCell(2), texts.text("report.file.quote"), styles.header);
        for (IndicatorProgress progress : content.indicators()) {
            IndicatorDetails indicator = progress.indicator();
            Row row = about.row();
            SafeText.write(row.createCell(0), indicator.code(), styles.text);
            SafeText.write(row.createCell(1), indicator.sourceFile(), styles.text);
            SafeText.write(row.createCell(2), indicator.sourceQuote(), styles.wrapped);
            RowHeights.fit(row, WIDTHS);
        }

        ReportCells.widths(sheet, texts, WIDTHS);
        ReportCells.printOnePageWide(sheet, texts);
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    private void line(String text, SafeText.Style style) {
        SafeText.write(row().createCell(0), text, style);
    }

    private void pair(String labelKey, String value) {
        Row row = row();
        SafeText.write(row.createCell(0), texts.text(labelKey), styles.label);
        SafeText.write(row.createCell(1), value, styles.sentence);
    }
}
