package ma.marsad.partner;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.EmbeddedColumnNaming;

import ma.marsad.base.LocalizedText;

/** A company, public body or institute that signed an agreement, as seeded from data/partners.json. */
@Entity
@Table(name = "partner")
class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private PartnerKind kind;

    private String country;

    @EmbeddedColumnNaming("description_%s")
    private Words description;

    private String website;

    protected Partner() {
    }

    Partner(String code, String name, PartnerKind kind, String country, LocalizedText description, String website) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.country = country;
        this.description = Words.of(description);
        this.website = website;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    PartnerDetails toDetails(List<AgreementDetails> agreements) {
        return new PartnerDetails(id, code, name, kind, country, description.text(), website, agreements);
    }
}
