package ma.marsad.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.marsad.MarsadSpringTest;

@MarsadSpringTest
class PartnerSeedingTest {

    @Autowired
    PartnerService partners;

    @Test
    void seedsTheFourPartnersWithTheirAgreements() {
        List<PartnerDetails> all = partners.partners();

        assertThat(all).extracting(PartnerDetails::name)
                .containsExactly("ABA Technology", "Onepoint", "ALTEN Maroc", "Mistral AI");
        assertThat(all).flatExtracting(PartnerDetails::agreements).extracting(AgreementDetails::code)
                .containsExactly("ABA_FRAMEWORK", "ONEPOINT_MOU", "ALTEN_PARTNERSHIP", "MISTRAL_MOU");
        AgreementDetails alten = agreement("ALTEN_PARTNERSHIP");
        assertThat(alten.kind()).isEqualTo(AgreementKind.PARTNERSHIP_AGREEMENT);
        assertThat(alten.signedOn()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(alten.place()).isEqualTo("Rabat");
        assertThat(alten.ministries()).containsExactly(Ministry.MIC, Ministry.MESRSI, Ministry.MTNRA);
        assertThat(alten.commitments()).extracting(c -> c.pillar().en())
                .contains("Research & Development", "Sector Accelerators", "Technology Platforms", "Training and Skills");
        assertThat(agreement("ABA_FRAMEWORK").commitments().stream().map(c -> c.pillar().fr()).distinct()).hasSize(7);
        assertThat(all).allSatisfy(p -> {
            assertThat(p.description().fr()).isNotBlank();
            assertThat(p.description().en()).isNotBlank();
            assertThat(p.description().ar()).isNotBlank();
        });
    }

    @Test
    void linksTheQuantifiedCommitmentsToTheSeededIndicators() {
        CommitmentDetails engineers = commitment("ONEPOINT_ENGINEERS");
        assertThat(engineers.indicatorCode()).isEqualTo("ONEPOINT_ENGINEERS");
        assertThat(engineers.relation()).isEqualTo(Relation.IS);
        assertThat(engineers.quantity()).isEqualByComparingTo("500");
        assertThat(engineers.unit().en()).isEqualTo("engineers");
        assertThat(engineers.deadline()).isEqualTo(LocalDate.of(2029, 6, 30));
        assertThat(engineers.progress()).as("its indicator's figures").isNotNull();
        assertThat(engineers.progress().target()).isEqualTo(500);

        assertThat(commitment("ABA_CERTIFICATES").indicatorCode()).isEqualTo("TECH_CERTIFICATES");
        assertThat(commitment("ABA_PHD").quantity()).isEqualByComparingTo("100");
        assertThat(commitment("ABA_STARTUPS").indicatorCode()).isEqualTo("STARTUPS");
        CommitmentDetails jobs = commitment("ONEPOINT_QUALIFIED_JOBS");
        assertThat(jobs.indicatorCode()).isEqualTo("DIGITAL_JOBS");
        assertThat(jobs.relation()).isEqualTo(Relation.CONTRIBUTES);
        assertThat(jobs.progress()).as("a contribution does not borrow the indicator's figures").isNull();
    }

    @Test
    void marksWhatTheSourcesDoNotGiveInsteadOfInventingIt() {
        AgreementDetails aba = agreement("ABA_FRAMEWORK");
        assertThat(aba.signedOn()).isNull();
        assertThat(aba.place()).isNull();
        assertThat(aba.signedNote().en()).contains("gives neither the day of signing nor the place");
        assertThat(partners.partners()).filteredOn(p -> p.code().equals("ABA_TECHNOLOGY"))
                .singleElement().satisfies(p -> {
                    assertThat(p.country()).isNull();
                    assertThat(p.website()).isNull();
                });
        assertThat(partners.commitments()).filteredOn(c -> !c.quantified()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.deadline()).isNull();
            assertThat(c.deadlineNote().en()).contains("no quantity and no deadline");
        });
        assertThat(partners.commitments()).as("nobody has reviewed a commitment yet").allSatisfy(c -> {
            assertThat(c.completion()).isNull();
            assertThat(c.confidence()).isNull();
            assertThat(c.nextReview()).isNull();
        });
    }

    @Test
    void quotesEachAgreementAndCommitmentWordForWord() throws IOException {
        Path seeds = Path.of("..", "shared", "seeds");
        Assumptions.assumeTrue(Files.isDirectory(seeds), "the press texts are in ../shared/seeds beside a checkout");
        for (PartnerDetails p : partners.partners()) {
            for (AgreementDetails a : p.agreements()) {
                assertThat(Files.readString(seeds.resolve(a.sourceFile()))).as("source of agreement %s", a.code())
                        .contains(a.sourceQuote());
                for (CommitmentDetails c : a.commitments()) {
                    assertThat(c.sourceQuote()).as("quote of %s", c.code()).isNotBlank();
                    assertThat(Files.readString(seeds.resolve(c.sourceFile()))).as("source of commitment %s", c.code())
                            .contains(c.sourceQuote());
                }
            }
        }
    }

    private AgreementDetails agreement(String code) {
        return partners.partners().stream().flatMap(p -> p.agreements().stream()).filter(a -> a.code().equals(code))
                .findFirst().orElseThrow();
    }

    private CommitmentDetails commitment(String code) {
        return partners.commitments().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
