package ma.marsad.account;

/** Production start-up without an administrator and without a usable MARSAD_ADMIN_PASSWORD. */
class MissingAdminPasswordException extends RuntimeException {

    MissingAdminPasswordException(String reason) {
        super(reason);
    }
}
