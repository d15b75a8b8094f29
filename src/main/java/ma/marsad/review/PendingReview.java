package ma.marsad.review;

import ma.marsad.progress.EntryDetails;

import java.time.Instant;
import java.util.List;

import ma.marsad.base.Quarter;

/**
 * An indicator's quarter with figures waiting for a manager.
 *
 * @param figures   every figure of that quarter (all regions), with their status and version
 * @param submitted how many are waiting
 * @param returned  how many were sent back and not corrected yet
 * @param lastEntry when the latest of them was entered
 */
public record PendingReview(long indicatorId, String indicatorCode, Quarter quarter, List<EntryDetails> figures,
                            int submitted, int returned, Instant lastEntry, List<String> enteredBy) {

    public PendingReview {
        figures = List.copyOf(figures);
        enteredBy = List.copyOf(enteredBy);
    }
}
