package ma.marsad.account;

import java.util.Set;

import ma.marsad.base.TypedText;
import ma.marsad.base.security.Role;

/**
 * What an administrator types to open an account; the password is made up by Marsad. The display name loses any
 * direction override or invisible character typed with it (TypedText).
 */
public record NewUser(String username, String displayName, Set<Role> roles) {

    public NewUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        displayName = TypedText.clean(displayName);
    }
}
