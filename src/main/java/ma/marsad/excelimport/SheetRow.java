package ma.marsad.excelimport;

import ma.marsad.progress.CellValue;

import java.util.List;

/**
 * One row of a sheet that holds at least one cell.
 *
 * @param sheet     the sheet's name
 * @param rowNumber the row number as Excel shows it (1 for the first row)
 * @param cells     the row's non-empty cells, left to right
 */
record SheetRow(String sheet, int rowNumber, List<Cell> cells) {

    /** A cell and its column: 0 for A, 1 for B, and so on. */
    record Cell(int column, CellValue value) {
    }

    /** True when every cell is blank text (a row of spaces counts as empty). */
    boolean isBlank() {
        return cells.stream().allMatch(c -> c.value().isBlank());
    }
}
