package ma.marsad.account;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends someone's browser sessions: on this instance each is marked expired, and their next request lands on the
 * login page (the UI security chain checks the mark); other instances learn it from the database.
 */
@Component
class UserSessions {

    private final SessionRegistry registry;
    private final AccountSessionEndings endings;

    UserSessions(SessionRegistry registry, AccountSessionEndings endings) {
        this.registry = registry;
        this.endings = endings;
    }

    /** How many sessions were ended on this instance. */
    int end(String username) {
        endings.endAll(username);
        int ended = 0;
        for (Object principal : registry.getAllPrincipals()) {
            if (username.equals(nameOf(principal))) {
                for (SessionInformation session : registry.getAllSessions(principal, false)) {
                    session.expireNow();
                    ended++;
                }
            }
        }
        return ended;
    }

    /** How many sessions are open. */
    int open(String username) {
        return registry.getAllPrincipals().stream().filter(p -> username.equals(nameOf(p)))
                .mapToInt(p -> registry.getAllSessions(p, false).size()).sum();
    }

    private static String nameOf(Object principal) {
        return principal instanceof UserDetails user ? user.getUsername() : String.valueOf(principal);
    }
}
