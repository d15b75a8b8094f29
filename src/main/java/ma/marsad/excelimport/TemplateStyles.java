package ma.marsad.excelimport;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** The few styles the import template uses, made once; right to left (Arabic), texts start on the right. */
final class TemplateStyles {

    final CellStyle header;
    final CellStyle title;
    final CellStyle text;
    final CellStyle figure;
    final CellStyle date;
    final CellStyle wholeTarget;
    final CellStyle decimalTarget;
    /** A name, code or unit in the lists. */
    final CellStyle listText;
    /** listText, quote-prefixed: for a name from the database that a spreadsheet could take for a formula. */
    final CellStyle quotedListText;
    /** A line of instructions, wrapped across the sheet's width. */
    final CellStyle paragraph;

    TemplateStyles(Workbook workbook, boolean rightToLeft) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderTop(BorderStyle.THIN);
        header.setBorderBottom(BorderStyle.THIN);
        header.setBorderLeft(BorderStyle.THIN);
        header.setBorderRight(BorderStyle.THIN);

        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = workbook.createCellStyle();
        title.setFont(big);

        // "@" keeps 2025-Q3 (or 2025-09) as typed: without it Excel may turn the text into a date.
        text = formatted(workbook, "@");
        // General, on purpose: it shows 12500 as 12500 and 12.5 as 12.5 in Excel and LibreOffice alike.
        // A pattern such as #,##0.## would add thousands separators but leaves a dangling decimal point on
        // whole numbers in Excel ("12,500."), and #,##0 would hide the decimals a clerk typed.
        figure = formatted(workbook, "General");
        date = formatted(workbook, "yyyy-mm-dd");
        wholeTarget = formatted(workbook, "#,##0");
        decimalTarget = formatted(workbook, "#,##0.###");

        // Right to left, a French or English name would otherwise sit at the left of its column, against the
        // next column's Arabic, as if one text.
        HorizontalAlignment start = rightToLeft ? HorizontalAlignment.RIGHT : HorizontalAlignment.GENERAL;
        listText = workbook.createCellStyle();
        listText.setAlignment(start);
        quotedListText = workbook.createCellStyle();
        quotedListText.cloneStyleFrom(listText);
        quotedListText.setQuotePrefixed(true);
        paragraph = workbook.createCellStyle();
        paragraph.setAlignment(start);
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
        // The template's own words read right to left in Arabic even where a line holds a Latin word
        // ("Marsad", 2025-Q3); names and codes in the lists keep their own direction.
        if (rightToLeft) {
            for (CellStyle words : new CellStyle[] {header, title, paragraph}) {
                ((XSSFCellStyle) words).setReadingOrder(ReadingOrder.RIGHT_TO_LEFT);
            }
        }
    }

    private static CellStyle formatted(Workbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
