package ma.marsad.excelexport;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;

import ma.marsad.partner.CommitmentDetails;
import ma.marsad.progress.IndicatorProgress;
import ma.marsad.progress.StatusThresholds;

/**
 * Everything a report shows. The entries are streamed (there may be 100,000): {@link Entries#forEach} reads
 * them from the database while the Data sheet or the CSV is written, and may be called more than once.
 *
 * @param indicators  one per indicator in the filter, computed as of the filter's last quarter
 * @param commitments the partners' commitments, for the Partners sheet (issue 23)
 */
public record ReportContent(ReportFilter filter, String generatedBy, ZonedDateTime generatedAt,
                            StatusThresholds thresholds, boolean sampleFigures, List<IndicatorProgress> indicators,
                            Entries entries, List<CommitmentDetails> commitments) {

    public ReportContent {
        commitments = List.copyOf(commitments);
    }

    /** A report without partners' commitments: its Partners sheet has the header only. */
    public ReportContent(ReportFilter filter, String generatedBy, ZonedDateTime generatedAt,
                         StatusThresholds thresholds, boolean sampleFigures, List<IndicatorProgress> indicators,
                         Entries entries) {
        this(filter, generatedBy, generatedAt, thresholds, sampleFigures, indicators, entries, List.of());
    }

    @FunctionalInterface
    public interface Entries {
        void forEach(Consumer<ReportEntry> each);
    }
}
