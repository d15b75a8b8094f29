package ma.marsad.excelimport;

import ma.marsad.base.Messages;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
import org.springframework.context.MessageSource;

import ma.marsad.base.FileLanguage;
import ma.marsad.base.FormulaText;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;

/**
 * The workbook clerks download, fill in and upload: an empty Progress sheet with drop-downs and checks,
 * the indicator and region codes to pick from, and a page of instructions, in one of Marsad's languages
 * (right to left in Arabic). Whatever its language, a filled template imports: its headers are among the
 * names {@link ImportColumn} knows, and its indicator and region names among those {@link Catalog} knows.
 * Small, so plain XSSF.
 */
final class ImportTemplate {

    static final String INDICATOR_CODES = "IndicatorCodes";
    static final String REGION_CODES = "RegionCodes";
    /** Rows 2 to this one of the Progress sheet are pre-formatted and checked as clerks type. */
    static final int LAST_PREPARED_ROW = 1001;

    private static final String PROGRESS = "template.sheet.progress";
    private static final String INDICATORS = "template.sheet.indicators";
    private static final String REGIONS = "template.sheet.regions";
    private static final String INSTRUCTIONS = "template.sheet.instructions";

    private final Messages messages;
    private final Locale locale;
    private final TemplateStyles styles;

    private ImportTemplate(Messages messages, Locale locale, TemplateStyles styles) {
        this.messages = messages;
        this.locale = locale;
        this.styles = styles;
    }

