package ma.marsad.audit;

import java.util.Optional;
import java.util.Set;

/** Filters the tests ask the history for; the app builds its filters from the audit view's fields. */
public final class HistoryFilters {

    private HistoryFilters() {
    }

    /** No part set: every change. */
    public static HistoryFilter everything() {
        return new HistoryFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty(), Optional.empty());
    }
}
