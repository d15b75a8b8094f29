package ma.marsad.excelexport;

import java.time.Instant;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import ma.marsad.base.Morocco;

/** How every sheet of the report writes numbers and times and lays itself out. */
final class ReportCells {

    /** Spreadsheet cells hold no time zone: times are shown as a clock in Morocco would show them. */

    private ReportCells() {
    }

    /** A number, or a blank cell (still formatted) where there is none, such as no forecast yet. */
    static void number(Cell cell, Double value, CellStyle style) {
        if (value != null && Double.isFinite(value)) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    static void dateTime(Cell cell, Instant instant, CellStyle style) {
        if (instant != null) {
            cell.setCellValue(moroccan(instant));
        }
        cell.setCellStyle(style);
    }

    static LocalDateTime moroccan(Instant instant) {
        return LocalDateTime.ofInstant(instant, Morocco.ZONE);
    }

    /**
     * Column widths (in characters), the header row frozen on screen and repeated on every printed page,
     * landscape A4 as many pages tall as needed but one page wide.
     */
    static void layOut(Sheet sheet, ReportTexts texts, int headerRow, int... widths) {
        widths(sheet, texts, widths);
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        printOnePageWide(sheet, texts);
    }

    /** Widths in characters of the report's language: Arabic letters take more room than Calibri's digits. */
    static void widths(Sheet sheet, ReportTexts texts, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (int) Math.round(widths[c] * texts.columnScale() * 256));
        }
    }

    static void printOnePageWide(Sheet sheet, ReportTexts texts) {
        // Narrow margins leave more width, so a wide table shrinks less to fit the page.
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        // &A, &P and &N are the spreadsheet's fields for the sheet's name, the page and the number of pages.
        // The name where the reader starts: on the right in Arabic (footers are not mirrored with the sheet).
        String page = texts.pageOf("&P", "&N");
        sheet.getFooter().setLeft(texts.rightToLeft() ? page : "&A");
        sheet.getFooter().setRight(texts.rightToLeft() ? "&A" : page);
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }
}
