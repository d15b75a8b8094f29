package ma.marsad.account;

/**
 * A password Marsad made up for an account: shown once to the administrator, who passes it on. Only its
 * hash is stored.
 */
public record IssuedPassword(UserSummary user, String password) {

    @Override
    public String toString() {
        // Keeps the password out of logs and test reports.
        return "IssuedPassword[user=" + user.username() + "]";
    }
}
