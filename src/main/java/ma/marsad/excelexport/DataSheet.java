package ma.marsad.excelexport;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import ma.marsad.progress.IndicatorProgress;

/**
 * Every stored figure in the report's scope, one row each, streamed: rows leave memory for a temporary
 * file as they are written, so 100,000 figures export in a small heap.
 */
final class DataSheet {

    enum Column {
        INDICATOR("report.file.col.indicator", 24, false), INDICATOR_NAME("report.file.col.indicator-name", 34, false),
        UNIT("report.file.col.unit", 18, false), QUARTER("report.file.col.quarter", 9, false),
        REGION_CODE("report.file.col.region-code", 27, false), REGION("report.file.col.region", 26, false),
        VALUE("report.file.col.value", 12, true), COMMENT("report.file.col.comment", 40, false),
        ENTERED_BY("report.file.col.entered-by", 14, false), ENTERED_AT("report.file.col.entered-at", 18, true),
        ORIGIN("report.file.col.origin", 9, false), IMPORT("report.file.col.import", 8, true),
        IMPORT_FILE("report.file.col.import-file", 28, false),
        // Last, so scripts that read the columns by position before it existed still find theirs.
        STATUS("report.file.col.status", 11, false);

        /** The header's bundle key. */
        final String header;
        final int width;
        final boolean numeric;

        Column(String header, int width, boolean numeric) {
            this.header = header;
            this.width = width;
            this.numeric = numeric;
        }
    }

    private static final Column[] COLUMNS = Column.values();

    private DataSheet() {
    }

    /** @return the number of figures written */
    static int write(SXSSFSheet sheet, ReportContent content, ReportTexts texts, ReportStyles styles) {
        Row header = sheet.createRow(0);
        int[] widths = new int[COLUMNS.length];
        for (Column column : COLUMNS) {
            String words = texts.text(column.header);
            SafeText.write(header.createCell(column.ordinal()), words, styles.header(column.numeric));
            // Never narrower than the header's longest word, which would be cut in two.
            widths[column.ordinal()] = Math.max(column.width, RowHeights.longestWord(words) + 2);
        }
        // Headers wrap (the data's columns are narrow): the row grows to show them whole.
        RowHeights.fit(header, widths);
        // Counts show as 12,500 and megawatts as 1,500.50: both formats are exact, because figures are
        // stored with at most two decimals and counts with none (the import and the form refuse more).
        // General would show them bare, without thousands separators; "#,##0.##" leaves "12,500." in Excel.
        Map<String, Boolean> wholeNumbers = new HashMap<>();
        for (IndicatorProgress progress : content.indicators()) {
            wholeNumbers.put(progress.indicator().code(), progress.indicator().wholeNumbers());
        }
        int[] rows = {0};
        content.entries().forEach(entry -> {
            Row row = sheet.createRow(++rows[0]);
            for (Column column : COLUMNS) {
                Cell cell = row.createCell(column.ordinal());
                switch (column) {
                    case INDICATOR -> SafeText.write(cell, entry.indicatorCode(), styles.text);
                    case INDICATOR_NAME -> SafeText.write(cell, entry.indicatorName(), styles.text);
                    case UNIT -> SafeText.write(cell, entry.unit(), styles.text);
                    // Data, as in the CSV and the import template: 2025-Q3 sorts and filters in time order
                    // and imports back as it is, whatever the report's language.
                    case QUARTER -> SafeText.write(cell, entry.quarter() == null ? null : entry.quarter().toString(),
                            styles.text);
                    case REGION_CODE -> SafeText.write(cell, entry.region() == null ? null : entry.region().name(),
                            styles.text);
                    case REGION -> SafeText.write(cell,
                            entry.region() == null ? null : texts.region(entry.region()), styles.text);
                    case VALUE -> ReportCells.number(cell, entry.value() == null ? null : entry.value().doubleValue(),
                            styles.figure(wholeNumbers.getOrDefault(entry.indicatorCode(), false)));
                    case COMMENT -> SafeText.write(cell, entry.comment(), styles.text);
                    case ENTERED_BY -> SafeText.write(cell, entry.enteredBy(), styles.text);
                    case ENTERED_AT -> ReportCells.dateTime(cell, entry.enteredAt(), styles.dateTime);
                    case ORIGIN -> SafeText.write(cell,
                            entry.origin() == null ? null : texts.origin(entry.origin()), styles.text);
                    case IMPORT -> ReportCells.number(cell,
                            entry.importId() == null ? null : entry.importId().doubleValue(), styles.plainNumber);
                    case IMPORT_FILE -> SafeText.write(cell, entry.importFile(), styles.text);
                    case STATUS -> SafeText.write(cell,
                            entry.status() == null ? null : texts.entryStatus(entry.status()), styles.text);
                }
            }
        });
        ReportCells.layOut(sheet, texts, 0, widths);
        sheet.setAutoFilter(new CellRangeAddress(0, rows[0], 0, COLUMNS.length - 1));
        return rows[0];
    }
}
