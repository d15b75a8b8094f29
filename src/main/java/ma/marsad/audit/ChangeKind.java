package ma.marsad.audit;

/** What a history row records. One change a user makes is one row. */
public enum ChangeKind {
    /** A figure stored for an indicator, quarter and region that had none. */
    ENTRY_CREATED,
    /** A figure's value or comment replaced. */
    ENTRY_CHANGED,
    /** A figure set back to an earlier value from its history: a new change, history is not rewritten. */
    ENTRY_RESTORED,
    /** A manager approved an indicator's quarter, which locks it. */
    QUARTER_APPROVED,
    /** A manager sent an indicator's quarter back to the clerks with a comment. */
    QUARTER_RETURNED,
    /** An administrator unlocked an approved quarter. */
    QUARTER_REOPENED,
    INDICATOR_CREATED,
    /** Names, units, owner or notes of an indicator; {@code subject} says which field. */
    INDICATOR_CHANGED,
    TARGET_CHANGED,
    DEADLINE_CHANGED,
    MILESTONES_CHANGED,
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    USER_ROLES_CHANGED,
    USER_PASSWORD_RESET,
    /** Signing in with a user name paused after too many wrong passwords; {@code subject} is the name as typed. */
    USER_LOCKED,
    /** A manager's review of a partner's commitment: completion and confidence before and after, the comment as reason. */
    COMMITMENT_REVIEWED,
    /** Evidence of delivery added to a commitment: a link or a kept file. */
    EVIDENCE_ADDED,
    COMMITMENT_QUANTITY_CHANGED,
    COMMITMENT_DEADLINE_CHANGED;

    /** Kinds that concern one figure, as opposed to a quarter, an indicator or a user. */
    public boolean isEntryChange() {
        return this == ENTRY_CREATED || this == ENTRY_CHANGED || this == ENTRY_RESTORED;
    }
}
