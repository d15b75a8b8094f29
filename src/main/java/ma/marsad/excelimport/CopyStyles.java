package ma.marsad.excelimport;

import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The handful of styles the annotated copy uses, made once per workbook: a style per cell would soon hit
 * Excel's limit of 64,000 styles and make the file slow to open.
 */
final class CopyStyles {

    /** Excel's own "light red fill" (as in its conditional-formatting presets). */
    private static final byte[] LIGHT_RED = {(byte) 0xFF, (byte) 0xC7, (byte) 0xCE};

    final CellStyle header;
    final CellStyle error;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle errorDate;
    private final CellStyle errorDateTime;
    private final Workbook workbook;
    /** The quote-prefixed twin of each style a text was written with; null stands for the default style. */
    private final Map<CellStyle, CellStyle> quoted = new IdentityHashMap<>();

    CopyStyles(Workbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);

        error = redFill(workbook);
        date = withFormat(workbook, workbook.createCellStyle(), "yyyy-mm-dd");
        dateTime = withFormat(workbook, workbook.createCellStyle(), "yyyy-mm-dd hh:mm");
        errorDate = withFormat(workbook, redFill(workbook), "yyyy-mm-dd");
        errorDateTime = withFormat(workbook, redFill(workbook), "yyyy-mm-dd hh:mm");
    }

    CellStyle date(boolean withTime, boolean faulty) {
        if (faulty) {
            return withTime ? errorDateTime : errorDate;
        }
        return withTime ? dateTime : date;
    }

    /**
     * The style for a text: {@code style} itself (null: the default), or its quote-prefixed twin when the text
     * could be taken for a formula, so that the clerk's own "=..." stays text even once the cell is edited.
     */
    CellStyle forText(CellStyle style, String text) {
        if (!ma.marsad.base.FormulaText.looksLikeFormula(text)) {
            return style;
        }
        return quoted.computeIfAbsent(style, base -> {
            CellStyle twin = workbook.createCellStyle();
            if (base != null) {
                twin.cloneStyleFrom(base);
            }
            twin.setQuotePrefixed(true);
            return twin;
        });
    }

    private static CellStyle redFill(Workbook workbook) {
        XSSFCellStyle style = (XSSFCellStyle) workbook.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(LIGHT_RED, null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static CellStyle withFormat(Workbook workbook, CellStyle style, String format) {
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
