package ma.marsad.partner;

import jakarta.persistence.Embeddable;

import ma.marsad.base.LocalizedText;

/** A text stored in three columns (name_fr, name_en, name_ar), named by the field's @EmbeddedColumnNaming. */
@Embeddable
class Words {

    private String fr;
    private String en;
    private String ar;

    protected Words() {
    }

    private Words(String fr, String en, String ar) {
        this.fr = fr;
        this.en = en;
        this.ar = ar;
    }

    /** Null stays null: an optional text the source does not give. */
    static Words of(LocalizedText text) {
        return text == null ? null : new Words(text.fr(), text.en(), text.ar());
    }

    LocalizedText text() {
        return fr == null && en == null && ar == null ? null : new LocalizedText(fr, en, ar);
    }
}
