package ma.marsad.dashboard;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.HistoryLog;
import ma.marsad.base.Morocco;
import ma.marsad.base.Quarter;
import ma.marsad.base.ReportingCalendar;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.EntryDetails;
import ma.marsad.progress.EntryService;

/** What the dashboard says beside the progress itself: what is overdue, and which targets changed. */
@Service
public class DashboardService {

    private final IndicatorService indicators;
    private final EntryService entries;
    private final HistoryLog history;
    private final ReportingCalendar calendar;

    DashboardService(IndicatorService indicators, EntryService entries, HistoryLog history, ReportingCalendar calendar) {
        this.indicators = indicators;
        this.entries = entries;
        this.history = history;
        this.calendar = calendar;
    }

    /** The quarter that closed last: figures for it are due. */
    public Quarter lastClosedQuarter() {
        return calendar.lastClosedQuarter();
    }

    /**
     * The indicators running in the last closed quarter that have no figure for it at all, approved or not,
     * in the dashboard's order.
     */
    public List<OverdueIndicator> overdue() {
        Quarter due = lastClosedQuarter();
        Set<Long> reported = entries.find(Optional.empty(), due, due, Optional.empty()).stream()
                .map(EntryDetails::indicatorId).collect(Collectors.toSet());
        return indicators.findAll().stream()
                .filter(i -> !Quarter.containing(i.startDate()).isAfter(due)
                        && !Quarter.containing(i.deadline()).isBefore(due))
                .filter(i -> !reported.contains(i.id()))
                .map(i -> new OverdueIndicator(i, due))
                .toList();
    }

    /** When each indicator's target last changed and what it was before, by indicator id, for those that did. */
    public Map<Long, TargetChange> targetChanges() {
        Map<Long, TargetChange> changes = new HashMap<>();
        history.latestByIndicator(ChangeKind.TARGET_CHANGED).forEach((id, e) -> changes.put(id,
                new TargetChange(e.changedAt().atZone(Morocco.ZONE).toLocalDate(), e.before(), e.after())));
        return changes;
    }
}
