package ma.marsad.indicator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.base.TypedText;
import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.HistoryEvent;
import ma.marsad.audit.HistoryFilter;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.LocalizedText;
import ma.marsad.indicator.IndicatorChangeRefusal.Reason;

/**
 * What administrators do to targets: add an indicator, change its names, units, owner, target, dates and
 * milestones. Each edit carries the version the administrator saw and is refused when the indicator changed
 * since. Every changed field is one history row; a change of target, deadline or milestones needs a reason.
 * The seeder only adds codes it does not find, so these edits survive a restart.
 */
@Service
public class IndicatorAdminService {

    private static final Set<ChangeKind> INDICATOR_CHANGES = EnumSet.of(ChangeKind.INDICATOR_CREATED,
            ChangeKind.INDICATOR_CHANGED, ChangeKind.TARGET_CHANGED, ChangeKind.DEADLINE_CHANGED,
            ChangeKind.MILESTONES_CHANGED);
    private static final int MAX_REASON = 1000;

    private final IndicatorRepository repository;
    private final HistoryLog history;
    private final Clock clock;

    IndicatorAdminService(IndicatorRepository repository, HistoryLog history, Clock clock) {
        this.repository = repository;
        this.history = history;
        this.clock = clock;
    }

    /** Every indicator with its version, in the order they were added. */
    @Transactional(readOnly = true)
    public List<EditableIndicator> list() {
        return repository.findAllByOrderByIdAsc().stream().map(IndicatorAdminService::editable).toList();
    }

    @Transactional
    public EditableIndicator create(NewIndicator indicator, String reason, String admin) {
        List<FieldProblem> problems = new ArrayList<>(IndicatorRules.problems(indicator));
        if (problems.stream().noneMatch(p -> p.field() == IndicatorField.CODE) && repository.existsByCode(indicator.code())) {
            problems.addFirst(new FieldProblem(IndicatorField.CODE, "admin.indicators.problem.code-taken",
                    indicator.code()));
        }
        if (!problems.isEmpty()) {
            throw new IndicatorChangeRefusal(problems);
        }
        IndicatorChanges v = indicator.values();
        Indicator created = repository.saveAndFlush(new Indicator(indicator.code(), v.name(), v.unit(), indicator.kind(),
                v.target(), v.startDate(), v.deadline(), v.datesNote(), v.owner(), indicator.sourceFile(),
                indicator.sourceQuote(), v.milestones(), v.wholeNumbers()));
        history.record(HistoryEvent.ofAdmin(ChangeKind.INDICATOR_CREATED, admin, clock.instant(), created.getId(),
                created.getCode(), null, ValueTexts.plain(v.target()), reasonText(reason)));
        return editable(created);
    }

    /**
     * Applies the form to the indicator if it is still at {@code version}; one history row per changed field
     * (TARGET_CHANGED, DEADLINE_CHANGED, MILESTONES_CHANGED, INDICATOR_CHANGED for the others).
     */
    @Transactional
    public EditableIndicator update(long id, long version, IndicatorChanges changes, String reason, String admin) {
        Indicator indicator = repository.findForUpdate(id)
                .orElseThrow(() -> new IndicatorChangeRefusal(Reason.NOT_FOUND, id));
        if (indicator.getVersion() != version) {
            throw latestChange(id)
                    .map(e -> new IndicatorChangeRefusal(Reason.CHANGED_BY_OTHER, e.changedBy(), e.changedAt()))
                    .orElseGet(() -> new IndicatorChangeRefusal(Reason.CHANGED_SINCE_READ));
        }
        List<FieldProblem> problems = new ArrayList<>(IndicatorRules.problems(changes));
        IndicatorDetails before = indicator.toDetails();
        Instant now = clock.instant();
        List<HistoryEvent> events = differences(before, changes).stream()
                .map(d -> HistoryEvent.ofAdmin(d.kind(), admin, now, id, d.subject(), d.before(), d.after(),
                        reasonText(reason)))
                .toList();
        if (problems.isEmpty() && events.isEmpty()) {
            throw new IndicatorChangeRefusal(Reason.NO_CHANGE);
        }
        if (reasonText(reason) == null && events.stream().anyMatch(e -> e.kind() != ChangeKind.INDICATOR_CHANGED)) {
            problems.add(new FieldProblem(IndicatorField.REASON, "admin.indicators.problem.reason-required"));
        }
        if (!problems.isEmpty()) {
            throw new IndicatorChangeRefusal(problems);
        }
        indicator.apply(changes);
        repository.saveAndFlush(indicator);
        history.recordAll(events);
        return editable(indicator);
    }

    private record Difference(ChangeKind kind, String subject, String before, String after) {
    }

    private static List<Difference> differences(IndicatorDetails was, IndicatorChanges now) {
        List<Difference> found = new ArrayList<>();
        texts(found, was.name(), now.name(), IndicatorField.NAME_FR, IndicatorField.NAME_EN, IndicatorField.NAME_AR);
        texts(found, was.unit(), now.unit(), IndicatorField.UNIT_FR, IndicatorField.UNIT_EN, IndicatorField.UNIT_AR);
        texts(found, was.owner(), now.owner(), IndicatorField.OWNER_FR, IndicatorField.OWNER_EN,
                IndicatorField.OWNER_AR);
        change(found, ChangeKind.TARGET_CHANGED, null, ValueTexts.plain(was.target()), ValueTexts.plain(now.target()));
        change(found, ChangeKind.INDICATOR_CHANGED, IndicatorField.START_DATE.column(), text(was.startDate()),
                text(now.startDate()));
        change(found, ChangeKind.DEADLINE_CHANGED, null, text(was.deadline()), text(now.deadline()));
        change(found, ChangeKind.INDICATOR_CHANGED, IndicatorField.DATES_NOTE.column(), was.datesNote(),
                now.datesNote());
        change(found, ChangeKind.MILESTONES_CHANGED, null, ValueTexts.milestones(was.milestones()),
                ValueTexts.milestones(now.milestones()));
        change(found, ChangeKind.INDICATOR_CHANGED, IndicatorField.WHOLE_NUMBERS.column(),
                String.valueOf(was.wholeNumbers()), String.valueOf(now.wholeNumbers()));
        return found;
    }

    private static void texts(List<Difference> found, LocalizedText was, LocalizedText now, IndicatorField fr,
                              IndicatorField en, IndicatorField ar) {
        change(found, ChangeKind.INDICATOR_CHANGED, fr.column(), was.fr(), now.fr());
        change(found, ChangeKind.INDICATOR_CHANGED, en.column(), was.en(), now.en());
        change(found, ChangeKind.INDICATOR_CHANGED, ar.column(), was.ar(), now.ar());
    }

    private static void change(List<Difference> found, ChangeKind kind, String subject, String before, String after) {
        if (!Objects.equals(emptyToNull(before), emptyToNull(after))) {
            found.add(new Difference(kind, subject, emptyToNull(before), emptyToNull(after)));
        }
    }

    private Optional<HistoryEvent> latestChange(long id) {
        return history.find(new HistoryFilter(Optional.empty(), Optional.of(id), INDICATOR_CHANGES, Optional.empty(),
                Optional.empty()), 1).stream().findFirst();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String reasonText(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String text = TypedText.clean(reason).strip();
        return text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
    }

    private static EditableIndicator editable(Indicator indicator) {
        return new EditableIndicator(indicator.toDetails(), indicator.getVersion());
    }
}
