package ma.marsad.excelexport;

import java.util.List;
import java.util.Optional;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * What a report holds: the quarters from {@code from} to {@code to} (both included), one region or all of
 * them with National, and some indicators or all.
 *
 * @param indicatorCodes the indicators chosen, in the order given; empty for all
 */
public record ReportFilter(Quarter from, Quarter to, Optional<Region> region, List<String> indicatorCodes) {

    public ReportFilter {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        indicatorCodes = List.copyOf(indicatorCodes);
    }

    /** The file name says what the file holds: marsad-progress-2025-Q1_2026-Q3[-SOUSS_MASSA].xlsx. */
    public String fileName(ReportFormat format) {
        return "marsad-progress-" + from + "_" + to + region.map(r -> "-" + r.name()).orElse("") + "."
                + format.extension();
    }
}
