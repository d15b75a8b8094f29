package ma.marsad.excelimport;

import java.time.Instant;

/** One past import, as the clerks' list shows it. */
public record ImportSummary(long id, String fileName, String sha256, long sizeBytes, String uploadedBy,
                            Instant uploadedAt, int rowsRead, int accepted, int rejected, int created,
                            int updated, int unchanged, ImportOutcome outcome) {
}
