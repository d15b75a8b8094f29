package ma.marsad.excelimport;

/** Receives a workbook's rows one at a time, sheet after sheet, as a streaming reader meets them. */
interface RowSink {

    /**
     * A new sheet begins.
     *
     * @param lastRowHint the last row number the file declares for this sheet (its dimension), or 0 when
     *                    the file does not say; only good for showing progress
     */
    void sheetStarted(String sheet, int lastRowHint);

    /** A row with at least one cell. Rows without cells are not passed on. */
    void row(SheetRow row);

    void sheetEnded(String sheet);
}
