package ma.marsad.partner;

import java.time.LocalDate;
import java.util.List;

import ma.marsad.base.LocalizedText;

/**
 * One agreement with its commitments.
 *
 * @param signedOn   null when the source gives no day; signedNote says what it gives
 * @param validUntil null when the source states no end; validityNote says so
 */
public record AgreementDetails(long id, String code, AgreementKind kind, LocalizedText title, LocalDate signedOn,
                               LocalizedText signedNote, String place, List<Ministry> ministries,
                               String otherSignatories, LocalDate validUntil, LocalizedText validityNote,
                               String sourceFile, String sourceQuote, List<CommitmentDetails> commitments) {

    public AgreementDetails {
        ministries = List.copyOf(ministries);
        commitments = List.copyOf(commitments);
    }
}
