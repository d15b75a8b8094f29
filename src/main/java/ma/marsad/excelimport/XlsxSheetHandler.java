package ma.marsad.excelimport;

import ma.marsad.progress.CellValue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet's XML (xl/worksheets/sheetN.xml) with SAX and passes its rows on as they end.
 * Holds one cell's text at a time, so memory does not grow with the sheet.
 */
final class XlsxSheetHandler extends DefaultHandler {

    private static final int NOWHERE = 0;
    private static final int IN_VALUE = 1;
    private static final int IN_FORMULA = 2;

    private final String sheet;
    private final List<String> sharedStrings;
    private final XlsxDateStyles dateStyles;
    private final boolean date1904;
    private final RowAssembler rows;
    private final ReadingDeadline deadline;
    private final ReadingLimits limits;

    private boolean started;
    private int rowNumber;
    private int column;
    private boolean inCell;
    private String type;
    private int style;
    private boolean hasValue;
    private boolean hasFormula;
    private boolean inInlineString;
    private boolean inPhonetic;
    private int capturing = NOWHERE;
    private final StringBuilder value = new StringBuilder(64);
    private final StringBuilder formula = new StringBuilder(64);

    XlsxSheetHandler(String sheet, List<String> sharedStrings, XlsxDateStyles dateStyles, boolean date1904,
                     RowAssembler rows, ReadingDeadline deadline, ReadingLimits limits) {
        this.sheet = sheet;
        this.sharedStrings = sharedStrings;
        this.dateStyles = dateStyles;
        this.date1904 = date1904;
        this.rows = rows;
        this.deadline = deadline;
        this.limits = limits;
    }

