package ma.marsad.excelimport;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The log line of one import: which file, whose, when, and what it did. */
@Entity
@Table(name = "import_record")
class ImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fileName;
    private String sha256;
    private long sizeBytes;
    private String storedPath;
    private String uploadedBy;
    private Instant uploadedAt;
    private int rowsRead;
    private int accepted;
    private int rejected;
    @Column(name = "created_count")
    private int created;
    @Column(name = "updated_count")
    private int updated;
    @Column(name = "unchanged_count")
    private int unchanged;
    @Enumerated(EnumType.STRING)
    private ImportOutcome outcome;

    protected ImportRecord() {
    }

    ImportRecord(String fileName, String sha256, long sizeBytes, String storedPath, String uploadedBy,
                 Instant uploadedAt, ImportOutcome outcome) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.storedPath = storedPath;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.outcome = outcome;
    }

    Long getId() {
        return id;
    }

    String getStoredPath() {
        return storedPath;
    }

    void counts(int rowsRead, int accepted, int rejected, int created, int updated, int unchanged) {
        this.rowsRead = rowsRead;
        this.accepted = accepted;
        this.rejected = rejected;
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
    }

    ImportSummary toSummary() {
        return new ImportSummary(id, fileName, sha256, sizeBytes, uploadedBy, uploadedAt, rowsRead, accepted,
                rejected, created, updated, unchanged, outcome);
    }
}
