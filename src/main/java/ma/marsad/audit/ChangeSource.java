package ma.marsad.audit;

/** Where a change came from. */
public enum ChangeSource {
    /** Typed in a form. */
    MANUAL,
    /** An Excel import (its id is kept with the change). */
    IMPORT,
    /** A manager's approval or return, or an administrator's reopening. */
    APPROVAL,
    /** An administrator's screen: users and indicators. */
    ADMIN,
    /** The invented demo figures. */
    SAMPLE,
    /** Signing in, on the login page or the API: a user name locked after wrong passwords. */
    SIGN_IN
}
