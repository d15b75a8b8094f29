package ma.marsad.excelexport.api;

import java.util.List;

import ma.marsad.excelexport.ReportFilter;
import ma.marsad.excelexport.ReportService;

/**
 * A report's filter as the request gives it, bound once for both formats: from and to (quarters such as
 * 2025-Q1), region (a code), indicator (repeatable, or comma-separated), includeUnapproved (true to count
 * figures a manager has not approved yet). Absent means the default; {@link ReportService#filter} reads it.
 */
record ReportRequest(String from, String to, String region, List<String> indicator, Boolean includeUnapproved) {

    ReportFilter filter(ReportService reports) {
        return reports.filter(from, to, region, indicator, Boolean.TRUE.equals(includeUnapproved));
    }
}
