package ma.marsad.progress;

import java.time.Instant;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * A stored progress entry as people read it: which indicator, when, where, how much, from whom, and how
 * many history rows it has (see {@link ProgressService#history(long)}) and its review status.
 */
public record ReportedFigure(long id, String indicatorCode, Quarter quarter, Region region, double value, String comment,
                             String enteredBy, Instant enteredAt, EntryOrigin origin,
                             int changes, EntryStatus status) {
}
