package ma.marsad.account;

import java.util.Arrays;

/**
 * A change to an account that the rules do not allow, with what the administrator reads: the message key
 * ({@code admin.users.refused.<reason>}) and its arguments. Nothing was changed.
 */
public class UserChangeRefusal extends RuntimeException {

    public enum Reason {
        /** An administrator tried to disable their own account. */
        SELF_DISABLE,
        /** An administrator tried to take the administrator role from themself. */
        OWN_ADMIN_ROLE,
        /** The change would leave no enabled administrator. */
        LAST_ADMIN,
        /** Someone changed the account after the administrator read it; args: who, when (an Instant). */
        CHANGED_BY_OTHER,
        /** As above, but the history does not say who (a change made at start-up). */
        CHANGED_SINCE_READ,
        USERNAME_INVALID,
        USERNAME_TAKEN,
        DISPLAY_NAME_REQUIRED,
        ROLES_REQUIRED,
        NOT_FOUND,
        /** The account is already as asked. */
        NO_CHANGE
    }

    private final Reason reason;
    private final transient Object[] args;

    public UserChangeRefusal(Reason reason, Object... args) {
        super(reason + " " + Arrays.toString(args));
        this.reason = reason;
        this.args = args.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** The message key in the bundles. */
    public String messageKey() {
        return "admin.users.refused." + reason.name();
    }

    public Object[] args() {
        return args.clone();
    }
}
