package ma.marsad.excelimport;

import java.util.List;
import java.util.Map;

/**
 * A clerk's file after every row was checked.
 *
 * @param rowsRead  data rows read (blank rows are not counted)
 * @param accepted  rows without any error, ready to store
 * @param rejected  number of rows with at least one error
 * @param errors    every error, in file order
 * @param warnings  what was ignored (extra columns, sheets without figures), in words
 * @param headers   the header row and last header column of each sheet read as figures
 * @param stoppedAt where the check stopped early, having found enough errors (marsad.imports.stop-after-errors);
 *                  null when the whole file was read
 */
record CheckedFile(int rowsRead, List<AcceptedRow> accepted, int rejected, List<RowError> errors,
                   List<String> warnings, Map<String, Header> headers, Place stoppedAt) {

    CheckedFile(int rowsRead, List<AcceptedRow> accepted, int rejected, List<RowError> errors,
                List<String> warnings, Map<String, Header> headers) {
        this(rowsRead, accepted, rejected, errors, warnings, headers, null);
    }

    record Header(int row, int lastColumn) {
    }

    /** A row of a sheet. */
    record Place(String sheet, int row) {
    }

    CheckedFile stoppedAt(Place place) {
        return new CheckedFile(rowsRead, accepted, rejected, errors, warnings, headers, place);
    }

    boolean clean() {
        return errors.isEmpty();
    }
}
