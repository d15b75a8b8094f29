package ma.marsad.excelexport;

import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ma.marsad.progress.ProgressStatus;

/**
 * The report's few styles, made once per workbook: a workbook holds at most 64,000 styles, and one per
 * cell would also make the file slow to open. The streamed sheets share them through the XSSF workbook.
 * Right to left (Arabic), they mirror: texts start on the right, figures end on the left.
 */
final class ReportStyles {

    static final String WHOLE = "#,##0";
    static final String DECIMAL = "#,##0.00";
    static final String PERCENT = "0.0%";
    static final String DATE = "dd/mm/yyyy";
    static final String DATE_TIME = "dd/mm/yyyy hh:mm";

    /** The dashboard's status colours, white text on each. */
    private static final Map<ProgressStatus, String> STATUS_COLOURS = Map.of(
            ProgressStatus.ACHIEVED, "0b5d2a",
            ProgressStatus.ON_TRACK, "1b7a3e",
            ProgressStatus.AT_RISK, "8a5300",
            ProgressStatus.OFF_TRACK, "a8201a",
            ProgressStatus.NO_DATA, "5c6670");
    private static final String HEADER_FILL = "dde3ea";
    private static final String SAMPLE_FILL = "fff1c2";

    final SafeText.Style title;
    final SafeText.Style subtitle;
    final SafeText.Style sample;
    final SafeText.Style header;
    /** The header over a column of numbers, aligned with them. */
    final SafeText.Style numberHeader;
    /** Data: codes, names, comments, file names, each read in its own direction. */
    final SafeText.Style text;
    final SafeText.Style wrapped;
    /** One of the report's own sentences among texts (the About sheet's values). */
    final SafeText.Style sentence;
    final SafeText.Style label;
    final SafeText.Style link;
    private final XSSFFont regular;
    private final Map<ProgressStatus, SafeText.Style> statuses = new EnumMap<>(ProgressStatus.class);

    final CellStyle whole;
    final CellStyle decimal;
    final CellStyle percent;
    /** A chance, in whole percent as the dashboard writes it. */
    final CellStyle chance;
    final CellStyle date;
    final CellStyle dateTime;
    /** A date-time among texts (the About sheet), aligned with them rather than with figures. */
    final CellStyle dateTimeAmongTexts;
    final CellStyle plainNumber;
    /** Where a line of text starts, and where a figure ends: mirrored right to left. */
    private final HorizontalAlignment start;
    private final HorizontalAlignment end;
    /** How the report's own words read: right to left in Arabic, whatever letter a line starts with. */
    private final ReadingOrder wording;

    ReportStyles(XSSFWorkbook workbook, boolean rightToLeft) {
        // Left to right, text keeps the spreadsheet's own alignment. Right to left it is set: the reading
        // order stays the cell's own (a French quote or a code reads left to right), so without it Excel
        // would put such a text at the left of an Arabic sheet.
        start = rightToLeft ? HorizontalAlignment.RIGHT : HorizontalAlignment.GENERAL;
        end = rightToLeft ? HorizontalAlignment.LEFT : HorizontalAlignment.RIGHT;
        // Without it, LibreOffice lays an Arabic sentence out left to right: its final stop lands on the
        // wrong side and a code inside it ("name — DIGITAL_JOBS") swaps places with the words around it.
        // Data keeps the reading order of its own first letter: a French quote or 2025-Q3 must not turn.
        wording = rightToLeft ? ReadingOrder.RIGHT_TO_LEFT : ReadingOrder.CONTEXT;
        // Every style names its font: LibreOffice shows cells that only inherit the workbook's default font
        // in its own default face (Liberation Sans 10) instead of Calibri.
        regular = workbook.createFont();
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        XSSFFont grey = workbook.createFont();
        grey.setColor(colour("4a5560"));
        XSSFFont white = workbook.createFont();
        white.setBold(true);
        white.setColor(colour("ffffff"));

        title = words(workbook, s -> s.setFont(big));
        subtitle = words(workbook, s -> s.setFont(grey));
        sample = words(workbook, s -> {
            s.setFont(bold);
            fill(s, SAMPLE_FILL);
        });
        Look headerLook = s -> {
            s.setFont(bold);
            fill(s, HEADER_FILL);
            s.setBorderBottom(BorderStyle.THIN);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
        };
        header = words(workbook, headerLook);
        numberHeader = words(workbook, s -> {
            headerLook.apply(s);
            padEnd(s);
        });
        text = text(workbook, s -> s.setVerticalAlignment(VerticalAlignment.TOP));
        wrapped = text(workbook, s -> {
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(true);
        });
        sentence = words(workbook, s -> s.setVerticalAlignment(VerticalAlignment.TOP));

        label = words(workbook, s -> {
            s.setFont(bold);
            s.setVerticalAlignment(VerticalAlignment.TOP);
        });
        XSSFFont underlined = workbook.createFont();
        underlined.setUnderline(FontUnderline.SINGLE);
        underlined.setColor(colour("1f5fa8"));
        link = text(workbook, s -> {
            s.setFont(underlined);
            s.setVerticalAlignment(VerticalAlignment.TOP);
        });
        STATUS_COLOURS.forEach((status, rgb) -> statuses.put(status, words(workbook, s -> {
            s.setFont(white);
            fill(s, rgb);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.TOP);
        })));

        whole = number(workbook, WHOLE);
        decimal = number(workbook, DECIMAL);
        percent = number(workbook, PERCENT);
        chance = number(workbook, "0%");
        date = number(workbook, DATE);
        dateTime = number(workbook, DATE_TIME);
        dateTimeAmongTexts = number(workbook, DATE_TIME);
        dateTimeAmongTexts.setAlignment(rightToLeft ? HorizontalAlignment.RIGHT : HorizontalAlignment.LEFT);
        dateTimeAmongTexts.setIndention((short) 0);
        plainNumber = number(workbook, "0");
    }

    SafeText.Style status(ProgressStatus status) {
        return statuses.get(status);
    }

    SafeText.Style header(boolean overNumbers) {
        return overNumbers ? numberHeader : header;
    }

    CellStyle figure(boolean wholeNumbers) {
        return wholeNumbers ? whole : decimal;
    }

    private interface Look {
        void apply(XSSFCellStyle style);
    }

    /** A style for the report's own words, read in the report's direction. */
    private SafeText.Style words(XSSFWorkbook workbook, Look look) {
        return text(workbook, s -> {
            look.apply(s);
            s.setReadingOrder(wording);
        });
    }

    private SafeText.Style text(XSSFWorkbook workbook, Look look) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(regular);
        style.setAlignment(start);
        look.apply(style);
        return SafeText.Style.of(workbook, style);
    }

    private CellStyle number(XSSFWorkbook workbook, String format) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(regular);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        padEnd(style);
        return style;
    }

    /** Aligned a character short of the end, so a figure does not run into the text beside it. */
    private void padEnd(XSSFCellStyle style) {
        style.setAlignment(end);
        style.setIndention((short) 1);
    }

    private static void fill(XSSFCellStyle style, String rgb) {
        style.setFillForegroundColor(colour(rgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static XSSFColor colour(String rgb) {
        return new XSSFColor(HexFormat.of().parseHex(rgb), null);
    }
}
