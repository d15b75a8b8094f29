package ma.marsad.excelimport;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;

/**
 * The workbook clerks download, fill in and upload: an empty Progress sheet with drop-downs and checks,
 * the indicator and region codes to pick from, and a page of instructions. Small, so plain XSSF.
 */
final class ImportTemplate {

    static final String PROGRESS = "Progress";
    static final String INDICATORS = "Indicators";
    static final String REGIONS = "Regions";
    static final String INSTRUCTIONS = "Instructions";
    static final String INDICATOR_CODES = "IndicatorCodes";
    static final String REGION_CODES = "RegionCodes";
    /** Rows 2 to this one of the Progress sheet are pre-formatted and checked as clerks type. */
    static final int LAST_PREPARED_ROW = 1001;

    private static final List<String> NAME_HEADERS = List.of("Code", "Nom (FR)", "Name (EN)", "الاسم (AR)");
    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private static final List<String> INSTRUCTION_LINES = List.of(
            "How to fill in the Progress sheet",
            "One row per indicator, quarter and region. Row 1 holds the headers: keep them.",
            "Indicator: a code from the Indicators sheet (pick it from the list); its name in French, English or Arabic also works.",
            "Period: the quarter, e.g. 2025-Q3 (Q3 2025, T3 2025 or a date in the quarter also work).",
            "Region: a code from the Regions sheet; leave it blank for a national figure.",
            "Value: the quarter's own figure, a number of 0 or more; whole numbers for counts.",
            "Comment: optional, anything the reviewers should know about the figure.",
            "Blank rows are skipped.",
            "The same indicator, quarter and region twice in the file is an error: keep one row.",
            "Upload the file and press Check first: it lists every error, row by row, and stores nothing.",
            "The file is stored all or nothing: if one row has an error, no row is stored.");

    private ImportTemplate() {
    }

