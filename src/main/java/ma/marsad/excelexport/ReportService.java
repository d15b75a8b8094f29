package ma.marsad.excelexport;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import ma.marsad.base.FileLanguage;
import ma.marsad.base.Morocco;
import ma.marsad.base.ReportingCalendar;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.excelimport.ImportFileNames;
import ma.marsad.forecast.ForecastService;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.partner.PartnerService;
import ma.marsad.progress.FigureStream;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.ProgressService;
import ma.marsad.progress.StatusThresholds;

/** Officials' reports: the progress workbook and its data as CSV, for the quarters, region and indicators asked. */
@Service
public class ReportService {

    private final IndicatorService indicators;
    private final ProgressService progress;
    private final FigureStream figureStream;
    private final ImportFileNames importFiles;
    private final StatusThresholds thresholds;
    private final MessageSource messages;
    private final Clock clock;
    private final ReportingCalendar calendar;
    private final ForecastService forecasts;
    private final PartnerService partners;

    ReportService(IndicatorService indicators, ProgressService progress, FigureStream figureStream,
                  ImportFileNames importFiles, StatusThresholds thresholds, MessageSource messages, Clock clock,
                  ReportingCalendar calendar, ForecastService forecasts, PartnerService partners) {
        this.forecasts = forecasts;
        this.partners = partners;
        this.indicators = indicators;
        this.progress = progress;
        this.figureStream = figureStream;
        this.importFiles = importFiles;
        this.thresholds = thresholds;
        this.messages = messages;
        this.clock = clock;
        this.calendar = calendar;
    }

    /** The first quarter any target covers: where a report starts unless asked otherwise. */
    public Quarter firstQuarter() {
        return indicators.findAll().stream().map(i -> Quarter.containing(i.startDate()))
                .min(Comparator.naturalOrder()).orElse(currentQuarter());
    }

    public Quarter currentQuarter() {
        return calendar.currentQuarter();
    }

    /** Every quarter a report may cover, oldest first. */
    public List<Quarter> quarters() {
        List<Quarter> all = new ArrayList<>();
        for (Quarter q = firstQuarter(); !q.isAfter(currentQuarter()); q = q.next()) {
            all.add(q);
        }
        return all;
    }

    public List<IndicatorDetails> indicators() {
        return indicators.findAll();
    }

    /**
     * Reads a filter as the API receives it: blank means the default (from the first quarter to the
     * current one, all regions, all indicators, approved figures only).
     */
    public ReportFilter filter(String from, String to, String region, List<String> indicatorCodes,
                               boolean includeUnapproved) throws InvalidReportFilterException {
        Quarter first = quarter(from, "from", firstQuarter());
        Quarter last = quarter(to, "to", currentQuarter());
        if (first.isAfter(last)) {
            throw new InvalidReportFilterException("report.error.from-after-to", first, last);
        }
        Optional<Region> chosen = Optional.empty();
        if (region != null && !region.isBlank()) {
            chosen = Arrays.stream(Region.values()).filter(r -> r.name().equalsIgnoreCase(region.strip())).findFirst();
            if (chosen.isEmpty()) {
                throw new InvalidReportFilterException("report.error.region", region.strip());
            }
        }
        List<String> codes = new ArrayList<>();
        Map<String, IndicatorDetails> known = byCode();
        for (String code : indicatorCodes == null ? List.<String>of() : indicatorCodes) {
            for (String one : code.split(",")) {
                String wanted = one.strip().toUpperCase(Locale.ROOT);
                if (wanted.isEmpty()) {
                    continue;
                }
                if (!known.containsKey(wanted)) {
                    throw new InvalidReportFilterException("report.error.indicator", one.strip(),
                            String.join(", ", known.keySet()));
                }
                if (!codes.contains(wanted)) {
                    codes.add(wanted);
                }
            }
        }
        return new ReportFilter(first, last, chosen, codes, includeUnapproved);
    }

    /** The Summary sheet's rows: each chosen indicator as it stood at the end of the filter's last quarter. */
    public List<IndicatorProgress> summary(ReportFilter filter) {
        List<IndicatorProgress> all = progress.overview(filter.region(), filter.to(), filter.includeUnapproved());
        if (filter.indicatorCodes().isEmpty()) {
            return all;
        }
        return filter.indicatorCodes().stream()
                .map(code -> all.stream().filter(p -> p.indicator().code().equals(code)).findFirst().orElseThrow())
                .toList();
    }

    /**
     * Writes the report, made for {@code user}, as a workbook or as the CSV of its data, in {@code locale}'s
     * language (English for one Marsad does not speak; Arabic right to left).
     */
    public void write(ReportFormat format, ReportFilter filter, String user, Locale locale, OutputStream out)
            throws IOException {
        ReportContent content = content(filter, user, locale);
        switch (format) {
            case XLSX -> ReportWorkbook.write(content, ReportTexts.in(messages, locale), out);
            case CSV -> ReportCsv.write(content, out);
        }
    }

    ReportContent content(ReportFilter filter, String user, Locale locale) {
        Locale language = FileLanguage.supported(locale);
        List<IndicatorProgress> rows = summary(filter);
        Map<Long, IndicatorDetails> chosen = new LinkedHashMap<>();
        rows.forEach(p -> chosen.put(p.indicator().id(), p.indicator()));
        Map<Long, String> importFiles = this.importFiles.byImportId();
        ReportContent.Entries entries = each -> figureStream.forEachFigure(filter.from(), filter.to(), filter.region(),
                chosen.keySet(), filter.includeUnapproved(), f -> {
                    IndicatorDetails i = chosen.get(f.indicatorId());
                    each.accept(new ReportEntry(i.code(), i.name().in(language), i.unit().in(language), f.quarter(), f.region(),
                            f.amount(), f.comment(), f.enteredBy(), f.enteredAt(), f.origin(), f.importId(),
                            f.importId() == null ? null : importFiles.get(f.importId()), f.status()));
                });
        Map<String, ForecastService.Outlook> outlooks = new LinkedHashMap<>();
        rows.forEach(p -> outlooks.put(p.indicator().code(), forecasts.outlook(p)));
        return new ReportContent(filter, user, java.time.Instant.now(clock).atZone(Morocco.ZONE), thresholds,
                progress.hasSampleFigures(), rows, entries, outlooks, partners.commitments());
    }

    private Map<String, IndicatorDetails> byCode() {
        Map<String, IndicatorDetails> known = new LinkedHashMap<>();
        indicators.findAll().forEach(i -> known.put(i.code(), i));
        return known;
    }

    private static Quarter quarter(String text, String name, Quarter fallback) throws InvalidReportFilterException {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        return Quarter.parse(text.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidReportFilterException("report.error.quarter", name, text.strip()));
    }
}
