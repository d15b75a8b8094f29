package ma.marsad.partner;

/** What a piece of evidence is. */
public enum EvidenceKind {
    REPORT, PRESS_RELEASE, SITE_VISIT, FIGURES
}