    static void write(List<IndicatorDetails> indicators, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            TemplateStyles styles = new TemplateStyles(workbook);
            XSSFSheet progress = workbook.createSheet(PROGRESS);
            writeIndicators(workbook.createSheet(INDICATORS), indicators, styles);
            writeRegions(workbook.createSheet(REGIONS), styles);
            writeInstructions(workbook.createSheet(INSTRUCTIONS), styles);
            defineName(workbook, INDICATOR_CODES, INDICATORS, indicators.size());
            defineName(workbook, REGION_CODES, REGIONS, Region.values().length);
            writeProgress(progress, styles);
            workbook.setActiveSheet(0);
            workbook.setFirstVisibleTab(0);
            workbook.write(out);
        }
    }

    /** Column widths in characters, shared with the annotated copy so both look alike. */
    static int widthInCharacters(ImportColumn column) {
        return switch (column) {
            case INDICATOR -> 26;
            case PERIOD -> 12;
            case REGION -> 28;
            case VALUE -> 14;
            case COMMENT -> 50;
        };
    }

    private static String note(ImportColumn column) {
        return switch (column) {
            case INDICATOR -> "Code from the Indicators sheet (a name in French, English or Arabic also works)";
            case PERIOD -> "Quarter, e.g. 2025-Q3 (also Q3 2025, T3 2025, or a date in the quarter)";
            case REGION -> "Code from the Regions sheet; leave blank for National";
            case VALUE -> "The quarter's figure: a number, 0 or more. Whole numbers for counts.";
            case COMMENT -> "Optional";
        };
    }

    private static void writeProgress(XSSFSheet sheet, TemplateStyles styles) {
        Row header = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (ImportColumn column : ImportColumn.values()) {
            int index = column.ordinal();
            Cell cell = header.createCell(index);
            cell.setCellValue(column.header());
            cell.setCellStyle(styles.header);
            cell.setCellComment(headerNote(drawing, sheet, index, note(column)));
            sheet.setColumnWidth(index, widthInCharacters(column) * 256);
        }
        sheet.createFreezePane(0, 1);
        fitToPageWidth(sheet);
        // Blank cells carrying the formats, not data: a reader sees no value in them, so the empty
        // template still imports as zero rows.
        for (int r = 1; r < LAST_PREPARED_ROW; r++) {
            Row row = sheet.createRow(r);
            row.createCell(ImportColumn.PERIOD.ordinal()).setCellStyle(styles.text);
            row.createCell(ImportColumn.VALUE.ordinal()).setCellStyle(styles.figure);
        }
        addValidations(sheet);
    }

    private static Comment headerNote(Drawing<?> drawing, Sheet sheet, int column, String text) {
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(column + 1);
        anchor.setCol2(column + 4);
        anchor.setRow1(0);
        anchor.setRow2(3);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
        comment.setAuthor("Marsad");
        return comment;
    }

    private static void addValidations(XSSFSheet sheet) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);

        // WARNING, not STOP: a name instead of a code is also accepted, so Excel only asks.
        DataValidation indicator = helper.createValidation(helper.createFormulaListConstraint(INDICATOR_CODES),
                columnRange(ImportColumn.INDICATOR));
        indicator.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        indicator.createErrorBox("Unknown indicator code",
                "This is not a code from the Indicators sheet. Keep it only if it is an indicator's name.");
        indicator.setShowErrorBox(true);
        indicator.createPromptBox("Indicator", "Pick a code from the list (see the Indicators sheet).");
        indicator.setShowPromptBox(true);
        sheet.addValidationData(indicator);

        DataValidation region = helper.createValidation(helper.createFormulaListConstraint(REGION_CODES),
                columnRange(ImportColumn.REGION));
        region.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        region.createErrorBox("Unknown region code",
                "This is not a code from the Regions sheet. Keep it only if it is a region's name.");
        region.setShowErrorBox(true);
        region.createPromptBox("Region", "Pick a code from the list; leave blank for National.");
        region.setShowPromptBox(true);
        sheet.addValidationData(region);

        DataValidationConstraint notNegative = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        DataValidation value = helper.createValidation(notNegative, columnRange(ImportColumn.VALUE));
        value.setErrorStyle(DataValidation.ErrorStyle.STOP);
        value.createErrorBox("Not a figure", "Type a number, 0 or more, without units or text (e.g. 1250 or 12.5).");
        value.setShowErrorBox(true);
        sheet.addValidationData(value);
    }

    private static CellRangeAddressList columnRange(ImportColumn column) {
        return new CellRangeAddressList(1, LAST_PREPARED_ROW - 1, column.ordinal(), column.ordinal());
    }

    private static void defineName(XSSFWorkbook workbook, String name, String sheet, int rows) {
        Name defined = workbook.createName();
        defined.setNameName(name);
        // An empty list still needs a valid range: the first data row.
        int lastRow = Math.max(rows, 1) + 1;
        defined.setRefersToFormula(sheet + "!$A$2:$A$" + lastRow);
    }

    private static void writeIndicators(Sheet sheet, List<IndicatorDetails> indicators, TemplateStyles styles) {
        List<String> headers = new ArrayList<>(NAME_HEADERS);
        headers.addAll(List.of("Unit", "Kind", "Start", "Deadline", "Target"));
        writeHeader(sheet, headers, styles, 24, 40, 40, 40, 18, 12, 12, 12, 14);
        int r = 1;
        for (IndicatorDetails indicator : indicators) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(indicator.code());
            row.createCell(1).setCellValue(indicator.name().in(Locale.FRENCH));
            row.createCell(2).setCellValue(indicator.name().in(Locale.ENGLISH));
            row.createCell(3).setCellValue(indicator.name().in(ARABIC));
            row.createCell(4).setCellValue(indicator.unit() == null ? "" : indicator.unit().in(Locale.ENGLISH));
            row.createCell(5).setCellValue(indicator.kind().name());
            writeDate(row, 6, indicator.startDate(), styles);
            writeDate(row, 7, indicator.deadline(), styles);
            writeTarget(row, 8, indicator.target(), styles);
        }
    }

    private static void writeDate(Row row, int column, LocalDate date, TemplateStyles styles) {
        if (date != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        }
    }

    private static void writeTarget(Row row, int column, BigDecimal target, TemplateStyles styles) {
        if (target != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(target.doubleValue());
            boolean whole = target.stripTrailingZeros().scale() <= 0;
            cell.setCellStyle(whole ? styles.wholeTarget : styles.decimalTarget);
        }
    }

    private static void writeRegions(Sheet sheet, TemplateStyles styles) {
        writeHeader(sheet, NAME_HEADERS, styles, 28, 28, 28, 28);
        int r = 1;
        for (Region region : Region.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(region.name());
            row.createCell(1).setCellValue(region.displayName(Locale.FRENCH));
            row.createCell(2).setCellValue(region.displayName(Locale.ENGLISH));
            row.createCell(3).setCellValue(region.displayName(ARABIC));
        }
    }

    private static void writeInstructions(Sheet sheet, TemplateStyles styles) {
        sheet.setColumnWidth(0, 110 * 256);
        for (int r = 0; r < INSTRUCTION_LINES.size(); r++) {
            Cell cell = sheet.createRow(r).createCell(0);
            cell.setCellValue(INSTRUCTION_LINES.get(r));
            if (r == 0) {
                cell.setCellStyle(styles.title);
            }
        }
    }

    private static void writeHeader(Sheet sheet, List<String> headers, TemplateStyles styles, int... widths) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        fitToPageWidth(sheet);
    }

    /** Printed, a sheet keeps its columns together on one page width instead of spilling onto extra pages. */
    private static void fitToPageWidth(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