    /** Ends the sheet once its XML has been read to the end. */
    void finish() {
        start(0);
        rows.endSheet();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        deadline.tick();
        switch (localName) {
            case "dimension" -> start(rowOfReference(attributes.getValue("ref")));
            case "sheetData" -> start(0);
            case "row" -> {
                start(0);
                rowNumber = parseDigits(attributes.getValue("r"), rowNumber + 1);
                column = -1;
            }
            case "c" -> startCell(attributes);
            case "v" -> {
                if (inCell) {
                    hasValue = true;
                    value.setLength(0);
                    capturing = IN_VALUE;
                }
            }
            case "f" -> {
                if (inCell) {
                    hasFormula = true;
                    formula.setLength(0);
                    capturing = IN_FORMULA;
                }
            }
            case "is" -> {
                if (inCell) {
                    hasValue = true;
                    inInlineString = true;
                    value.setLength(0);
                }
            }
            case "t" -> {
                if (inInlineString && !inPhonetic) {
                    capturing = IN_VALUE;
                }
            }
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "f", "t" -> capturing = NOWHERE;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInlineString = false;
            case "c" -> {
                if (inCell) {
                    inCell = false;
                    CellValue cell = cellValue();
                    if (cell != null) {
                        rows.add(rowNumber, column, cell);
                    }
                }
            }
            case "row" -> rows.endRow();
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        deadline.tick();
        if (capturing == IN_VALUE) {
            append(value, ch, start, length, limits);
        } else if (capturing == IN_FORMULA) {
            append(formula, ch, start, length, limits);
        }
    }

    /**
     * Adds a piece of a cell's text, refusing the file once the text passes the cell limit (Excel's 32,767
     * characters by default): only a hand-made file holds more, and a cell of hundreds of megabytes (within
     * the zip-bomb ratio) must not fill the memory.
     */
    static void append(StringBuilder text, char[] ch, int start, int length, ReadingLimits limits) {
        limits.checkCell(text.length() + length);
        text.append(ch, start, length);
    }

    private void start(int lastRowHint) {
        if (!started) {
            started = true;
            rows.startSheet(sheet, lastRowHint);
        }
    }

    private void startCell(Attributes attributes) {
        inCell = true;
        column = columnOfReference(attributes.getValue("r"), column + 1);
        type = attributes.getValue("t");
        style = parseDigits(attributes.getValue("s"), 0);
        hasValue = false;
        hasFormula = false;
        inInlineString = false;
        inPhonetic = false;
    }

    /** The cell just read, or null when it holds nothing. */
    private CellValue cellValue() throws SAXException {
        if (!hasValue || value.isEmpty()) {
            if (hasValue && ("str".equals(type) || "inlineStr".equals(type))) {
                return null; // a formula whose result is the empty string, or an empty inline string
            }
            return hasFormula ? CellValue.formulaWithoutValue(formula.toString()) : null;
        }
        if (type == null || "n".equals(type)) {
            return numeric(value.toString());
        }
        return switch (type) {
            case "s" -> textOrNull(sharedString());
            case "str", "inlineStr" -> CellValue.text(value.toString());
            case "b" -> CellValue.bool(value.length() == 1 ? value.charAt(0) == '1' : "true".contentEquals(value));
            case "e" -> CellValue.error(value.toString());
            case "d" -> isoDate(value.toString());
            default -> CellValue.text(value.toString());
        };
    }

    private CellValue numeric(String text) {
        double number;
        try {
            number = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return CellValue.text(text); // not a number after all: show the clerk what is there
        }
        if (!Double.isFinite(number)) {
            return CellValue.text(text); // NaN or 1e400: only a hand-made file holds these; not a figure
        }
        if (dateStyles.isDate(style) && DateUtil.isValidExcelDate(number)) {
            return CellValue.date(number, DateUtil.getLocalDateTime(number, date1904, true));
        }
        return CellValue.number(number);
    }

    private String sharedString() throws SAXException {
        int index = parseDigits(value.toString().strip(), -1);
        if (index < 0 || index >= sharedStrings.size()) {
            throw new SAXException("Cell " + column + " of row " + rowNumber + " in sheet '" + sheet
                    + "' refers to shared string " + value + ", which does not exist");
        }
        return sharedStrings.get(index);
    }

    private static CellValue textOrNull(String text) {
        return text.isEmpty() ? null : CellValue.text(text);
    }

    /** A t="d" cell holds an ISO 8601 date (rare: Excel writes dates as numbers). */
    private CellValue isoDate(String text) {
        try {
            LocalDateTime dateTime = text.indexOf('T') < 0
                    ? LocalDate.parse(text).atStartOfDay()
                    : LocalDateTime.parse(text.endsWith("Z") ? text.substring(0, text.length() - 1) : text);
            return CellValue.date(DateUtil.getExcelDate(dateTime, date1904), dateTime);
        } catch (DateTimeParseException e) {
            return CellValue.text(text);
        }
    }

    /** A non-negative decimal integer, or {@code otherwise} when the text is absent or not one. */
    static int parseDigits(String text, int otherwise) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return otherwise;
        }
        int result = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return otherwise;
            }
            result = result * 10 + (ch - '0');
        }
        return result;
    }

    /** The column of a reference such as AA12 (26), or {@code otherwise} when it has no letters. */
    static int columnOfReference(String reference, int otherwise) {
        if (reference == null) {
            return otherwise;
        }
        int column = 0;
        int i = 0;
        // Excel's last column is XFD; more than three letters is not a cell reference.
        for (; i < reference.length() && i < 4; i++) {
            char ch = reference.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                column = column * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                column = column * 26 + (ch - 'a' + 1);
            } else {
                break;
            }
        }
        return i == 0 ? otherwise : column - 1;
    }

    /** The last row a range such as A1:E100001 covers (100001), or 0 when it cannot be read. */
    static int rowOfReference(String range) {
        if (range == null) {
            return 0;
        }
        int digits = range.lastIndexOf(':') + 1;
        while (digits < range.length() && (Character.isLetter(range.charAt(digits)) || range.charAt(digits) == '$')) {
            digits++;
        }
        return parseDigits(range.substring(digits), 0);
    }
}
