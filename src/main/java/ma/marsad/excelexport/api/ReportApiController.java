package ma.marsad.excelexport.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ma.marsad.base.ApiError;
import ma.marsad.base.ContentTypes;
import ma.marsad.base.FileLanguage;
import ma.marsad.base.UnknownLanguageException;
import ma.marsad.base.security.Role;
import ma.marsad.excelexport.InvalidReportFilterException;
import ma.marsad.excelexport.ReportFilter;
import ma.marsad.excelexport.ReportFormat;
import ma.marsad.excelexport.ReportService;

/**
 * GET /api/reports/progress.xlsx and /api/reports/progress.csv, with optional from, to (quarters such as
 * 2025-Q1), region (a code), indicator (repeatable, or comma-separated), includeUnapproved (true to
 * count figures a manager has not approved yet) and lang (fr, ar or en; the request's language without it).
 * A filter that means nothing, or another lang, gets 400 with {"error": "..."}.
 */
@RestController
@RequestMapping("/api/reports")
@RolesAllowed({Role.OFFICIAL_ROLE, Role.MANAGER_ROLE, Role.ADMIN_ROLE})
class ReportApiController {

    private final ReportService reports;
    private final MessageSource messages;

    ReportApiController(ReportService reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    @GetMapping("/progress.xlsx")
    void workbook(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @RequestParam(required = false) String region,
                  @RequestParam(name = "indicator", required = false) List<String> indicators,
                  @RequestParam(defaultValue = "false") boolean includeUnapproved,
                  @RequestParam(required = false) String lang, Locale locale,
                  Authentication user, HttpServletResponse response)
            throws IOException, InvalidReportFilterException, UnknownLanguageException {
        send(ReportFormat.XLSX, reports.filter(from, to, region, indicators, includeUnapproved),
                FileLanguage.of(lang, locale), user, response);
    }

    @GetMapping("/progress.csv")
    void csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
             @RequestParam(required = false) String region,
             @RequestParam(name = "indicator", required = false) List<String> indicators,
             @RequestParam(defaultValue = "false") boolean includeUnapproved,
             @RequestParam(required = false) String lang, Locale locale,
             Authentication user, HttpServletResponse response)
            throws IOException, InvalidReportFilterException, UnknownLanguageException {
        send(ReportFormat.CSV, reports.filter(from, to, region, indicators, includeUnapproved),
                FileLanguage.of(lang, locale), user, response);
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

    @ExceptionHandler(InvalidReportFilterException.class)
    ResponseEntity<ApiError> invalid(InvalidReportFilterException e, Locale locale) {
        return ResponseEntity.badRequest().body(new ApiError(messages.getMessage(e.key(), e.args(), e.key(), locale)));
    }

    @ExceptionHandler(UnknownLanguageException.class)
    ResponseEntity<ApiError> unknownLanguage(UnknownLanguageException e, Locale locale) {
        return ResponseEntity.badRequest().body(new ApiError(messages.getMessage(UnknownLanguageException.MESSAGE_KEY,
                new Object[] {e.lang()}, locale)));
    }
}
