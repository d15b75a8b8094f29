package ma.marsad.review;

/** What a manager does with an indicator's quarter that waits: approve it (and lock it) or return it. */
public enum Decision {
    APPROVE,
    /** Back to the clerks, with a comment saying what to fix. */
    RETURN
}
