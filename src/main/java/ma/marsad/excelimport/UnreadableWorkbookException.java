package ma.marsad.excelimport;

/** The uploaded file cannot be read as a workbook at all; the reason says why, in words a clerk can act on. */
public class UnreadableWorkbookException extends Exception {

    /** Why a file was refused. Each has a message in the bundles under {@code import.refused.<NAME>}. */
    public enum Reason {
        /** Zero bytes. */
        EMPTY,
        /** Not an Excel workbook (.xlsx or .xls): a PDF, a Word file, text, an image... */
        NOT_A_SPREADSHEET,
        /** Encrypted with a password. */
        PASSWORD_PROTECTED,
        /** Looks like a workbook but is truncated or damaged. */
        DAMAGED,
        /** Expands to far more data than its size suggests (POI's zip-bomb limits, kept as they are). */
        TOO_EXPANDED,
        /** Larger than the configured upload limit. */
        TOO_LARGE,
        /** Still being read when the parse time-out (marsad.imports.parse-timeout) ran out. */
        TOO_SLOW,
        /** A cell holds more characters than marsad.imports.max-cell-length (Excel's 32,767): not read further. */
        CELL_TOO_LONG,
        /** A row holds more cells than marsad.imports.max-cells-per-row (Excel's 16,384 columns). */
        ROW_TOO_WIDE,
        /** The cells of one row hold more characters together than marsad.imports.max-row-length. */
        ROW_TOO_LONG,
        /** The workbook's shared strings take more memory than marsad.imports.max-shared-strings. */
        SHARED_STRINGS_TOO_LARGE,
        /** The file waited for its turn (other files being read) until the parse time-out ran out. */
        WAITED_TOO_LONG
    }

    private final Reason reason;

    public UnreadableWorkbookException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public UnreadableWorkbookException(Reason reason, String detail) {
        this(reason, detail, null);
    }

    public Reason reason() {
        return reason;
    }
}
