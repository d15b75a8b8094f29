package ma.marsad.progress.api;

import java.time.Instant;

import ma.marsad.audit.ChangeKind;
import ma.marsad.audit.ChangeSource;
import ma.marsad.audit.HistoryEvent;

/** One history row of a figure: its own changes and the approvals, returns and reopenings of its quarter. */
record HistoryJson(long id, ChangeKind kind, String changedBy, Instant changedAt, ChangeSource source, Long importId,
                   String quarter, String region, String before, String after, String beforeComment,
                   String afterComment, String reason) {

    static HistoryJson of(HistoryEvent e) {
        return new HistoryJson(e.id(), e.kind(), e.changedBy(), e.changedAt(), e.source(), e.importId(),
                e.quarter() == null ? null : e.quarter().toString(), e.region() == null ? null : e.region().name(),
                e.before(), e.after(), e.beforeComment(), e.afterComment(), e.reason());
    }
}
