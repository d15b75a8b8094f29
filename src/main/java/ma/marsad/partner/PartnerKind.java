package ma.marsad.partner;

/** What kind of body a partner is. */
public enum PartnerKind {
    COMPANY, PUBLIC_BODY, INSTITUTE
}
