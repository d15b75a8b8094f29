package ma.marsad.excelimport;

/** How an import ended. */
public enum ImportOutcome {
    /** A dry run: nothing was stored. */
    CHECKED,
    /** Every row was stored. */
    IMPORTED,
    /** The file had errors: nothing was stored. */
    REJECTED
}
