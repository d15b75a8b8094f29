package ma.marsad.excelexport;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import ma.marsad.forecast.ForecastService.Outlook;
import ma.marsad.partner.CommitmentDetails;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.StatusThresholds;

/**
 * Everything a report shows. The entries are streamed (there may be 100,000): {@link Entries#forEach} reads
 * them from the database while the Data sheet or the CSV is written, and may be called more than once.
 *
 * @param indicators  one per indicator in the filter, computed as of the filter's last quarter
 * @param outlooks    each indicator's forecast and UN measure, by code, from the same figures
 * @param commitments the partners' commitments, for the Partners sheet
 */
public record ReportContent(ReportFilter filter, String generatedBy, ZonedDateTime generatedAt,
                            StatusThresholds thresholds, boolean sampleFigures, List<IndicatorProgress> indicators,
                            Entries entries, Map<String, Outlook> outlooks, List<CommitmentDetails> commitments) {

    public ReportContent {
        outlooks = Map.copyOf(outlooks);
        commitments = List.copyOf(commitments);
    }

    /** A report without forecasts (their columns stay blank) and without commitments (Partners has its header only). */
    public ReportContent(ReportFilter filter, String generatedBy, ZonedDateTime generatedAt,
                         StatusThresholds thresholds, boolean sampleFigures, List<IndicatorProgress> indicators,
                         Entries entries) {
        this(filter, generatedBy, generatedAt, thresholds, sampleFigures, indicators, entries, Map.of(), List.of());
    }

    /** A report with forecasts and without commitments. */
    public ReportContent(ReportFilter filter, String generatedBy, ZonedDateTime generatedAt,
                         StatusThresholds thresholds, boolean sampleFigures, List<IndicatorProgress> indicators,
                         Entries entries, Map<String, Outlook> outlooks) {
        this(filter, generatedBy, generatedAt, thresholds, sampleFigures, indicators, entries, outlooks, List.of());
    }

    /** A report with commitments and without forecasts. */
    public ReportContent(ReportFilter filter, String generatedBy, ZonedDateTime generatedAt,
                         StatusThresholds thresholds, boolean sampleFigures, List<IndicatorProgress> indicators,
                         Entries entries, List<CommitmentDetails> commitments) {
        this(filter, generatedBy, generatedAt, thresholds, sampleFigures, indicators, entries, Map.of(), commitments);
    }

    @FunctionalInterface
    public interface Entries {
        void forEach(Consumer<ReportEntry> each);
    }
}
