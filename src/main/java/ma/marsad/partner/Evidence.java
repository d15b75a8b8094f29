package ma.marsad.partner;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A piece of evidence of delivery: a link, or a file kept by the server. Only ever added. */
@Entity
@Table(name = "evidence")
class Evidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long commitmentId;

    @Column(name = "evidence_date")
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    private EvidenceKind kind;

    private String link;
    private String fileName;
    private String storedPath;
    private String contentType;
    private Long sizeBytes;
    private String sha256;
    private String summary;
    private String addedBy;
    private Instant addedAt;

    protected Evidence() {
    }

    private Evidence(long commitmentId, LocalDate date, EvidenceKind kind, String summary, String addedBy,
                     Instant addedAt) {
        this.commitmentId = commitmentId;
        this.date = date;
        this.kind = kind;
        this.summary = summary;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    static Evidence link(long commitmentId, LocalDate date, EvidenceKind kind, String link, String summary,
                         String addedBy, Instant addedAt) {
        Evidence e = new Evidence(commitmentId, date, kind, summary, addedBy, addedAt);
        e.link = link;
        return e;
    }

    static Evidence file(long commitmentId, LocalDate date, EvidenceKind kind, KeptFile file, String summary,
                         String addedBy, Instant addedAt) {
        Evidence e = new Evidence(commitmentId, date, kind, summary, addedBy, addedAt);
        e.fileName = file.displayName();
        e.storedPath = file.path().toString();
        e.contentType = file.contentType();
        e.sizeBytes = file.size();
        e.sha256 = file.sha256();
        return e;
    }

    Long getId() {
        return id;
    }

    long getCommitmentId() {
        return commitmentId;
    }

    LocalDate getDate() {
        return date;
    }

    String getStoredPath() {
        return storedPath;
    }

    String getContentType() {
        return contentType;
    }

    EvidenceDetails toDetails() {
        return new EvidenceDetails(id, commitmentId, date, kind, link, fileName, contentType, sizeBytes, summary,
                addedBy, addedAt);
    }
}
