package ma.marsad.progress;

import java.time.Clock;
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
import ma.marsad.base.Region;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;

/** Where each target stands: the figures in the database run through the progress arithmetic. */
@Service
@Transactional(readOnly = true)
public class ProgressService {

    private final IndicatorService indicators;
    private final ProgressEntryRepository entries;
    private final ProgressCalculator calculator;
    private final Clock clock;
    private final HistoryLog history;

    ProgressService(IndicatorService indicators, ProgressEntryRepository entries, StatusThresholds thresholds,
                    Clock clock, HistoryLog history) {
        this.indicators = indicators;
        this.entries = entries;
        this.history = history;
        this.calculator = new ProgressCalculator(thresholds);
        this.clock = clock;
    }

    /**
     * Every indicator's progress from approved figures, nationally, with the share of {@code region}
     * alongside if one is given.
     */
    public List<IndicatorProgress> overview(Optional<Region> region) {
        return overview(region, false);
    }

    /** As {@link #overview(Optional)}, counting figures not yet approved too when asked. */
    public List<IndicatorProgress> overview(Optional<Region> region, boolean includeUnapproved) {
        return overview(region, Quarter.containing(LocalDate.now(clock)), includeUnapproved);
    }

    /** As {@link #overview(Optional, Quarter, boolean)} from approved figures only. */
    public List<IndicatorProgress> overview(Optional<Region> region, Quarter upTo) {
        return overview(region, upTo, false);
    }

    /**
     * Every indicator's progress as it stood at the end of {@code upTo}: figures of later quarters are left
     * out, and a quarter in the past is taken as the last closed one. For the current quarter (or later) this
     * is the dashboard's overview.
     */
    public List<IndicatorProgress> overview(Optional<Region> region, Quarter upTo, boolean includeUnapproved) {
        Map<Long, List<Figure>> figures = entries.findAllFigures().stream()
                .filter(f -> !f.quarter().isAfter(upTo))
                .filter(f -> includeUnapproved || f.status() == EntryStatus.APPROVED)
                .collect(Collectors.groupingBy(FigureRow::indicatorId,
                        Collectors.mapping(FigureRow::toFigure, Collectors.toList())));
        LocalDate today = LocalDate.now(clock);
        LocalDate asOfDay = upTo.isBefore(Quarter.containing(today)) ? upTo.next().firstDay() : today;
        return indicators.findAll().stream()
                .map(i -> calculator.calculate(i, figures.getOrDefault(i.id(), List.of()), asOfDay, region))
                .toList();
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
