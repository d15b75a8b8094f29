package ma.marsad.progress;

import ma.marsad.base.Quarter;

/**
 * What a change does to a figure's review status, with no database: a figure created or changed, by hand or
 * by import, is submitted again, unless its quarter is approved and locked. The review module owns what
 * managers do next; this rule is the figures' own.
 */
final class FigureEdits {

    private FigureEdits() {
    }

    static EntryStatus afterEdit(boolean locked, String indicatorCode, Quarter quarter) {
        if (locked) {
            throw new ReviewRefusal(ReviewRefusal.Reason.LOCKED, indicatorCode, quarter);
        }
        return EntryStatus.SUBMITTED;
    }
}
