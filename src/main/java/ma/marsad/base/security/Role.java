package ma.marsad.base.security;

/**
 * The four kinds of people who use Marsad. Views and endpoints name the roles they allow with
 * {@code @RolesAllowed}, using the constants below; anything not named is denied.
 */
public enum Role {
    MANAGER, OFFICIAL, CLERK, ADMIN;

    public static final String MANAGER_ROLE = "MANAGER";
    public static final String OFFICIAL_ROLE = "OFFICIAL";
    public static final String CLERK_ROLE = "CLERK";
    public static final String ADMIN_ROLE = "ADMIN";
}
