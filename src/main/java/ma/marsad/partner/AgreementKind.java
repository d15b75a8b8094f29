package ma.marsad.partner;

/** The kind of text signed: its name says how binding it is. */
public enum AgreementKind {
    FRAMEWORK_AGREEMENT, PARTNERSHIP_AGREEMENT, MEMORANDUM_OF_UNDERSTANDING
}
