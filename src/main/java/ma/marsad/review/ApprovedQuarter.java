package ma.marsad.review;

import java.time.Instant;

import ma.marsad.base.LocalizedText;
import ma.marsad.base.Quarter;

/** A locked quarter as the approvals screen lists it: which indicator, who approved it and when. */
public record ApprovedQuarter(long indicatorId, String indicatorCode, LocalizedText indicatorName, Quarter quarter,
                              String lockedBy, Instant lockedAt) {
}
