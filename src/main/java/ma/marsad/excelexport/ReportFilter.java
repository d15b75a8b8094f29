package ma.marsad.excelexport;

import java.util.List;
import java.util.Optional;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * What a report holds: the quarters from {@code from} to {@code to} (both included), one region or all of
 * them with National, some indicators or all, and approved figures only or those not yet approved too.
 *
 * @param indicatorCodes    the indicators chosen, in the order given; empty for all
 * @param includeUnapproved whether figures a manager has not approved yet (submitted or returned) count
 */
public record ReportFilter(Quarter from, Quarter to, Optional<Region> region, List<String> indicatorCodes,
                           boolean includeUnapproved) {

    public ReportFilter {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        indicatorCodes = List.copyOf(indicatorCodes);
    }

    /** Approved figures only, as reports are by default. */
    public ReportFilter(Quarter from, Quarter to, Optional<Region> region, List<String> indicatorCodes) {
        this(from, to, region, indicatorCodes, false);
    }

    /**
     * The file name says what the file holds:
     * marsad-progress-2025-Q1_2026-Q3[-SOUSS_MASSA][-with-unapproved].xlsx.
     */
    public String fileName(ReportFormat format) {
        return "marsad-progress-" + from + "_" + to + region.map(r -> "-" + r.name()).orElse("")
                + (includeUnapproved ? "-with-unapproved" : "") + "." + format.extension();
    }
}
