package ma.marsad.progress;

/** Where a progress figure came from. */
public enum EntryOrigin {
    MANUAL,
    IMPORT,
    /** Invented for the demo: sample figures, not official statistics. */
    SAMPLE
}
