package cz.planovna.identity;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** Sign-in refused because of too many failed attempts; carries when the lock ends. */
class AccountLockedException extends LockedException {

    private final Instant lockedUntil;

    AccountLockedException(Instant lockedUntil) {
        super("locked until " + lockedUntil);
        this.lockedUntil = lockedUntil;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
