package ma.marsad.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import ma.marsad.base.Quarter;

/** The figures' own review rule: an edit submits the figure again, a locked quarter refuses it. */
class FigureEditsTest {

    private static final Quarter Q3 = Quarter.of("2026-Q3");

    @Test
    void aFigureEnteredOrChangedInAnOpenQuarterIsSubmitted() {
        assertThat(FigureEdits.afterEdit(false, "UNICORNS", Q3)).isEqualTo(EntryStatus.SUBMITTED);
    }

    @Test
    void aFigureInALockedQuarterCannotBeEnteredOrChangedAndTheRefusalNamesTheQuarter() {
        assertThatThrownBy(() -> FigureEdits.afterEdit(true, "UNICORNS", Q3))
                .isInstanceOfSatisfying(ReviewRefusal.class, r -> {
                    assertThat(r.reason()).isEqualTo(ReviewRefusal.Reason.LOCKED);
                    assertThat(r.messageKey()).isEqualTo("workflow.refused.LOCKED");
                    assertThat(r.args()).containsExactly("UNICORNS", Q3);
                });
    }
}
