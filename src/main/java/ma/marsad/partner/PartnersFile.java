package ma.marsad.partner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ma.marsad.base.LocalizedText;

/** The shape of data/partners.json. */
record PartnersFile(String about, List<PartnerEntry> partners) {

    record PartnerEntry(String code, String name, PartnerKind kind, String country, String website,
                        LocalizedText description, List<AgreementEntry> agreements) {
    }

    record AgreementEntry(String code, AgreementKind kind, LocalizedText title, LocalDate signedOn,
                          LocalizedText signedNote, String place, List<Ministry> ministries, String otherSignatories,
                          LocalDate validUntil, LocalizedText validityNote, Source source,
                          List<CommitmentEntry> commitments) {
    }

    record CommitmentEntry(String code, LocalizedText pillar, LocalizedText text, LocalizedText deliveredBy,
                           Source source, BigDecimal quantity, LocalizedText unit, LocalDate deadline,
                           LocalizedText deadlineNote, String indicator, Relation relation) {

        /** What is wrong with this row, in words; empty when it can be seeded. */
        List<String> problems() {
            List<String> problems = new ArrayList<>();
            if (!complete(pillar) || !complete(text) || !complete(deliveredBy)) {
                problems.add("pillar, text and deliveredBy need fr, en and ar");
            }
            if (source == null || blank(source.file()) || blank(source.quote())) {
                problems.add("source needs the seed file name and a quote");
            }
            if ((quantity == null) != (unit == null)) {
                problems.add("a quantity needs a unit, and a unit a quantity");
            }
            if (quantity != null && quantity.signum() <= 0) {
                problems.add("quantity must be positive");
            }
            if (deadline == null && !complete(deadlineNote)) {
                problems.add("without a deadline, deadlineNote must say why (fr, en, ar)");
            }
            if ((indicator == null) != (relation == null)) {
                problems.add("indicator and relation go together");
            }
            return problems;
        }
    }

    record Source(String file, String quote) {
    }

    static boolean complete(LocalizedText t) {
        return t != null && !blank(t.fr()) && !blank(t.en()) && !blank(t.ar());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
