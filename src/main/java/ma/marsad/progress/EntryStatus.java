package ma.marsad.progress;

/**
 * Where a figure stands in review. A figure is SUBMITTED whenever it is created or changed (by hand or by
 * import); a manager APPROVES an indicator's quarter (which locks it) or RETURNS it with a comment.
 * The rules of moving between these states are in the review module's ReviewRules.
 */
public enum EntryStatus {
    SUBMITTED,
    /** Sent back by a manager; the clerk sees the manager's comment and corrects the figure. */
    RETURNED,
    APPROVED
}
