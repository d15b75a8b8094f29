package ma.marsad.excelimport;

import ma.marsad.base.Messages;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;

/**
 * The template's page of instructions: the rules, then two rows as a clerk of the template's language would
 * type them. The example has no header row: one naming the columns would make the reader take this sheet
 * for figures and import the example.
 */
final class TemplateInstructions {

    private static final int LINES = 11;
    /** The quarter the examples use: any quarter would do, this one reads well in every language. */
    private static final Quarter EXAMPLE_QUARTER = new Quarter(2025, 3);

    private final Sheet sheet;
    private final TemplateStyles styles;

    private TemplateInstructions(Sheet sheet, TemplateStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    static void write(Sheet sheet, List<IndicatorDetails> indicators, Messages messages, Locale locale,
                      TemplateStyles styles) {
        TemplateInstructions instructions = new TemplateInstructions(sheet, styles);
        // The Progress sheet's widths, so the example lines up as it would there.
        for (ImportColumn column : ImportColumn.values()) {
            sheet.setColumnWidth(column.ordinal(), ImportTemplate.widthInCharacters(column) * 256);
        }
        int r = 0;
        instructions.title(r++, messages.text("template.instructions.title"));
        for (int line = 1; line <= LINES; line++) {
            instructions.paragraph(r++, messages.text("template.instructions." + line));
        }
        r++;
        instructions.title(r++, messages.text("template.example.title"));
        IndicatorDetails first = indicators.isEmpty() ? null : indicators.getFirst();
        String code = first == null ? "DIGITAL_JOBS" : first.code();
        String name = first == null ? code : first.name().in(locale);
        instructions.exampleRow(r++, code, EXAMPLE_QUARTER.displayName(locale),
                Region.CASABLANCA_SETTAT.displayName(locale), 1250, messages.text("template.example.comment"));
        instructions.exampleRow(r, name, EXAMPLE_QUARTER.toString(), "", 300, "");
        ImportTemplate.fitToPageWidth(sheet);
    }

    private void title(int rowIndex, String text) {
        Cell cell = sheet.createRow(rowIndex).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.title);
    }

    /**
     * A line across the example's columns, wrapped rather than overflowing: right to left, spreadsheets cut
     * an overflowing text at the sheet's edge.
     */
    private void paragraph(int rowIndex, String text) {
        Row row = sheet.createRow(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(styles.paragraph);
        int columns = ImportColumn.values().length;
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
        // Merged cells do not grow to fit their text: 15 points for each (generously counted) line.
        int width = Arrays.stream(ImportColumn.values()).mapToInt(ImportTemplate::widthInCharacters).sum();
        int lines = (int) Math.ceil(text.length() * 1.2 / width);
        if (lines > 1) {
            row.setHeightInPoints(lines * 15f);
        }
    }

    private void exampleRow(int rowIndex, String indicator, String period, String region, double value,
                            String comment) {
        Row row = sheet.createRow(rowIndex);
        text(row, ImportColumn.INDICATOR, indicator);
        text(row, ImportColumn.PERIOD, period);
        text(row, ImportColumn.REGION, region);
        Cell figure = row.createCell(ImportColumn.VALUE.ordinal());
        figure.setCellValue(value);
        figure.setCellStyle(styles.figure);
        text(row, ImportColumn.COMMENT, comment);
    }

    private void text(Row row, ImportColumn column, String text) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellValue(text);
        cell.setCellStyle(ma.marsad.base.FormulaText.looksLikeFormula(text) ? styles.quotedListText : styles.listText);
    }
}
