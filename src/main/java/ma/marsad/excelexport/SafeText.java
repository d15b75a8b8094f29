package ma.marsad.excelexport;

import ma.marsad.base.FormulaText;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The guard against formula injection, for every text the report writes. A text that a spreadsheet could
 * take for a formula is written as a string cell whose style is quote-prefixed, so Excel and LibreOffice show
 * it as text and keep it text even after the cell is edited. The CSV, which has no styles, puts an apostrophe
 * in front instead (OWASP's advice, "CSV Injection"). The import template and the annotated copy of a clerk's
 * file apply the same rule ({@link ma.marsad.base.FormulaText}).
 *
 * <p>The first characters guarded, and why:
 * <ul>
 * <li>{@code = + - @}: each starts a formula in Excel, LibreOffice and Google Sheets ({@code @} is Lotus's
 *     prefix, still honoured; {@code +} and {@code -} start arithmetic such as {@code -2+3+cmd|' /C calc'!A0}).</li>
 * <li>tab (0x09) and carriage return (0x0D): OWASP lists them since 2021, because spreadsheets skip leading
 *     white space in a CSV field and then read the formula behind it.</li>
 * <li>line feed (0x0A): added to OWASP's list in August 2025 for the same reason (a field that starts on a
 *     new line); guarded here too.</li>
 * <li>the full-width ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20): OWASP does not list them and Excel does not
 *     evaluate them when it opens a file, but an East Asian input method turns them into = + - @ when the cell is
 *     edited and confirmed, and a quote prefix costs nothing on the rare text that starts with one. Guarded.</li>
 * </ul>
 * A leading space or a pipe alone are not guarded: neither starts a formula, and the pipe only matters after one
 * of the characters above. Numbers, dates and codes Marsad writes itself are never prefixed (a figure cannot be
 * negative, and a prefix would turn it into text).
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
        return FormulaText.looksLikeFormula(text);
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
