package ma.marsad.excelimport;

import java.util.List;

/**
 * What a dry run or an import found and did.
 *
 * @param dryRun     true for a check that changed nothing
 * @param rowsRead   data rows read (blank rows are skipped, not counted)
 * @param accepted   rows without error
 * @param rejected   rows with at least one error
 * @param created    figures that are new (or would be, in a dry run)
 * @param updated    figures that replace a different stored one
 * @param unchanged  figures equal to what is stored
 * @param errors     the errors, in file order, at most the configured number
 * @param errorCount all errors, listed or not
 * @param warnings   what was ignored: extra columns, sheets without figures
 * @param importId   the import's record, null for a dry run
 * @param stoppedEarly the check stopped after marsad.imports.stop-after-errors errors: the rest of the file
 *                   was not read (a warning says where)
 */
public record ImportReport(boolean dryRun, ImportOutcome outcome, int rowsRead, int accepted, int rejected,
                           int created, int updated, int unchanged, List<RowError> errors, int errorCount,
                           List<String> warnings, Long importId, boolean stoppedEarly) {

    public boolean clean() {
        return errorCount == 0;
    }
}
