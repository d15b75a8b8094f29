package ma.marsad.partner.ui;

import java.time.LocalDate;

import ma.marsad.partner.CommitmentDetails;
import ma.marsad.partner.Completion;

/** The view's status filter: a completion level, not reviewed yet, or due for review. */
enum StatusFilter {
    NOT_REVIEWED, NOT_STARTED, LIMITED, SUBSTANTIAL, COMPLETED, REVIEW_DUE;

    boolean matches(CommitmentDetails c, LocalDate today) {
        return switch (this) {
            case NOT_REVIEWED -> c.completion() == null;
            case REVIEW_DUE -> c.reviewDue(today);
            default -> c.completion() == Completion.valueOf(name());
        };
    }
}
