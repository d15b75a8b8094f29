package ma.marsad.excelexport.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ma.marsad.base.ContentTypes;
import ma.marsad.base.FileLanguage;
import ma.marsad.base.security.Role;
import ma.marsad.excelexport.ReportFilter;
import ma.marsad.excelexport.ReportFormat;
import ma.marsad.excelexport.ReportService;

/**
 * GET /api/reports/progress.xlsx and /api/reports/progress.csv, with optional from, to (quarters such as
 * 2025-Q1), region (a code), indicator (repeatable, or comma-separated), includeUnapproved (true to
 * count figures a manager has not approved yet), bound once as a {@link ReportRequest}, and lang (fr, ar or en;
 * the request's language without it). A filter that means nothing, or another lang, gets 400 with
 * {"error": "..."} in the reader's language (base's ApiRefusals).
 */
@RestController
@RequestMapping("/api/reports")
@RolesAllowed({Role.OFFICIAL_ROLE, Role.MANAGER_ROLE, Role.ADMIN_ROLE})
class ReportApiController {

    private final ReportService reports;

    ReportApiController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/progress.xlsx")
    void workbook(ReportRequest request, @RequestParam Optional<FileLanguage> lang, Locale locale,
                  Authentication user, HttpServletResponse response) throws IOException {
        send(ReportFormat.XLSX, request.filter(reports), FileLanguage.chosen(lang, locale), user, response);
    }

    @GetMapping("/progress.csv")
    void csv(ReportRequest request, @RequestParam Optional<FileLanguage> lang, Locale locale,
             Authentication user, HttpServletResponse response) throws IOException {
        send(ReportFormat.CSV, request.filter(reports), FileLanguage.chosen(lang, locale), user, response);
    }

    private void send(ReportFormat format, ReportFilter filter, Locale language, Authentication user,
                      HttpServletResponse response) throws IOException {
        response.setContentType(format.contentType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(filter.fileName(format), StandardCharsets.UTF_8).build().toString());
        try (OutputStream out = response.getOutputStream()) {
            reports.write(format, filter, user.getName(), language, out);
        }
    }
}
