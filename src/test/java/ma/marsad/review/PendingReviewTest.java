package ma.marsad.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;

/** What waits for a manager: in the sample data, two indicators' 2026-Q3 figures. */
@MarsadSpringTest
class PendingReviewTest {

    @Autowired
    ReviewService reviews;

    @Test
    void theSubmittedSampleQuartersWaitForAManager() {
        assertThat(reviews.pending()).extracting(PendingReview::indicatorCode, PendingReview::quarter,
                        PendingReview::returned)
                .containsExactlyInAnyOrder(tuple("STARTUPS", Quarter.of("2026-Q3"), 0),
                        tuple("ENTREPRENEURS_INVESTORS", Quarter.of("2026-Q3"), 0));
        assertThat(reviews.pending()).allSatisfy(p -> assertThat(p.submitted()).isPositive());
    }
}