    /** @param messages the texts in {@code locale}'s language */
    static void write(List<IndicatorDetails> indicators, Messages messages, Locale locale, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ImportTemplate template = new ImportTemplate(messages, locale,
                    new TemplateStyles(workbook, FileLanguage.rightToLeft(locale)));
            XSSFSheet progress = template.sheet(workbook, PROGRESS);
            String indicatorSheet = messages.text(INDICATORS);
            String regionSheet = messages.text(REGIONS);
            template.writeIndicators(template.sheet(workbook, INDICATORS), indicators);
            template.writeRegions(template.sheet(workbook, REGIONS));
            TemplateInstructions.write(template.sheet(workbook, INSTRUCTIONS), indicators, messages, locale,
                    template.styles);
            defineName(workbook, INDICATOR_CODES, indicatorSheet, indicators.size());
            defineName(workbook, REGION_CODES, regionSheet, Region.values().length);
            template.writeProgress(progress);
            workbook.setActiveSheet(0);
            workbook.setFirstVisibleTab(0);
            workbook.write(out);
        }
    }

    /**
     * The names the template gives its reference sheets, in every language: a filled template in any of
     * them has sheets that hold no figures and deserve no warning.
     */
    static Set<String> referenceSheets(MessageSource source) {
        Set<String> names = new HashSet<>();
        for (Locale language : List.of(Locale.ENGLISH, Locale.FRENCH, FileLanguage.ARABIC)) {
            Messages messages = Messages.of(source, language);
            List.of(INDICATORS, REGIONS, INSTRUCTIONS).forEach(key -> names.add(messages.text(key)));
        }
        return names;
    }

    /** Column widths in characters, shared with the annotated copy so both look alike. */
    static int widthInCharacters(ImportColumn column) {
        return switch (column) {
            case INDICATOR -> 26;
            case PERIOD -> 18;
            case REGION -> 28;
            case VALUE -> 14;
            case COMMENT -> 50;
        };
    }

    private XSSFSheet sheet(XSSFWorkbook workbook, String key) {
        XSSFSheet sheet = workbook.createSheet(messages.text(key));
        sheet.setRightToLeft(FileLanguage.rightToLeft(locale));
        return sheet;
    }

    private void writeProgress(XSSFSheet sheet) {
        Row header = sheet.createRow(0);
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        for (ImportColumn column : ImportColumn.values()) {
            int index = column.ordinal();
            Cell cell = header.createCell(index);
            cell.setCellValue(messages.text(column.headerKey()));
            cell.setCellStyle(styles.header);
            cell.setCellComment(headerNote(drawing, sheet, index, messages.text("template.note." + column.name())));
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

    private void addValidations(XSSFSheet sheet) {
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);

        // WARNING, not STOP: a name instead of a code is also accepted, so Excel only asks.
        DataValidation indicator = helper.createValidation(helper.createFormulaListConstraint(INDICATOR_CODES),
                columnRange(ImportColumn.INDICATOR));
        indicator.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        indicator.createErrorBox(messages.text("template.check.indicator.title"),
                messages.text("template.check.indicator.text"));
        indicator.setShowErrorBox(true);
        indicator.createPromptBox(messages.text(ImportColumn.INDICATOR.headerKey()),
                messages.text("template.check.indicator.prompt"));
        indicator.setShowPromptBox(true);
        sheet.addValidationData(indicator);

        DataValidation region = helper.createValidation(helper.createFormulaListConstraint(REGION_CODES),
                columnRange(ImportColumn.REGION));
        region.setErrorStyle(DataValidation.ErrorStyle.WARNING);
        region.createErrorBox(messages.text("template.check.region.title"), messages.text("template.check.region.text"));
        region.setShowErrorBox(true);
        region.createPromptBox(messages.text(ImportColumn.REGION.headerKey()),
                messages.text("template.check.region.prompt"));
        region.setShowPromptBox(true);
        sheet.addValidationData(region);

        DataValidationConstraint notNegative = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null);
        DataValidation value = helper.createValidation(notNegative, columnRange(ImportColumn.VALUE));
        value.setErrorStyle(DataValidation.ErrorStyle.STOP);
        value.createErrorBox(messages.text("template.check.value.title"), messages.text("template.check.value.text"));
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
        // Quoted: "Régions" or "الجهات" is not a bare name a formula may use.
        defined.setRefersToFormula("'" + sheet.replace("'", "''") + "'!$A$2:$A$" + lastRow);
    }

    private void writeIndicators(Sheet sheet, List<IndicatorDetails> indicators) {
        List<String> headers = new ArrayList<>(nameHeaders());
        for (String key : List.of("unit", "kind", "start", "deadline", "target")) {
            headers.add(messages.text("template.list." + key));
        }
        writeHeader(sheet, headers, 24, 40, 40, 40, 18, 12, 12, 12, 14);
        int r = 1;
        for (IndicatorDetails indicator : indicators) {
            Row row = sheet.createRow(r++);
            text(row, 0, indicator.code());
            text(row, 1, indicator.name().in(Locale.FRENCH));
            text(row, 2, indicator.name().in(Locale.ENGLISH));
            text(row, 3, indicator.name().in(FileLanguage.ARABIC));
            text(row, 4, indicator.unit() == null ? "" : indicator.unit().in(locale));
            text(row, 5, messages.text("kind." + indicator.kind().name()));
            writeDate(row, 6, indicator.startDate());
            writeDate(row, 7, indicator.deadline());
            writeTarget(row, 8, indicator.target());
        }
    }

    /** Code, then the name in each language: a clerk may type any of them instead of the code. */
    private List<String> nameHeaders() {
        return List.of(messages.text("template.list.code"), messages.text("template.list.name-fr"),
                messages.text("template.list.name-en"), messages.text("template.list.name-ar"));
    }

    private void writeDate(Row row, int column, LocalDate date) {
        if (date != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        }
    }

    private void writeTarget(Row row, int column, BigDecimal target) {
        if (target != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(target.doubleValue());
            boolean whole = target.stripTrailingZeros().scale() <= 0;
            cell.setCellStyle(whole ? styles.wholeTarget : styles.decimalTarget);
        }
    }

    private void writeRegions(Sheet sheet) {
        writeHeader(sheet, nameHeaders(), 28, 28, 28, 28);
        int r = 1;
        for (Region region : Region.values()) {
            Row row = sheet.createRow(r++);
            text(row, 0, region.name());
            text(row, 1, region.displayName(Locale.FRENCH));
            text(row, 2, region.displayName(Locale.ENGLISH));
            text(row, 3, region.displayName(FileLanguage.ARABIC));
        }
    }

    /** A name from the database: quote-prefixed when a spreadsheet could take it for a formula. */
    private void text(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(FormulaText.looksLikeFormula(text) ? styles.quotedListText : styles.listText);
    }

    private void writeHeader(Sheet sheet, List<String> headers, int... widths) {
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
    static void fitToPageWidth(Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }
}
