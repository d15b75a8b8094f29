package ma.marsad.audit;

import java.time.Instant;

import ma.marsad.base.Quarter;
import ma.marsad.base.Region;

/**
 * One change: who made it, when, from where, what it touched, the value before and after, and why.
 *
 * @param id        null until stored
 * @param subject   what was changed when the kind does not say it all: a user name, a field name
 * @param before    the value before, as text (a figure's amount in plain digits); null when there was none
 * @param after     the value after, as text; null when it was removed
 * @param reason    why, in the words of the person who made the change (required for corrections)
 */
public record HistoryEvent(Long id, ChangeKind kind, String changedBy, Instant changedAt, ChangeSource source,
                           Long importId, Long indicatorId, Long entryId, Quarter quarter, Region region,
                           String subject, String before, String after, String beforeComment, String afterComment,
                           String reason) {

    /** A change to one figure. */
    public static HistoryEvent ofEntry(ChangeKind kind, String changedBy, Instant changedAt, ChangeSource source,
                                       Long importId, long indicatorId, long entryId, Quarter quarter, Region region,
                                       String before, String after, String beforeComment, String afterComment,
                                       String reason) {
        return new HistoryEvent(null, kind, changedBy, changedAt, source, importId, indicatorId, entryId, quarter,
                region, null, before, after, beforeComment, afterComment, reason);
    }

    /** A change to an indicator's quarter as a whole: an approval, a return, a reopening. */
    public static HistoryEvent ofQuarter(ChangeKind kind, String changedBy, Instant changedAt, long indicatorId,
                                         Quarter quarter, String before, String after, String reason) {
        return new HistoryEvent(null, kind, changedBy, changedAt, ChangeSource.APPROVAL, null, indicatorId, null,
                quarter, null, null, before, after, null, null, reason);
    }

    /** A change an administrator made to an indicator ({@code indicatorId}) or a user ({@code subject}). */
    public static HistoryEvent ofAdmin(ChangeKind kind, String changedBy, Instant changedAt, Long indicatorId,
                                       String subject, String before, String after, String reason) {
        return new HistoryEvent(null, kind, changedBy, changedAt, ChangeSource.ADMIN, null, indicatorId, null, null,
                null, subject, before, after, null, null, reason);
    }

    /**
     * A change to a partner's commitment (issue 23): {@code subject} is {@link #commitmentSubject(long)}, the
     * indicator the commitment feeds is kept too, so the audit's indicator filter finds it.
     */
    public static HistoryEvent ofCommitment(ChangeKind kind, String changedBy, Instant changedAt, Long indicatorId,
                                            long commitmentId, String before, String after, String reason) {
        return new HistoryEvent(null, kind, changedBy, changedAt, ChangeSource.MANUAL, null, indicatorId, null, null,
                null, commitmentSubject(commitmentId), before, after, null, null, reason);
    }

    /** How a commitment is named in the history's subject. */
    public static String commitmentSubject(long commitmentId) {
        return "commitment/" + commitmentId;
    }
}
