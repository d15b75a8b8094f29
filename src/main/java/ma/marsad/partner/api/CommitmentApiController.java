package ma.marsad.partner.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import ma.marsad.base.ApiError;
import ma.marsad.base.Refusal;
import ma.marsad.base.security.Role;
import ma.marsad.partner.CommitmentService;
import ma.marsad.partner.Completion;
import ma.marsad.partner.Confidence;
import ma.marsad.partner.EvidenceKind;
import ma.marsad.partner.PartnerRefusal;
import ma.marsad.partner.PartnerService;

/**
 * A commitment's history for everyone; reviews and evidence for managers and administrators.
 * GET /api/commitments/{id}/history, POST /api/commitments/{id}/reviews (JSON), POST /api/commitments/{id}/evidence
 * (multipart "file" with date, kind, summary; or JSON with a link). The answer to a POST is the commitment as
 * it stands after it.
 */
@RestController
@RequestMapping("/api/commitments/{id}")
@RolesAllowed({Role.MANAGER_ROLE, Role.OFFICIAL_ROLE, Role.CLERK_ROLE, Role.ADMIN_ROLE})
class CommitmentApiController {

    private static final Locale LANGUAGE = Locale.ENGLISH;

    private final PartnerService partners;
    private final CommitmentService commitments;
    private final MessageSource messages;

    CommitmentApiController(PartnerService partners, CommitmentService commitments, MessageSource messages) {
        this.partners = partners;
        this.commitments = commitments;
        this.messages = messages;
    }

    @GetMapping("/history")
    ResponseEntity<?> history(@PathVariable String id) {
        long number = known(id);
        return ResponseEntity.ok(partners.history(number).stream().map(CommitmentHistoryJson::of).toList());
    }

    @PostMapping(path = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Role.MANAGER_ROLE, Role.ADMIN_ROLE})
    ResponseEntity<?> review(@PathVariable String id, @RequestBody CommitmentRequests.Review body,
                             Authentication user) {
        long number = known(id);
        Completion completion = value(Completion.class, body.completion(), "completion");
        Confidence confidence = value(Confidence.class, body.confidence(), "confidence");
        commitments.review(number, completion, confidence, body.comment(), user.getName());
        return current(number);
    }

    @PostMapping(path = "/evidence", consumes = MediaType.APPLICATION_JSON_VALUE)
    @RolesAllowed({Role.MANAGER_ROLE, Role.ADMIN_ROLE})
    ResponseEntity<?> link(@PathVariable String id, @RequestBody CommitmentRequests.EvidenceLink body,
                           Authentication user) {
        long number = known(id);
        commitments.addLink(number, date(body.date()), value(EvidenceKind.class, body.kind(), "kind"), body.link(),
                body.summary(), user.getName());
        return current(number);
    }

    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @RolesAllowed({Role.MANAGER_ROLE, Role.ADMIN_ROLE})
    ResponseEntity<?> file(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
                           @RequestParam(required = false) String date, @RequestParam(required = false) String kind,
                           @RequestParam(required = false) String summary, Authentication user) throws IOException {
        long number = known(id);
        if (file == null || file.isEmpty()) {
            throw new PartnerRefusal(PartnerRefusal.Reason.LINK_OR_FILE);
        }
        LocalDate on = date(date);
        EvidenceKind what = value(EvidenceKind.class, kind, "kind");
        Path upload = Files.createTempFile("marsad-evidence-", ".bin");
        try {
            file.transferTo(upload);
            commitments.addFile(number, on, what, upload, file.getOriginalFilename(), summary, user.getName());
        } finally {
            Files.deleteIfExists(upload);
        }
        return current(number);
    }

    @ExceptionHandler(PartnerRefusal.class)
    ResponseEntity<ApiError> refused(PartnerRefusal refusal) {
        HttpStatus status = switch (refusal.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FILE_TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
            case FILE_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case FILE_NOT_KEPT -> HttpStatus.INSUFFICIENT_STORAGE;
            case CHANGED_BY_OTHER, NO_CHANGE -> HttpStatus.CONFLICT;
            default -> HttpStatus.BAD_REQUEST;
        };
        return ResponseEntity.status(status).body(new ApiError(messages.getMessage(refusal.messageKey(),
                Refusal.displayArgs(refusal.args(), LANGUAGE), refusal.messageKey(), LANGUAGE)));
    }

    @ExceptionHandler(BadValue.class)
    ResponseEntity<ApiError> badValue(BadValue e) {
        return ResponseEntity.badRequest().body(new ApiError(messages.getMessage("partners.api.bad-value",
                new Object[] {e.field, e.value, e.allowed}, LANGUAGE)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable() {
        return ResponseEntity.badRequest().body(new ApiError(messages.getMessage("api.error.body", null, LANGUAGE)));
    }

    /** The id as a number of a commitment that exists; anything else is the same JSON 404. */
    private long known(String id) {
        Optional<Long> number = id.matches("\\d{1,18}") ? Optional.of(Long.valueOf(id)) : Optional.empty();
        if (number.isEmpty() || partners.commitment(number.get()).isEmpty()) {
            throw new PartnerRefusal(PartnerRefusal.Reason.NOT_FOUND, id);
        }
        return number.get();
    }

    private ResponseEntity<?> current(long id) {
        return ResponseEntity.ok(PartnerJson.CommitmentJson.of(partners.commitment(id).orElseThrow()));
    }

    private static <E extends Enum<E>> E value(Class<E> type, String text, String field) {
        E[] all = type.getEnumConstants();
        return Arrays.stream(all).filter(v -> text != null && v.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new BadValue(field, String.valueOf(text),
                        String.join("|", Arrays.stream(all).map(Enum::name).toList())));
    }

    /** A date as 2026-11-20; today when left out. */
    private LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return partners.today();
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new BadValue("date", text, "YYYY-MM-DD");
        }
    }

    /** A field whose value is not one the API knows. */
    static final class BadValue extends RuntimeException {
        final String field;
        final String value;
        final String allowed;

        BadValue(String field, String value, String allowed) {
            super(field + "=" + value);
            this.field = field;
            this.value = value;
            this.allowed = allowed;
        }
    }
}
