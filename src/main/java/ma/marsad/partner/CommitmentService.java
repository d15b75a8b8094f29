package ma.marsad.partner;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.TypedText;
import ma.marsad.base.security.Role;
import ma.marsad.partner.PartnerRefusal.Reason;

/**
 * What managers and administrators do to commitments: review them (completion, confidence, a comment), add
 * evidence (a link or a file), change a quantity or a deadline with a reason. Each change is one row of the
 * append-only history, in the same transaction. Officials and clerks read only: the roles are checked here as
 * well as in the view and the API.
 */
@Service
public class CommitmentService {

    static final int MAX_TEXT = 1000;

    private final CommitmentRepository commitments;
    private final EvidenceRepository evidence;
    private final EvidenceFiles files;
    private final HistoryLog history;
    private final PartnerProperties properties;
    private final Clock clock;

    CommitmentService(CommitmentRepository commitments, EvidenceRepository evidence, EvidenceFiles files,
                      HistoryLog history, PartnerProperties properties, Clock clock) {
        this.commitments = commitments;
        this.evidence = evidence;
        this.files = files;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    /** Records a review; the next one falls due marsad.partners.review-interval later. */
    @Transactional
    @RolesAllowed({Role.MANAGER_ROLE, Role.ADMIN_ROLE})
    public void review(long id, Completion completion, Confidence confidence, String comment, String user) {
        if (completion == null || confidence == null) {
            throw new PartnerRefusal(Reason.REVIEW_INCOMPLETE);
        }
        String why = required(comment, Reason.COMMENT_REQUIRED);
        Commitment c = commitments.findForUpdate(id).orElseThrow(() -> new PartnerRefusal(Reason.NOT_FOUND, id));
        String before = c.getCompletion() == null ? null : c.getCompletion() + "/" + c.getConfidence();
        LocalDate today = LocalDate.now(clock);
        c.review(completion, confidence, why, user, today, today.plus(properties.reviewInterval()));
        commitments.saveAndFlush(c);
        history.record(HistoryEvent.ofCommitment(ChangeKind.COMMITMENT_REVIEWED, user, clock.instant(),
                c.getIndicatorId(), id, before, completion + "/" + confidence, why));
    }

    /** Changes what is promised: a new quantity or deadline, with the reason (a renegotiation, an amendment). */
    @Transactional
    @RolesAllowed({Role.MANAGER_ROLE, Role.ADMIN_ROLE})
    public void changeTerms(long id, BigDecimal quantity, LocalDate deadline, String reason, String user) {
        String why = required(reason, Reason.COMMENT_REQUIRED);
        if (quantity != null && quantity.signum() <= 0) {
            throw new PartnerRefusal(Reason.BAD_QUANTITY);
        }
        Commitment c = commitments.findForUpdate(id).orElseThrow(() -> new PartnerRefusal(Reason.NOT_FOUND, id));
        boolean quantityChanged = !sameAmount(c.getQuantity(), quantity);
        boolean deadlineChanged = !Objects.equals(c.getDeadline(), deadline);
        if (!quantityChanged && !deadlineChanged) {
            throw new PartnerRefusal(Reason.NO_CHANGE);
        }
        Instant now = clock.instant();
        if (quantityChanged) {
            history.record(HistoryEvent.ofCommitment(ChangeKind.COMMITMENT_QUANTITY_CHANGED, user, now,
                    c.getIndicatorId(), id, plain(c.getQuantity()), plain(quantity), why));
        }
        if (deadlineChanged) {
            history.record(HistoryEvent.ofCommitment(ChangeKind.COMMITMENT_DEADLINE_CHANGED, user, now,
                    c.getIndicatorId(), id, Objects.toString(c.getDeadline(), null), Objects.toString(deadline, null),
                    why));
        }
        c.changeTerms(quantity, deadline);
        commitments.saveAndFlush(c);
    }

    /** Adds a link (http or https) as evidence. */
    @Transactional
    @RolesAllowed({Role.MANAGER_ROLE, Role.ADMIN_ROLE})
    public EvidenceDetails addLink(long id, LocalDate date, EvidenceKind kind, String link, String summary,
                                   String user) {
        String what = checkEvidence(date, kind, summary);
        String address = link(link);
        Commitment c = commitments.findForUpdate(id).orElseThrow(() -> new PartnerRefusal(Reason.NOT_FOUND, id));
        Evidence saved = evidence.saveAndFlush(Evidence.link(id, date, kind, address, what, user, clock.instant()));
        history.record(HistoryEvent.ofCommitment(ChangeKind.EVIDENCE_ADDED, user, clock.instant(), c.getIndicatorId(),
                id, null, kind + " " + date + ": " + address, what));
        return saved.toDetails();
    }

    /**
     * Adds an uploaded file as evidence: checked (size, type by content) and kept under a name the server makes;
     * {@code clientName} is only shown. When the row cannot be stored, the kept copy is removed.
     */
    @Transactional
    @RolesAllowed({Role.MANAGER_ROLE, Role.ADMIN_ROLE})
    public EvidenceDetails addFile(long id, LocalDate date, EvidenceKind kind, Path upload, String clientName,
                                   String summary, String user) {
        String what = checkEvidence(date, kind, summary);
        Commitment c = commitments.findForUpdate(id).orElseThrow(() -> new PartnerRefusal(Reason.NOT_FOUND, id));
        KeptFile kept = files.keep(upload, TypedText.clean(clientName));
        try {
            Evidence saved = evidence.saveAndFlush(Evidence.file(id, date, kind, kept, what, user, clock.instant()));
            history.record(HistoryEvent.ofCommitment(ChangeKind.EVIDENCE_ADDED, user, clock.instant(),
                    c.getIndicatorId(), id, null, kind + " " + date + ": " + kept.displayName(), what));
            return saved.toDetails();
        } catch (RuntimeException e) {
            files.discard(kept);
            throw e;
        }
    }

    private String checkEvidence(LocalDate date, EvidenceKind kind, String summary) {
        if (date == null || kind == null || date.isAfter(LocalDate.now(clock))) {
            throw new PartnerRefusal(Reason.EVIDENCE_INCOMPLETE);
        }
        return required(summary, Reason.EVIDENCE_INCOMPLETE);
    }

    private static String required(String text, Reason missing) {
        String clean = TypedText.clean(text);
        if (clean == null || clean.isBlank()) {
            throw new PartnerRefusal(missing);
        }
        if (clean.strip().length() > MAX_TEXT) {
            throw new PartnerRefusal(Reason.TOO_LONG, MAX_TEXT);
        }
        return clean.strip();
    }

    private static String link(String text) {
        String address = text == null ? "" : text.strip();
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && address.length() <= MAX_TEXT) {
                return address;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new PartnerRefusal(Reason.BAD_LINK, address.length() > 100 ? address.substring(0, 100) : address);
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
