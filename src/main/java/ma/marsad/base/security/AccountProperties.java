package ma.marsad.base.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who can sign in at first start. With {@code demoUsers} on (the default profile), manager/manager,
 * official/official, clerk/clerk and admin/admin exist. Off (the prod profile), none exist and the
 * first administrator, {@code adminUsername}, gets {@code adminPassword} from the environment
 * (MARSAD_ADMIN_PASSWORD).
 */
@ConfigurationProperties("marsad.accounts")
public record AccountProperties(@DefaultValue("false") boolean demoUsers,
                                @DefaultValue("admin") String adminUsername,
                                String adminPassword) {

    /** The shortest first-administrator password accepted in production. */
    public static final int MIN_ADMIN_PASSWORD_LENGTH = 12;
}
