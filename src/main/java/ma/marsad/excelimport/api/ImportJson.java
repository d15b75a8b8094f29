package ma.marsad.excelimport.api;

import java.util.List;

import ma.marsad.excelimport.ImportOutcome;
import ma.marsad.excelimport.ImportReport;

/** The API's report: the counts, then the errors as {sheet, row, column, value, message}. */
record ImportJson(boolean dryRun, ImportOutcome outcome, int rowsRead, int accepted, int rejected, int created,
                  int updated, int unchanged, List<ErrorJson> errors, int errorCount, List<String> warnings,
                  Long importId, boolean stoppedEarly) {

    record ErrorJson(String sheet, Integer row, String column, String value, String message) {
    }

    static ImportJson of(ImportReport r) {
        return new ImportJson(r.dryRun(), r.outcome(), r.rowsRead(), r.accepted(), r.rejected(), r.created(),
                r.updated(), r.unchanged(),
                r.errors().stream().map(e -> new ErrorJson(e.sheet(), e.row(), e.column(), e.value(), e.message()))
                        .toList(),
                r.errorCount(), r.warnings(), r.importId(), r.stoppedEarly());
    }
}
