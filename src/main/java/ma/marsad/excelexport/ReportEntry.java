package ma.marsad.excelexport;

import java.math.BigDecimal;
import java.time.Instant;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.progress.EntryOrigin;
import ma.marsad.progress.EntryStatus;

/**
 * One stored figure as the Data sheet and the CSV show it. importId and importFile are null unless imported;
 * status says whether a manager approved it.
 */
public record ReportEntry(String indicatorCode, String indicatorName, String unit, Quarter quarter, Region region,
                         BigDecimal value, String comment, String enteredBy, Instant enteredAt, EntryOrigin origin,
                         Long importId, String importFile, EntryStatus status) {
}
