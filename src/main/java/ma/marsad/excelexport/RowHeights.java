package ma.marsad.excelexport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;

/**
 * Rows tall enough for their wrapped texts. Neither Excel nor LibreOffice grows a row to fit wrapped text
 * when it opens a file, so without this a two-line header or a source quote shows only its first line.
 * The count is an estimate (word wrap on characters of average width), erring on the tall side.
 */
final class RowHeights {

    /** One line of 11-point Calibri, as Excel spaces them. */
    private static final float LINE_POINTS = 14.5f;
    /**
     * Excel measures widths in digits; most letters are narrower, bold ones about as wide. One digit's width
     * per character is right for bold headers and leaves ordinary text a little room to spare.
     */
    private static final double USABLE_SHARE = 1.0;

    private RowHeights() {
    }

    /** @param widths the sheet's column widths in characters, as given to ReportCells.widths */
    static void fit(Row row, int... widths) {
        int lines = 1;
        for (Cell cell : row) {
            int column = cell.getColumnIndex();
            if (column < widths.length && cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
                int indent = cell.getCellStyle().getIndention();
                lines = Math.max(lines, lines(cell.getStringCellValue(), widths[column] - indent));
            }
        }
        if (lines > 1) {
            row.setHeightInPoints(lines * LINE_POINTS + 2);
        }
    }

    static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, word.length());
        }
        return longest;
    }

    static int lines(String text, int widthInCharacters) {
        int capacity = Math.max(1, (int) (widthInCharacters * USABLE_SHARE) - 1);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines++;
            int used = 0;
            for (String word : paragraph.split(" ")) {
                int length = word.length();
                if (used > 0 && used + 1 + length > capacity) {
                    lines++;
                    used = 0;
                }
                used += (used > 0 ? 1 : 0) + length;
                while (used > capacity) {
                    lines++;
                    used -= capacity;
                }
            }
        }
        return lines;
    }
}
