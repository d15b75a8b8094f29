package ma.marsad.progress;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ma.marsad.audit.HistoryLog;
import ma.marsad.base.Quarter;
import ma.marsad.base.ReportingCalendar;
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;

/** Where each target stands: the figures in the database run through the progress arithmetic. */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private final IndicatorService indicators;
    private final ProgressEntryRepository entries;
    private final FigureSums sums;
    private final ProgressCalculator calculator;
    private final ReportingCalendar calendar;
    private final HistoryLog history;

    ProgressService(IndicatorService indicators, ProgressEntryRepository entries, FigureSums sums,
                    StatusThresholds thresholds, ReportingCalendar calendar, HistoryLog history) {
        this.indicators = indicators;
        this.entries = entries;
        this.sums = sums;
        this.history = history;
        this.calculator = new ProgressCalculator(thresholds);
        this.calendar = calendar;
    }

    /**
     * Every indicator's progress from approved figures, or from all when asked, nationally, with the share of
     * {@code region} alongside if one is given: what the dashboard and the API show.
     */
    public List<IndicatorProgress> overview(Optional<Region> region, boolean includeUnapproved) {
        return overview(region, calendar.currentQuarter(), includeUnapproved);
    }

    /**
     * Every indicator's progress as it stood at the end of {@code upTo}: figures of later quarters are left
     * out, and a quarter in the past is taken as the last closed one. For the current quarter (or later) this
     * is the dashboard's overview.
     */
    public List<IndicatorProgress> overview(Optional<Region> region, Quarter upTo, boolean includeUnapproved) {
        Map<Long, QuarterTotals> totals = sums.upTo(upTo, includeUnapproved, region.map(List::of).orElse(List.of()));
        LocalDate asOfDay = asOfDay(upTo);
        return indicators.findAll().stream()
                .map(i -> calculator.calculate(i, totals.getOrDefault(i.id(), QuarterTotals.NONE), asOfDay, region))
                .toList();
    }

    /** The day the progress is measured on: today, or the day after {@code upTo} when that quarter is past. */
    private LocalDate asOfDay(Quarter upTo) {
        return upTo.isBefore(calendar.currentQuarter()) ? upTo.next().firstDay() : calendar.today();
    }

    /** True while any sample (invented) figure is stored: the UI then says so plainly. */
    public boolean hasSampleFigures() {
        return entries.existsByOrigin(EntryOrigin.SAMPLE);
    }

    /** Every stored figure, newest quarter first, then by indicator and region. */
    public List<ReportedFigure> reportedFigures() {
        Map<Long, String> codes = indicators.findAll().stream()
                .collect(Collectors.toMap(IndicatorDetails::id, IndicatorDetails::code));
        Map<Long, Integer> changes = history.entryChangeCounts();
        return entries.findAll().stream()
                .map(e -> new ReportedFigure(e.getId(), codes.get(e.getIndicatorId()), e.getQuarter(), e.getRegion(),
                        e.getAmount().doubleValue(), e.getComment(), e.getEnteredBy(), e.getEnteredAt(),
                        e.getOrigin(), changes.getOrDefault(e.getId(), 0), e.getStatus()))
                .sorted(Comparator.comparing(ReportedFigure::quarter).reversed()
                        .thenComparing(ReportedFigure::indicatorCode)
                        .thenComparing(ReportedFigure::region))
                .toList();
    }


}
