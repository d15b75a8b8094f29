package ma.marsad.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import ma.marsad.MarsadSpringTest;
import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.base.LocalizedText;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.ProgressService;

@MarsadSpringTest
class CommitmentServiceTest {

    @Autowired
    CommitmentService commitments;
    @Autowired
    PartnerService partners;
    @Autowired
    CommitmentRepository repository;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ProgressService progress;
    @Autowired
    PartnerProperties properties;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @AfterEach
    void reset() {
        PartnerCleanup.reset(jdbc);
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aReviewSetsCompletionAndConfidenceAndIsWrittenInTheHistory() {
        CommitmentDetails engineers = commitment("ONEPOINT_ENGINEERS");

        commitments.review(engineers.id(), Completion.LIMITED, Confidence.AMBER, "First cohort hired", "manager");
        commitments.review(engineers.id(), Completion.SUBSTANTIAL, Confidence.AMBER_GREEN, "Second cohort", "manager");

        CommitmentDetails reviewed = commitment("ONEPOINT_ENGINEERS");
        assertThat(reviewed.completion()).isEqualTo(Completion.SUBSTANTIAL);
        assertThat(reviewed.confidence()).isEqualTo(Confidence.AMBER_GREEN);
        assertThat(reviewed.reviewedBy()).isEqualTo("manager");
        assertThat(reviewed.lastReview()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(reviewed.nextReview()).isEqualTo(LocalDate.of(2027, 2, 23));
        assertThat(reviewed.reviewDue(partners.today())).isFalse();
        List<HistoryEvent> history = partners.history(engineers.id());
        assertThat(history).extracting(HistoryEvent::kind).containsExactly(ChangeKind.COMMITMENT_REVIEWED,
                ChangeKind.COMMITMENT_REVIEWED);
        assertThat(history.get(1)).satisfies(e -> {
            assertThat(e.changedBy()).isEqualTo("manager");
            assertThat(e.before()).isEqualTo("LIMITED/AMBER");
            assertThat(e.after()).isEqualTo("SUBSTANTIAL/AMBER_GREEN");
            assertThat(e.reason()).isEqualTo("Second cohort");
            assertThat(e.indicatorId()).isEqualTo(engineers.indicatorId());
        });
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aReviewWithoutACommentIsRefusedAndChangesNothing() {
        long id = commitment("ALTEN_RD").id();

        assertThatThrownBy(() -> commitments.review(id, Completion.LIMITED, Confidence.GREEN, "  ", "manager"))
                .isInstanceOfSatisfying(PartnerRefusal.class,
                        r -> assertThat(r.reason()).isEqualTo(PartnerRefusal.Reason.COMMENT_REQUIRED));
        assertThatThrownBy(() -> commitments.review(id, null, Confidence.GREEN, "why", "manager"))
                .isInstanceOfSatisfying(PartnerRefusal.class,
                        r -> assertThat(r.reason()).isEqualTo(PartnerRefusal.Reason.REVIEW_INCOMPLETE));
        assertThat(commitment("ALTEN_RD").completion()).isNull();
        assertThat(partners.history(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "official", roles = "OFFICIAL")
    void anOfficialCannotReviewOrAddEvidence() {
        long id = commitment("ALTEN_RD").id();

        assertThatThrownBy(() -> commitments.review(id, Completion.LIMITED, Confidence.GREEN, "no", "official"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> commitments.addLink(id, LocalDate.of(2026, 11, 1), EvidenceKind.REPORT,
                "https://example.org/r.pdf", "no", "official")).isInstanceOf(AccessDeniedException.class);
        assertThat(partners.history(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void evidenceIsALinkOrAFileKeptUnderANameTheServerMakes() throws IOException {
        long id = commitment("ALTEN_TRAINING").id();
        Path upload = Files.write(dir.resolve("upload.bin"), TestFiles.pdf());

        commitments.addLink(id, LocalDate.of(2026, 10, 15), EvidenceKind.PRESS_RELEASE,
                "https://www.mmsp.gov.ma/alten", "First programme announced", "manager");
        EvidenceDetails file = commitments.addFile(id, LocalDate.of(2026, 11, 20), EvidenceKind.REPORT, upload,
                "C:\\Users\\x\\..\\..\\rapport\u202Efdp.exe", "Quarterly report", "manager");

        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.fileName()).as("shown, without folders or direction overrides").isEqualTo("rapportfdp.exe");
        Optional<EvidenceFile> kept = partners.evidenceFile(file.id());
        assertThat(kept).get().satisfies(k -> {
            assertThat(k.path()).startsWith(properties.evidenceDir().toAbsolutePath().normalize());
            assertThat(k.path().getFileName().toString()).matches("\\d{8}T\\d{6}-[0-9a-f]{12}-[0-9a-f]{8}\\.pdf");
            assertThat(Files.readAllBytes(k.path())).isEqualTo(TestFiles.pdf());
        });
        assertThat(partners.evidence(id)).extracting(EvidenceDetails::summary)
                .containsExactly("Quarterly report", "First programme announced");
        assertThat(commitment("ALTEN_TRAINING").evidenceCount()).isEqualTo(2);
        assertThat(commitment("ALTEN_TRAINING").lastEvidence()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(partners.history(id)).extracting(HistoryEvent::kind)
                .containsExactly(ChangeKind.EVIDENCE_ADDED, ChangeKind.EVIDENCE_ADDED);
        assertThat(partners.history(id).get(0).after()).contains("https://www.mmsp.gov.ma/alten");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aFileIsJudgedByItsContentNotItsName() throws IOException {
        long id = commitment("ALTEN_TRAINING").id();

        assertThat(type(id, "report.pdf", TestFiles.program())).isEqualTo(PartnerRefusal.Reason.FILE_TYPE);
        assertThat(type(id, "report.docx", TestFiles.plainZip())).isEqualTo(PartnerRefusal.Reason.FILE_TYPE);
        byte[] tooLarge = new byte[(int) properties.maxEvidenceSize().toBytes() + 1];
        System.arraycopy(TestFiles.pdf(), 0, tooLarge, 0, TestFiles.pdf().length);
        assertThat(type(id, "big.pdf", tooLarge)).isEqualTo(PartnerRefusal.Reason.FILE_TOO_LARGE);
        assertThat(partners.evidence(id)).isEmpty();

        Path docx = Files.write(dir.resolve("minutes"), TestFiles.docx());
        assertThat(commitments.addFile(id, LocalDate.of(2026, 11, 2), EvidenceKind.SITE_VISIT, docx, "minutes.docx",
                "Visit of the Fez site", "manager").contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aLinkMustBeAWebAddressAndEvidenceCannotBeDatedInTheFuture() {
        long id = commitment("ALTEN_TRAINING").id();

        assertThatThrownBy(() -> commitments.addLink(id, LocalDate.of(2026, 11, 1), EvidenceKind.REPORT,
                "javascript:alert(1)", "x", "manager")).isInstanceOfSatisfying(PartnerRefusal.class,
                r -> assertThat(r.reason()).isEqualTo(PartnerRefusal.Reason.BAD_LINK));
        assertThatThrownBy(() -> commitments.addLink(id, LocalDate.of(2026, 12, 1), EvidenceKind.REPORT,
                "https://example.org", "x", "manager")).isInstanceOfSatisfying(PartnerRefusal.class,
                r -> assertThat(r.reason()).isEqualTo(PartnerRefusal.Reason.EVIDENCE_INCOMPLETE));
        assertThat(partners.evidence(id)).isEmpty();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aNewQuantityOrDeadlineIsWrittenInTheHistoryWithItsReason() {
        Commitment added = repository.save(testCommitment("TEST_TERMS", "ALTEN_PARTNERSHIP", null, null,
                BigDecimal.valueOf(300)));

        commitments.changeTerms(added.getId(), BigDecimal.valueOf(350), LocalDate.of(2028, 12, 31),
                "Amendment signed in October", "admin");

        CommitmentDetails changed = commitment("TEST_TERMS");
        assertThat(changed.quantity()).isEqualByComparingTo("350");
        assertThat(changed.deadline()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(partners.history(added.getId())).extracting(HistoryEvent::kind, HistoryEvent::before,
                HistoryEvent::after, HistoryEvent::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.COMMITMENT_QUANTITY_CHANGED, "300", "350",
                        "Amendment signed in October"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.COMMITMENT_DEADLINE_CHANGED, null, "2028-12-31",
                        "Amendment signed in October"));
        assertThatThrownBy(() -> commitments.changeTerms(added.getId(), BigDecimal.valueOf(350),
                LocalDate.of(2028, 12, 31), "again", "admin")).isInstanceOfSatisfying(PartnerRefusal.class,
                r -> assertThat(r.reason()).isEqualTo(PartnerRefusal.Reason.NO_CHANGE));
    }

    /**
     * The double-count rule: a commitment that CONTRIBUTES to an indicator never adds to that indicator's total,
     * neither to what is achieved nor to what is committed nor to the target.
     */
    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void aCommitmentThatContributesNeverAddsToTheIndicatorsTotal() {
        IndicatorDetails jobs = indicators.findByCode("DIGITAL_JOBS").orElseThrow();
        IndicatorProgress figures = progress.overview(Optional.empty(), false).stream()
                .filter(p -> p.indicator().code().equals("DIGITAL_JOBS")).findFirst().orElseThrow();
        IndicatorDelivery before = partners.deliveries().get(jobs.id());

        Commitment contribution = repository.save(testCommitment("TEST_JOBS", "ONEPOINT_MOU", jobs.id(),
                Relation.CONTRIBUTES, BigDecimal.valueOf(5000)));
        commitments.review(contribution.getId(), Completion.COMPLETED, Confidence.GREEN, "All 5,000 hired", "manager");

        IndicatorDelivery after = partners.deliveries().get(jobs.id());
        assertThat(after.actual()).as("achieved: the indicator's own figures").isEqualTo(figures.actual())
                .isEqualTo(before.actual());
        assertThat(after.target()).as("the target is not raised").isEqualTo(240_000);
        assertThat(after.committed()).as("nothing committed IS this indicator").isEqualByComparingTo("0")
                .isEqualByComparingTo(before.committed());
        assertThat(after.contributing()).extracting(CommitmentDetails::code)
                .containsExactly("ONEPOINT_QUALIFIED_JOBS", "TEST_JOBS");
        assertThat(commitment("TEST_JOBS").progress()).as("no figures borrowed from the indicator either").isNull();

        IndicatorDetails engineers = indicators.findByCode("ONEPOINT_ENGINEERS").orElseThrow();
        assertThat(partners.deliveries().get(engineers.id()).committed()).as("a commitment that IS the indicator")
                .isEqualByComparingTo("500");
    }

    private PartnerRefusal.Reason type(long id, String name, byte[] content) throws IOException {
        Path upload = Files.write(dir.resolve("upload-" + System.nanoTime()), content);
        try {
            commitments.addFile(id, LocalDate.of(2026, 11, 1), EvidenceKind.REPORT, upload, name, "x", "manager");
            return null;
        } catch (PartnerRefusal refusal) {
            return refusal.reason();
        }
    }

    private Commitment testCommitment(String code, String agreementCode, Long indicatorId, Relation relation,
                                      BigDecimal quantity) {
        long agreementId = partners.partners().stream().flatMap(p -> p.agreements().stream())
                .filter(a -> a.code().equals(agreementCode)).findFirst().orElseThrow().id();
        LocalizedText words = new LocalizedText("Test", "Test", "Test");
        return new Commitment(code, agreementId, words, words, words, quantity, words, null, words, indicatorId,
                relation, "001_8e30f336e5490cc5.txt", "test");
    }

    private CommitmentDetails commitment(String code) {
        return partners.commitments().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
