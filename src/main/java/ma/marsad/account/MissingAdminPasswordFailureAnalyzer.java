package ma.marsad.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import ma.marsad.base.security.AccountProperties;

/** Turns a missing first-administrator password into a short message instead of a stack trace. */
class MissingAdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<MissingAdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAdminPasswordException cause) {
        return new FailureAnalysis(
                "Marsad cannot start in production without an administrator: " + cause.getMessage(),
                "Set the environment variable MARSAD_ADMIN_PASSWORD to a password of at least "
                        + AccountProperties.MIN_ADMIN_PASSWORD_LENGTH + " characters for the first"
                        + " administrator (user name: marsad.accounts.admin-username, default 'admin'),"
                        + " then start again. It is only read while no administrator exists.",
                cause);
    }
}
