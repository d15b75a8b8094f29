package ma.marsad.excelimport;

import ma.marsad.progress.CellValue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Gathers the cells of one row as a reader meets them and hands the row to the sink once the row is
 * complete; keeps nothing once a row is passed on. Shared by the .xlsx and .xls readers.
 */
final class RowAssembler {

    private static final Comparator<SheetRow.Cell> BY_COLUMN = Comparator.comparingInt(SheetRow.Cell::column);

    private final RowSink sink;
    private final ReadingLimits limits;
    private String sheet;
    private int rowNumber;
    private List<SheetRow.Cell> cells = new ArrayList<>();
    private int lastColumn = -1;
    private boolean inOrder = true;
    /** Characters in the cells of the row gathered so far. */
    private long rowLength;

    RowAssembler(RowSink sink, ReadingLimits limits) {
        this.sink = sink;
        this.limits = limits;
    }

    void startSheet(String sheet, int lastRowHint) {
        this.sheet = sheet;
        this.rowNumber = 0;
        try {
            sink.sheetStarted(sheet, lastRowHint);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    /**
     * Adds a cell; a cell of another row first passes on the row gathered so far. A row with more cells or
     * more characters than the limits allow stops the reading: a row is held whole until it ends.
     */
    void add(int rowNumber, int column, CellValue value) {
        if (rowNumber != this.rowNumber) {
            endRow();
            this.rowNumber = rowNumber;
        }
        if (cells.size() >= limits.maxCellsPerRow()) {
            throw new ReadingDeadline.StopReading(UnreadableWorkbookException.Reason.ROW_TOO_WIDE,
                    "row " + rowNumber + " holds more than " + limits.maxCellsPerRow() + " cells");
        }
        rowLength += value.text() == null ? 0 : value.text().length();
        if (rowLength > limits.maxRowLength()) {
            throw new ReadingDeadline.StopReading(UnreadableWorkbookException.Reason.ROW_TOO_LONG,
                    "row " + rowNumber + " holds more than " + limits.maxRowLength() + " characters");
        }
        if (column <= lastColumn) {
            inOrder = false;
        }
        lastColumn = column;
        cells.add(new SheetRow.Cell(column, value));
    }

    /** Passes on the row gathered so far, if it has any cell. */
    void endRow() {
        rowLength = 0;
        if (cells.isEmpty()) {
            return;
        }
        if (!inOrder) {
            cells.sort(BY_COLUMN);
        }
        SheetRow row = new SheetRow(sheet, rowNumber, Collections.unmodifiableList(cells));
        // The next row likely has as many cells: size its list once.
        cells = new ArrayList<>(Math.max(10, cells.size()));
        lastColumn = -1;
        inOrder = true;
        try {
            sink.row(row);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    void endSheet() {
        endRow();
        try {
            sink.sheetEnded(sheet);
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    /**
     * Carries an exception the sink threw through POI's parsers, so that it reaches the caller as it
     * was instead of being taken for damage in the file.
     */
    static final class SinkFailure extends RuntimeException {

        SinkFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
