package ma.marsad.excelexport;

import java.util.Arrays;
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
        INDICATOR(ReportTexts.INDICATOR, 24, false), INDICATOR_NAME(ReportTexts.INDICATOR_NAME, 34, false),
        UNIT(ReportTexts.UNIT, 18, false), QUARTER(ReportTexts.QUARTER, 9, false),
        REGION_CODE(ReportTexts.REGION_CODE, 27, false), REGION(ReportTexts.REGION, 26, false),
        VALUE(ReportTexts.VALUE, 12, true), COMMENT(ReportTexts.COMMENT, 40, false),
        ENTERED_BY(ReportTexts.ENTERED_BY, 14, false), ENTERED_AT(ReportTexts.ENTERED_AT, 18, true),
        ORIGIN(ReportTexts.ORIGIN, 9, false), IMPORT(ReportTexts.IMPORT, 8, true),
        IMPORT_FILE(ReportTexts.IMPORT_FILE, 28, false),
        // Last, so scripts that read the columns by position before it existed still find theirs.
        STATUS(ReportTexts.STATUS, 11, false);

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
    static int write(SXSSFSheet sheet, ReportContent content, ReportStyles styles) {
        Row header = sheet.createRow(0);
        for (Column column : COLUMNS) {
            SafeText.write(header.createCell(column.ordinal()), column.header, styles.header(column.numeric));
        }
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
                    case QUARTER -> SafeText.write(cell, entry.quarter() == null ? null : entry.quarter().toString(),
                            styles.text);
                    case REGION_CODE -> SafeText.write(cell, entry.region() == null ? null : entry.region().name(),
                            styles.text);
                    case REGION -> SafeText.write(cell,
                            entry.region() == null ? null : ReportTexts.region(entry.region()), styles.text);
                    case VALUE -> ReportCells.number(cell, entry.value() == null ? null : entry.value().doubleValue(),
                            styles.figure(wholeNumbers.getOrDefault(entry.indicatorCode(), false)));
                    case COMMENT -> SafeText.write(cell, entry.comment(), styles.text);
                    case ENTERED_BY -> SafeText.write(cell, entry.enteredBy(), styles.text);
                    case ENTERED_AT -> ReportCells.dateTime(cell, entry.enteredAt(), styles.dateTime);
                    case ORIGIN -> SafeText.write(cell,
                            entry.origin() == null ? null : ReportTexts.origin(entry.origin()), styles.text);
                    case IMPORT -> ReportCells.number(cell,
                            entry.importId() == null ? null : entry.importId().doubleValue(), styles.plainNumber);
                    case IMPORT_FILE -> SafeText.write(cell, entry.importFile(), styles.text);
                    case STATUS -> SafeText.write(cell,
                            entry.status() == null ? null : ReportTexts.entryStatus(entry.status()), styles.text);
                }
            }
        });
        ReportCells.layOut(sheet, 0, Arrays.stream(COLUMNS).mapToInt(c -> c.width).toArray());
        sheet.setAutoFilter(new CellRangeAddress(0, rows[0], 0, COLUMNS.length - 1));
        return rows[0];
    }
}
