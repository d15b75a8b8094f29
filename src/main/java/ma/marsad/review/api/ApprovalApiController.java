package ma.marsad.review.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ma.marsad.base.ApiError;
import ma.marsad.base.Quarter;
import ma.marsad.base.Refusal;
import ma.marsad.base.security.Role;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.ReviewRefusal;
import ma.marsad.progress.api.EntryJson;
import ma.marsad.review.ApprovalService;
import ma.marsad.review.Decision;

/**
 * POST /api/approvals: a manager approves an indicator's quarter (its figures are approved and the quarter
 * locks) or returns it to the clerks with a comment. Answers the quarter's figures as they now stand.
 * Refusals: 409 when the quarter is locked or a figure changed since it was read, 422 when there is nothing
 * to decide or no comment to return with, 404 for an unknown indicator, 400 for a body that means nothing.
 */
@RestController
@RequestMapping("/api/approvals")
@RolesAllowed(Role.MANAGER_ROLE)
class ApprovalApiController {

    /** The API answers in English, whatever language the caller's machine has. */
    private static final Locale LANGUAGE = Locale.ENGLISH;

    private final ApprovalService approvals;
    private final IndicatorService indicators;
    private final MessageSource messages;

    ApprovalApiController(ApprovalService approvals, IndicatorService indicators, MessageSource messages) {
        this.approvals = approvals;
        this.indicators = indicators;
        this.messages = messages;
    }

    @PostMapping
    ResponseEntity<?> decide(@RequestBody ApprovalRequest request, Authentication user) {
        if (request.indicator() == null || request.indicator().isBlank()) {
            return error(HttpStatus.BAD_REQUEST, "api.error.body");
        }
        if (indicators.findByCode(request.indicator().strip().toUpperCase(Locale.ROOT)).isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "api.error.indicator", request.indicator());
        }
        Optional<Quarter> quarter = Quarter.parse(request.quarter() == null ? null
                : request.quarter().strip().toUpperCase(Locale.ROOT));
        if (quarter.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "api.error.quarter", "quarter", String.valueOf(request.quarter()));
        }
        Optional<Decision> decision = Arrays.stream(Decision.values())
                .filter(d -> d.name().equalsIgnoreCase(String.valueOf(request.decision()).strip())).findFirst();
        if (decision.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "api.error.decision", String.valueOf(request.decision()));
        }
        Map<Long, Long> versions = request.versions() == null ? Map.of() : request.versions();
        return ResponseEntity.ok(approvals.decide(request.indicator(), quarter.get(), decision.get(), request.comment(),
                user.getName(), versions).stream().map(EntryJson::of).toList());
    }

    @ExceptionHandler(ReviewRefusal.class)
    ResponseEntity<ApiError> refused(ReviewRefusal refusal) {
        HttpStatus status = switch (refusal.reason()) {
            case NOTHING_TO_APPROVE, NOTHING_WAITING, REASON_REQUIRED -> HttpStatus.UNPROCESSABLE_CONTENT;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case COMMENT_TOO_LONG -> HttpStatus.BAD_REQUEST;
            case LOCKED, CHANGED_BY_OTHER, NOT_LOCKED, ALREADY_EXISTS, NO_CHANGE -> HttpStatus.CONFLICT;
        };
        // Quarters as the API reads and writes them (2026-Q3), not as a page names them.
        Object[] args = java.util.Arrays.stream(refusal.args()).map(a -> a instanceof Quarter q ? q.toString() : a).toArray();
        return ResponseEntity.status(status).body(new ApiError(messages.getMessage(refusal.messageKey(),
                Refusal.displayArgs(args, LANGUAGE), refusal.messageKey(), LANGUAGE)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        return error(HttpStatus.BAD_REQUEST, "api.error.body");
    }

    private ResponseEntity<ApiError> error(HttpStatus status, String key, Object... args) {
        return ResponseEntity.status(status).body(new ApiError(messages.getMessage(key, args, key, LANGUAGE)));
    }
}
