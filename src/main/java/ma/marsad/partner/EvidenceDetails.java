package ma.marsad.partner;

import java.time.Instant;
import java.time.LocalDate;

/** A piece of evidence: a link, or a kept file (fileName is the name it was sent with, for display only). */
public record EvidenceDetails(long id, long commitmentId, LocalDate date, EvidenceKind kind, String link,
                              String fileName, String contentType, Long sizeBytes, String summary, String addedBy,
                              Instant addedAt) {

    public boolean isFile() {
        return link == null;
    }
}
