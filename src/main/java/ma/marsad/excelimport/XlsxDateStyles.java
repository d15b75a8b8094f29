package ma.marsad.excelimport;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;

/**
 * Which cell styles (the {@code s} index of a cell) show numbers as dates. Each style is judged once:
 * DateUtil's test parses the format string, too slow to repeat for every cell.
 */
final class XlsxDateStyles {

    private static final byte UNKNOWN = 0;
    private static final byte DATE = 1;
    private static final byte NOT_DATE = 2;

    private final StylesTable styles;
    private final byte[] verdicts;

    /** @param styles the workbook's styles, or null when it has none (then no cell is a date) */
    XlsxDateStyles(StylesTable styles) {
        this.styles = styles;
        this.verdicts = new byte[styles == null ? 0 : styles.getNumCellStyles()];
    }

    boolean isDate(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= verdicts.length) {
            return false;
        }
        byte verdict = verdicts[styleIndex];
        if (verdict == UNKNOWN) {
            verdict = judge(styleIndex) ? DATE : NOT_DATE;
            verdicts[styleIndex] = verdict;
        }
        return verdict == DATE;
    }

    private boolean judge(int styleIndex) {
        CTXf xf = styles.getCellXfAt(styleIndex);
        if (xf == null) {
            return false;
        }
        int formatId = (int) xf.getNumFmtId();
        String format = styles.getNumberFormatAt((short) formatId);
        if (format == null) {
            format = BuiltinFormats.getBuiltinFormat(formatId);
        }
        return DateUtil.isADateFormat(formatId, format);
    }
}
