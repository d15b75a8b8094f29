package ma.marsad.review.api;

import java.util.Map;

/**
 * The body of POST /api/approvals.
 *
 * @param decision APPROVE or RETURN
 * @param comment  required to return (the clerks read it), optional to approve
 * @param versions optional: the figures the caller looked at, by id, with the version GET .../entries gave;
 *                 if any changed since, nothing is decided (409)
 */
record ApprovalRequest(String indicator, String quarter, String decision, String comment, Map<Long, Long> versions) {
}
