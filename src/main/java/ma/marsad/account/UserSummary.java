package ma.marsad.account;

import java.time.Instant;
import java.util.Set;

import ma.marsad.base.security.Role;

/**
 * An account as the administrators' screen shows it.
 *
 * @param version what an edit sends back, so that an edit of an account changed since is refused
 */
public record UserSummary(long id, String username, String displayName, Set<Role> roles, boolean enabled,
                          Instant createdAt, long version) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }
}
