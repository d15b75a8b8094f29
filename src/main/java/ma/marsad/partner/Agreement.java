package ma.marsad.partner;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.EmbeddedColumnNaming;

import ma.marsad.base.LocalizedText;

/** An agreement a partner signed, with the source sentence that announces it. */
@Entity
@Table(name = "agreement")
class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private long partnerId;

    @Enumerated(EnumType.STRING)
    private AgreementKind kind;

    @EmbeddedColumnNaming("title_%s")
    private Words title;

    private LocalDate signedOn;

    @EmbeddedColumnNaming("signed_note_%s")
    private Words signedNote;

    private String place;
    private String ministries;
    private String otherSignatories;
    private LocalDate validUntil;

    @EmbeddedColumnNaming("validity_note_%s")
    private Words validityNote;

    private String sourceFile;
    private String sourceQuote;

    protected Agreement() {
    }

    Agreement(String code, long partnerId, AgreementKind kind, LocalizedText title, LocalDate signedOn,
              LocalizedText signedNote, String place, List<Ministry> ministries, String otherSignatories,
              LocalDate validUntil, LocalizedText validityNote, String sourceFile, String sourceQuote) {
        this.code = code;
        this.partnerId = partnerId;
        this.kind = kind;
        this.title = Words.of(title);
        this.signedOn = signedOn;
        this.signedNote = Words.of(signedNote);
        this.place = place;
        this.ministries = ministries.stream().map(Enum::name).collect(Collectors.joining(","));
        this.otherSignatories = otherSignatories;
        this.validUntil = validUntil;
        this.validityNote = Words.of(validityNote);
        this.sourceFile = sourceFile;
        this.sourceQuote = sourceQuote;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    long getPartnerId() {
        return partnerId;
    }

    LocalizedText title() {
        return title.text();
    }

    AgreementDetails toDetails(List<CommitmentDetails> commitments) {
        List<Ministry> signatories = ministries.isBlank() ? List.of()
                : Arrays.stream(ministries.split(",")).map(Ministry::valueOf).toList();
        return new AgreementDetails(id, code, kind, title.text(), signedOn, text(signedNote), place, signatories,
                otherSignatories, validUntil, text(validityNote), sourceFile, sourceQuote, commitments);
    }

    private static LocalizedText text(Words words) {
        return words == null ? null : words.text();
    }
}
