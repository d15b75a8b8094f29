package ma.marsad.excelexport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The guard against formula injection, for every text the report writes. A text that a spreadsheet could
 * take for a formula (it starts with = + - @, a tab or a carriage return) is written as a string cell whose
 * style is quote-prefixed, so Excel and LibreOffice show it as text and keep it text even after the cell is
 * edited. The CSV, which has no styles, puts an apostrophe in front instead (OWASP's advice).
 */
final class SafeText {

    private SafeText() {
    }

    /** A text style and its quote-prefixed twin, made once per workbook. */
    record Style(CellStyle plain, CellStyle quoted) {

        static Style of(Workbook workbook, CellStyle plain) {
            CellStyle quoted = workbook.createCellStyle();
            quoted.cloneStyleFrom(plain);
            quoted.setQuotePrefixed(true);
            return new Style(plain, quoted);
        }
    }

    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    /** Writes the text as a string cell, never as a formula; null leaves the cell blank but styled. */
    static void write(Cell cell, String text, Style style) {
        if (text == null) {
            cell.setCellStyle(style.plain());
            return;
        }
        cell.setCellValue(text);
        cell.setCellStyle(looksLikeFormula(text) ? style.quoted() : style.plain());
    }

    /** The CSV's guard: a leading apostrophe, which spreadsheets show but do not evaluate. */
    static String forCsv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
