package ma.marsad.review.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ma.marsad.base.AnswersInEnglish;
import ma.marsad.base.Quarter;
import ma.marsad.base.RequestRefusal;
import ma.marsad.base.ValueReader;
import ma.marsad.base.security.Role;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.api.EntryJson;
import ma.marsad.review.ApprovalService;
import ma.marsad.review.Decision;

/**
 * POST /api/approvals: a manager approves an indicator's quarter (its figures are approved and the quarter
 * locks) or returns it to the clerks with a comment. Answers the quarter's figures as they now stand.
 * Refusals: 409 when the quarter is locked or a figure changed since it was read, 422 when there is nothing
 * to decide or no comment to return with, 404 for an unknown indicator, 400 for a body that means nothing
 * (the review's reasons carry their status; base's ApiRefusals answers them all).
 */
@RestController
@RequestMapping("/api/approvals")
@RolesAllowed(Role.MANAGER_ROLE)
@AnswersInEnglish
class ApprovalApiController {

    private final ApprovalService approvals;
    private final IndicatorService indicators;
    private final ValueReader<Quarter> quarters;
    private final ValueReader<Decision> decisions;

    ApprovalApiController(ApprovalService approvals, IndicatorService indicators, ValueReader<Quarter> quarters,
                          ValueReader<Decision> decisions) {
        this.approvals = approvals;
        this.indicators = indicators;
        this.quarters = quarters;
        this.decisions = decisions;
    }

    @PostMapping
    List<EntryJson> decide(@RequestBody ApprovalRequest request, Authentication user) {
        if (request.indicator() == null || request.indicator().isBlank()) {
            throw new RequestRefusal(HttpStatus.BAD_REQUEST, "api.error.body");
        }
        if (indicators.findByCode(request.indicator().strip().toUpperCase(Locale.ROOT)).isEmpty()) {
            throw new RequestRefusal(HttpStatus.NOT_FOUND, "api.error.indicator", request.indicator());
        }
        // The body's fields are read as request parameters are, and refused in the same words.
        Quarter quarter = quarters.read("quarter", request.quarter());
        Decision decision = decisions.read("decision", request.decision());
        Map<Long, Long> versions = request.versions() == null ? Map.of() : request.versions();
        return approvals.decide(request.indicator(), quarter, decision, request.comment(), user.getName(), versions)
                .stream().map(EntryJson::of).toList();
    }
}
