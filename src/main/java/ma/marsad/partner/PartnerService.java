package ma.marsad.partner;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryLog;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.ProgressService;
import ma.marsad.progress.IndicatorProgress;

/**
 * Reads the register of partners, agreements and commitments, each commitment with its progress: the figures of
 * its indicator when it IS one (from the progress module, approved figures only), else its completion and
 * confidence. Everyone who signs in may read it.
 */
@Service
@Transactional(readOnly = true)
public class PartnerService {

    private final PartnerRepository partners;
    private final AgreementRepository agreements;
    private final CommitmentRepository commitments;
    private final EvidenceRepository evidence;
    private final EvidenceFiles files;
    private final IndicatorService indicators;
    private final ProgressService progress;
    private final HistoryLog history;
    private final Clock clock;

    PartnerService(PartnerRepository partners, AgreementRepository agreements, CommitmentRepository commitments,
                   EvidenceRepository evidence, EvidenceFiles files, IndicatorService indicators,
                   ProgressService progress, HistoryLog history, Clock clock) {
        this.partners = partners;
        this.agreements = agreements;
        this.commitments = commitments;
        this.evidence = evidence;
        this.files = files;
        this.indicators = indicators;
        this.progress = progress;
        this.history = history;
        this.clock = clock;
    }

    /** Every partner with its agreements and their commitments, in the order they were seeded. */
    public List<PartnerDetails> partners() {
        Map<Long, List<CommitmentDetails>> byAgreement = commitments().stream()
                .collect(Collectors.groupingBy(CommitmentDetails::agreementId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<AgreementDetails>> byPartner = new HashMap<>();
        for (Agreement a : agreements.findAllByOrderByIdAsc()) {
            byPartner.computeIfAbsent(a.getPartnerId(), id -> new ArrayList<>())
                    .add(a.toDetails(byAgreement.getOrDefault(a.getId(), List.of())));
        }
        return partners.findAllByOrderByIdAsc().stream()
                .map(p -> p.toDetails(byPartner.getOrDefault(p.getId(), List.of()))).toList();
    }

    public Optional<PartnerDetails> partner(long id) {
        return partners().stream().filter(p -> p.id() == id).findFirst();
    }

    /** Every commitment, agreement by agreement, in the order they were seeded. */
    public List<CommitmentDetails> commitments() {
        Map<Long, Agreement> agreementsById = agreements.findAll().stream()
                .collect(Collectors.toMap(Agreement::getId, Function.identity()));
        Map<Long, String> partnerNames = partners.findAll().stream()
                .collect(Collectors.toMap(Partner::getId, p -> p.toDetails(List.of()).name()));
        Map<Long, String> codes = indicators.findAll().stream()
                .collect(Collectors.toMap(IndicatorDetails::id, IndicatorDetails::code));
        Map<Long, IndicatorProgress> summaries = progress.overview(Optional.empty(), false).stream()
                .collect(Collectors.toMap(s -> s.indicator().id(), Function.identity()));
        Map<Long, List<Evidence>> evidenceOf = evidence.findAllByOrderByDateAscIdAsc().stream()
                .collect(Collectors.groupingBy(Evidence::getCommitmentId));
        return commitments.findAllByOrderByIdAsc().stream()
                .sorted(Comparator.comparingLong(Commitment::getAgreementId).thenComparing(Commitment::getId))
                .map(c -> {
                    Agreement a = agreementsById.get(c.getAgreementId());
                    List<Evidence> items = evidenceOf.getOrDefault(c.getId(), List.of());
                    LocalDate last = items.isEmpty() ? null : items.getLast().getDate();
                    return c.toDetails(a, partnerNames.get(a.getPartnerId()),
                            c.getIndicatorId() == null ? null : codes.get(c.getIndicatorId()), items.size(), last,
                            progressOf(c, summaries));
                })
                .toList();
    }

    public Optional<CommitmentDetails> commitment(long id) {
        return commitments().stream().filter(c -> c.id() == id).findFirst();
    }

    /**
     * Each indicator's commitments and where the indicator stands, by indicator id, for the indicators that have
     * any. The indicator's actual and target are its own: see {@link IndicatorDelivery}.
     */
    public Map<Long, IndicatorDelivery> deliveries() {
        Map<Long, IndicatorProgress> summaries = progress.overview(Optional.empty(), false).stream()
                .collect(Collectors.toMap(s -> s.indicator().id(), Function.identity()));
        Map<Long, List<CommitmentDetails>> byIndicator = commitments().stream()
                .filter(c -> c.indicatorId() != null)
                .collect(Collectors.groupingBy(CommitmentDetails::indicatorId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, IndicatorDelivery> deliveries = new LinkedHashMap<>();
        byIndicator.forEach((indicatorId, feeding) -> {
            IndicatorProgress summary = summaries.get(indicatorId);
            List<CommitmentDetails> measuring = feeding.stream().filter(c -> c.relation() == Relation.IS).toList();
            BigDecimal committed = measuring.stream().map(CommitmentDetails::quantity).filter(q -> q != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            deliveries.put(indicatorId, new IndicatorDelivery(indicatorId, feeding.getFirst().indicatorCode(), summary == null ? 0 : summary.actual(),
                    summary == null ? 0 : summary.target(), committed, measuring,
                    feeding.stream().filter(c -> c.relation() == Relation.CONTRIBUTES).toList()));
        });
        return deliveries;
    }

    /** The commitments due for review today (never reviewed, or past their next review date). */
    public List<CommitmentDetails> overdue() {
        LocalDate today = today();
        return commitments().stream().filter(c -> c.reviewDue(today)).toList();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A commitment's evidence, newest first. */
    public List<EvidenceDetails> evidence(long commitmentId) {
        return evidence.findByCommitmentIdOrderByDateDescIdDesc(commitmentId).stream().map(Evidence::toDetails).toList();
    }

    /** A kept evidence file, if the evidence is a file and it is still there. */
    public Optional<EvidenceFile> evidenceFile(long evidenceId) {
        return evidence.findById(evidenceId).flatMap(e -> files.stored(e.getStoredPath())
                .map(path -> new EvidenceFile(path, e.toDetails().fileName(), e.getContentType())));
    }

    /** Every change of one commitment (reviews, evidence, quantity, deadline), oldest first. */
    public List<HistoryEvent> history(long commitmentId) {
        return history.about(HistoryEvent.commitmentSubject(commitmentId));
    }

    private static CommitmentProgress progressOf(Commitment c, Map<Long, IndicatorProgress> summaries) {
        if (c.getRelation() != Relation.IS || c.getIndicatorId() == null) {
            return null;
        }
        IndicatorProgress s = summaries.get(c.getIndicatorId());
        return s == null ? null : new CommitmentProgress(s.actual(), s.target(), s.status());
    }
}
