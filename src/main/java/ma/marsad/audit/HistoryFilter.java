package ma.marsad.audit;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What the audit view asks for; every part is optional.
 *
 * @param from  changes at or after this instant
 * @param to    changes before this instant
 */
public record HistoryFilter(Optional<String> changedBy, Optional<Long> indicatorId, Set<ChangeKind> kinds,
                            Optional<Instant> from, Optional<Instant> to) {

    public HistoryFilter {
        kinds = Set.copyOf(kinds);
    }
}
