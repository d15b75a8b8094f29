package ma.marsad.progress;

/** Where an indicator stands against its path; the thresholds are in configuration (marsad.status). */
public enum ProgressStatus {
    ACHIEVED,
    ON_TRACK,
    AT_RISK,
    OFF_TRACK,
    NO_DATA
}
