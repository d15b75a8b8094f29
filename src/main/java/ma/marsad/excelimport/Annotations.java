package ma.marsad.excelimport;

import java.util.List;

/** What a dry run found in a clerk's file, as the annotated copy asks for it sheet by sheet and row by row. */
interface Annotations {

    /** The header row of a sheet that was read as figures, or 0 when the sheet held no figures. */
    int headerRow(String sheet);

    /** Index of the last column that the header row uses (the status column goes just after it). */
    int lastHeaderColumn(String sheet);

    /** The errors found on one row, empty when none. */
    List<RowError> errorsAt(String sheet, int row);

    /**
     * Whether the check reached this row: false for the rows after the place where it stopped early, having
     * found enough errors. Asked in file order.
     */
    default boolean checked(String sheet, int row) {
        return true;
    }
}
