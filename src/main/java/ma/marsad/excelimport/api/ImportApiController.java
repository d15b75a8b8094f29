package ma.marsad.excelimport.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ma.marsad.base.ApiError;
import ma.marsad.base.ContentTypes;
import ma.marsad.base.FileLanguage;
import ma.marsad.base.UnknownLanguageException;
import ma.marsad.base.security.Role;
import ma.marsad.excelimport.AnnotatedFileName;
import ma.marsad.excelimport.FileNotKeptException;
import ma.marsad.excelimport.ImportJob;
import ma.marsad.excelimport.ImportJobs;
import ma.marsad.excelimport.ImportQueueFullException;
import ma.marsad.excelimport.ImportRefusals;
import ma.marsad.excelimport.ImportReport;
import ma.marsad.excelimport.ImportTemplates;
import ma.marsad.excelimport.ImportService;
import ma.marsad.excelimport.ImportSummary;
import ma.marsad.excelimport.ImportProgress;
import ma.marsad.excelimport.UnreadableWorkbookException;
import ma.marsad.progress.ConcurrentFigureChangeException;

/**
 * Clerks' imports over HTTP: GET /api/imports/template.xlsx (?lang=fr|ar|en, else the request's language), POST /api/imports?dryRun=true|false with a
 * multipart field "file", POST /api/imports/annotated.xlsx for the marked-up copy, GET /api/imports for
 * the log. A file that cannot be read at all gets 400, 413 or 415 with {"error": "..."}; a file with
 * row errors gets the full report (422 when it was meant to be imported); 507 when the server cannot keep
 * the file (disk full, imports folder read-only), nothing stored. Files are read by {@link ImportJobs}, a few at
 * once across the server: while every place in its queue is taken, uploads get 503 with Retry-After.
 */
@RestController
@RequestMapping("/api/imports")
@RolesAllowed({Role.CLERK_ROLE, Role.ADMIN_ROLE})
class ImportApiController {

    private static final Logger LOG = LoggerFactory.getLogger(ImportApiController.class);
    private static final ImportJob.Listener<ImportReport> NO_LISTENER = new ImportJob.Listener<>() { };

    private final ImportService imports;
    private final ImportJobs jobs;
    private final ImportTemplates templates;
    private final ImportRefusals refusals;
    private final MessageSource messages;

    ImportApiController(ImportService imports, ImportJobs jobs, ImportTemplates templates, ImportRefusals refusals,
                        MessageSource messages) {
        this.imports = imports;
        this.jobs = jobs;
        this.templates = templates;
        this.refusals = refusals;
        this.messages = messages;
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@RequestParam(required = false) String lang, Locale locale)
            throws IOException, UnknownLanguageException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        templates.write(FileLanguage.of(lang, locale), out);
        return attachment("marsad-import-template.xlsx", out.toByteArray());
    }

    @PostMapping
    ResponseEntity<?> upload(@RequestParam(name = "file", required = false) MultipartFile file,
                             @RequestParam(defaultValue = "false") boolean dryRun,
                             Authentication user, Locale locale)
            throws IOException, UnreadableWorkbookException, ImportQueueFullException, InterruptedException {
        if (file == null) {
            return refusal(HttpStatus.BAD_REQUEST, "import.refused.MISSING_FILE", locale);
        }
        Path upload = receive(file);
        try {
            ImportJob<ImportReport> job = dryRun
                    ? jobs.check(upload, locale, ImportProgress.NONE, NO_LISTENER)
                    : jobs.importFile(upload, file.getOriginalFilename(), user.getName(), locale, ImportProgress.NONE,
                            NO_LISTENER);
            ImportReport report = job.await();
            HttpStatus status = report.clean() || dryRun ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
            return ResponseEntity.status(status).body(ImportJson.of(report));
        } catch (ConcurrentFigureChangeException e) {
            return refusal(HttpStatus.CONFLICT, "import.refused.CONFLICT", locale);
        } catch (FileNotKeptException e) {
            LOG.error("Importing {} stopped: the file could not be kept", file.getOriginalFilename(), e);
            return refusal(HttpStatus.INSUFFICIENT_STORAGE, "imports.not-kept", locale);
        } catch (RuntimeException e) {
            return failure(file, e, locale);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    /** The copy is written to a temporary file by an import thread, then sent from it: never whole in memory. */
    @PostMapping("/annotated.xlsx")
    ResponseEntity<?> annotated(@RequestParam(name = "file", required = false) MultipartFile file, Locale locale)
            throws IOException, UnreadableWorkbookException, ImportQueueFullException, InterruptedException {
        if (file == null) {
            return refusal(HttpStatus.BAD_REQUEST, "import.refused.MISSING_FILE", locale);
        }
        Path upload = receive(file);
        Path copy;
        try {
            copy = jobs.annotatedCopy(upload, locale, new ImportJob.Listener<>() { }).await();
        } catch (RuntimeException e) {
            return failure(file, e, locale);
        } finally {
            Files.deleteIfExists(upload);
        }
        long length = Files.size(copy);
        // Sent from the temporary file, which is deleted once the answer is written.
        InputStreamResource body = new InputStreamResource(Files.newInputStream(copy, StandardOpenOption.DELETE_ON_CLOSE));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(AnnotatedFileName.of(file.getOriginalFilename())))
                .contentType(MediaType.parseMediaType(ContentTypes.XLSX))
                .contentLength(length)
                .body(body);
    }

    @GetMapping
    List<ImportSummary> recent(@RequestParam(defaultValue = "50") int limit) {
        return imports.recentImports(Math.clamp(limit, 1, 500));
    }

    @ExceptionHandler(UnreadableWorkbookException.class)
    ResponseEntity<ApiError> unreadable(UnreadableWorkbookException e, Locale locale) {
        HttpStatus status = switch (e.reason()) {
            case NOT_A_SPREADSHEET -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).body(new ApiError(imports.refusal(e.reason(), locale)));
    }

    /** Every import thread busy and the queue full: come back later, as Retry-After says. */
    @ExceptionHandler(ImportQueueFullException.class)
    ResponseEntity<ApiError> queueFull(ImportQueueFullException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .body(new ApiError(refusals.busy(locale)));
    }

    @ExceptionHandler(UnknownLanguageException.class)
    ResponseEntity<ApiError> unknownLanguage(UnknownLanguageException e, Locale locale) {
        return refusal(HttpStatus.BAD_REQUEST, UnknownLanguageException.MESSAGE_KEY, locale, e.lang());
    }

    /** A fault of ours, not of the file: logged with its stack trace, answered in words, nothing stored. */
    private ResponseEntity<ApiError> failure(MultipartFile file, RuntimeException e, Locale locale) {
        LOG.error("Processing {} failed", file.getOriginalFilename(), e);
        return refusal(HttpStatus.INTERNAL_SERVER_ERROR, "imports.failed", locale);
    }

    private ResponseEntity<ApiError> refusal(HttpStatus status, String key, Locale locale, Object... args) {
        return ResponseEntity.status(status).body(new ApiError(messages.getMessage(key, args, key, locale)));
    }

    private static Path receive(MultipartFile file) throws IOException {
        Path upload = Files.createTempFile("marsad-upload-", ".bin");
        try {
            file.transferTo(upload);
            return upload;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(upload);
            throw e;
        }
    }

    private static String disposition(String name) {
        return ContentDisposition.attachment().filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString();
    }

    private static ResponseEntity<byte[]> attachment(String name, byte[] body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(name))
                .contentType(MediaType.parseMediaType(ContentTypes.XLSX))
                .body(body);
    }
}
