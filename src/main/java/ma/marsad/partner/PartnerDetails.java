package ma.marsad.partner;

import java.util.List;

import ma.marsad.base.LocalizedText;

/** A partner with its agreements; country (ISO code) and website are null where the sources do not give them. */
public record PartnerDetails(long id, String code, String name, PartnerKind kind, String country,
                             LocalizedText description, String website, List<AgreementDetails> agreements) {

    public PartnerDetails {
        agreements = List.copyOf(agreements);
    }
}
