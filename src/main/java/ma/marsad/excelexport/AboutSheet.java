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
    private final ReportStyles styles;
    private int next;

    private AboutSheet(Sheet sheet, ReportStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    static void write(Sheet sheet, ReportContent content, ReportStyles styles) {
        AboutSheet about = new AboutSheet(sheet, styles);
        ReportFilter filter = content.filter();
        about.line(ReportTexts.TITLE, styles.title);
        String warnings = ReportTexts.warnings(content.sampleFigures(), filter.includeUnapproved());
        if (!warnings.isEmpty()) {
            Row sample = about.row();
            SafeText.write(sample.createCell(0), warnings, styles.sample);
            for (int c = 1; c < WIDTHS.length; c++) {
                sample.createCell(c).setCellStyle(styles.sample.plain());
            }
        }
        about.next++;

        Row generated = about.row();
        SafeText.write(generated.createCell(0), ReportTexts.GENERATED_AT, styles.label);
        ReportCells.dateTime(generated.createCell(1), content.generatedAt().toInstant(), styles.dateTimeLeft);
        about.pair(ReportTexts.GENERATED_BY, content.generatedBy());
        about.pair(ReportTexts.QUARTERS, ReportTexts.quarters(filter));
        about.pair(ReportTexts.REGION, ReportTexts.regionsChosen(filter.region()));
        about.pair(ReportTexts.INDICATORS, ReportTexts.indicatorsChosen(filter.indicatorCodes()));
        about.pair(ReportTexts.FIGURES,
                filter.includeUnapproved() ? ReportTexts.WITH_UNAPPROVED : ReportTexts.APPROVED_ONLY);
        StatusThresholds thresholds = content.thresholds();
        about.pair(ReportTexts.STATUS_THRESHOLDS, ReportTexts.thresholds(thresholds.onTrack(), thresholds.atRisk()));
        about.next++;

        about.line(ReportTexts.SOURCES, styles.title);
        Row header = about.row();
        SafeText.write(header.createCell(0), ReportTexts.INDICATOR, styles.header);
        SafeText.write(header.createCell(1), ReportTexts.SOURCE_FILE, styles.header);
        SafeText.write(header.createCell(2), ReportTexts.QUOTE, styles.header);
        for (IndicatorProgress progress : content.indicators()) {
            IndicatorDetails indicator = progress.indicator();
            Row row = about.row();
            SafeText.write(row.createCell(0), indicator.code(), styles.text);
            SafeText.write(row.createCell(1), indicator.sourceFile(), styles.text);
            SafeText.write(row.createCell(2), indicator.sourceQuote(), styles.wrapped);
            RowHeights.fit(row, WIDTHS);
        }

        ReportCells.widths(sheet, WIDTHS);
        ReportCells.printOnePageWide(sheet);
    }

    private Row row() {
        return sheet.createRow(next++);
    }

    private void line(String text, SafeText.Style style) {
        SafeText.write(row().createCell(0), text, style);
    }

    private void pair(String label, String value) {
        Row row = row();
        SafeText.write(row.createCell(0), label, styles.label);
        SafeText.write(row.createCell(1), value, styles.text);
    }
}
