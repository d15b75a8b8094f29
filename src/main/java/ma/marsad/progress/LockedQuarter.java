package ma.marsad.progress;

import java.time.Instant;

import ma.marsad.base.Quarter;

/** An indicator's quarter that a manager approved: its figures cannot change until it is reopened. */
public record LockedQuarter(long indicatorId, Quarter quarter, String lockedBy, Instant lockedAt) {
}
