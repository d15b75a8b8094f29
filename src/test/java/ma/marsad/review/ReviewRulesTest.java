package ma.marsad.review;

import ma.marsad.progress.EntryStatus;
import ma.marsad.progress.ReviewRefusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import ma.marsad.base.Quarter;

/** The review state machine on its own: every move it allows, and every one it refuses with the reason. */
class ReviewRulesTest {

    private static final Quarter Q3 = Quarter.of("2026-Q3");

    private static ReviewRefusal.Reason reasonOf(Runnable change) {
        try {
            change.run();
        } catch (ReviewRefusal refusal) {
            return refusal.reason();
        }
        throw new AssertionError("the change was allowed");
    }

    @Test
    void approvingMakesSubmittedReturnedAndApprovedFiguresApproved() {
        assertThat(ReviewRules.approve(false, List.of(EntryStatus.SUBMITTED, EntryStatus.RETURNED,
                EntryStatus.APPROVED), "STARTUPS", Q3)).isEqualTo(EntryStatus.APPROVED);
    }

    @Test
    void approvingALockedQuarterIsRefused() {
        assertThat(reasonOf(() -> ReviewRules.approve(true, List.of(EntryStatus.SUBMITTED), "STARTUPS", Q3)))
                .isEqualTo(ReviewRefusal.Reason.LOCKED);
    }

    @Test
    void approvingAQuarterWithoutFiguresIsRefused() {
        assertThat(reasonOf(() -> ReviewRules.approve(false, List.of(), "STARTUPS", Q3)))
                .isEqualTo(ReviewRefusal.Reason.NOTHING_TO_APPROVE);
    }

    @Test
    void returningSendsTheSubmittedFiguresBackWithTheComment() {
        assertThat(ReviewRules.returnTo(false, List.of(EntryStatus.SUBMITTED, EntryStatus.APPROVED), "Casablanca is"
                + " counted twice", "STARTUPS", Q3)).isEqualTo(EntryStatus.RETURNED);
    }

    @Test
    void returningALockedQuarterIsRefused() {
        assertThat(reasonOf(() -> ReviewRules.returnTo(true, List.of(EntryStatus.SUBMITTED), "why", "STARTUPS", Q3)))
                .isEqualTo(ReviewRefusal.Reason.LOCKED);
    }

    @Test
    void returningAQuarterWithNothingSubmittedIsRefused() {
        assertThat(reasonOf(() -> ReviewRules.returnTo(false, List.of(EntryStatus.RETURNED, EntryStatus.APPROVED),
                "why", "STARTUPS", Q3))).isEqualTo(ReviewRefusal.Reason.NOTHING_WAITING);
        assertThat(reasonOf(() -> ReviewRules.returnTo(false, List.of(), "why", "STARTUPS", Q3)))
                .isEqualTo(ReviewRefusal.Reason.NOTHING_WAITING);
    }

    @Test
    void returningWithoutACommentIsRefused() {
        for (String blank : new String[] {null, "", "   \n"}) {
            assertThat(reasonOf(() -> ReviewRules.returnTo(false, List.of(EntryStatus.SUBMITTED), blank, "STARTUPS",
                    Q3))).as("comment <%s>", blank).isEqualTo(ReviewRefusal.Reason.REASON_REQUIRED);
        }
    }

    @Test
    void reopeningALockedQuarterWithAReasonIsAllowed() {
        ReviewRules.reopen(true, "The ministry revised its survey", "STARTUPS", Q3);
        assertThat(reasonOf(() -> ReviewRules.reopen(true, " ", "STARTUPS", Q3)))
                .as("the same reopening without a reason").isEqualTo(ReviewRefusal.Reason.REASON_REQUIRED);
    }

    @Test
    void reopeningAQuarterThatIsNotLockedIsRefused() {
        assertThat(reasonOf(() -> ReviewRules.reopen(false, "why", "STARTUPS", Q3)))
                .isEqualTo(ReviewRefusal.Reason.NOT_LOCKED);
    }

    @Test
    void reopeningWithoutAReasonIsRefused() {
        assertThat(reasonOf(() -> ReviewRules.reopen(true, null, "STARTUPS", Q3)))
                .isEqualTo(ReviewRefusal.Reason.REASON_REQUIRED);
    }
}
