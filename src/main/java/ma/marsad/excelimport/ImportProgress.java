package ma.marsad.excelimport;

/** Told how far the reading has gone, for a progress bar. Called every few hundred rows, from the reading thread. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (sheet, row, lastRow) -> { };

    /**
     * @param lastRow the last row the sheet declares, or 0 if unknown
     */
    void reading(String sheet, int row, int lastRow);
}
