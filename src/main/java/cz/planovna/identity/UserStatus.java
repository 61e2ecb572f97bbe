package cz.planovna.identity;

import java.time.Instant;

/** Whether an account can be used, as the lists show it. */
enum UserStatus {
    ACTIVE,
    /** Invited, no password chosen yet. */
    INVITED,
    LOCKED,
    DISABLED;

    public String messageKey() {
        return "identity.status." + name();
    }

    static UserStatus of(UserAccount user, Instant now) {
        if (!user.enabled()) {
            return DISABLED;
        }
        if (user.loginCounter().isLocked(now)) {
            return LOCKED;
        }
        return user.hasPassword() ? ACTIVE : INVITED;
    }
}
