package ma.marsad.excelimport;

import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** One sheet of the annotated copy and where its status column goes. */
final class SheetCopy {

    private static final int LAST_COLUMN = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();

    final SXSSFSheet out;
    final int headerRow;
    final int lastHeaderColumn;
    /** Just after the header, or -1 when the header already reaches Excel's last column. */
    final int statusColumn;
    private final Map<Integer, Integer> widths = new TreeMap<>();
    private Drawing<?> drawing;

    SheetCopy(SXSSFSheet out, int headerRow, int lastHeaderColumn) {
        this.out = out;
        this.headerRow = headerRow;
        this.lastHeaderColumn = lastHeaderColumn;
        this.statusColumn = headerRow > 0 && lastHeaderColumn < LAST_COLUMN ? lastHeaderColumn + 1 : -1;
    }

    boolean hasFigures() {
        return headerRow > 0;
    }

    /**
     * Where a data row's cell goes in the copy: in place up to the header's last column; a stray cell beyond
     * moves one column right to make room for the status, so nothing the clerk typed is overwritten.
     * -1 for a cell in Excel's very last column, which cannot move.
     */
    int placeOf(int column) {
        if (statusColumn < 0 || column < statusColumn) {
            return column;
        }
        return column < LAST_COLUMN ? column + 1 : -1;
    }

    Drawing<?> drawing() {
        if (drawing == null) {
            drawing = out.createDrawingPatriarch();
        }
        return drawing;
    }

    /** Widens a column (so a date does not show as ####, say); never narrows one. */
    void widenTo(int column, int characters) {
        widths.merge(column, characters, Math::max);
    }

    /** Set at the end, left to right: POI writes columns in the order they were set, and Excel expects them sorted. */
    void applyWidths() {
        widths.forEach((column, characters) -> out.setColumnWidth(column, characters * 256));
    }
}
