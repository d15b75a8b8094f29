package ma.marsad.account;

import ma.marsad.base.Refusal;

/**
 * A change to an account that the rules do not allow, with what the administrator reads: the message key
 * ({@code admin.users.refused.<reason>}) and its arguments. Nothing was changed.
 */
public class UserChangeRefusal extends Refusal {

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

    public UserChangeRefusal(Reason reason, Object... args) {
        super("admin.users.refused.", reason, "", args);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
