package cz.planovna.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * Consecutive failed sign-ins and the lock they caused. Immutable: each attempt yields the next
 * state, so the rule lives in one place for accounts and for unknown e-mails alike.
 */
record LoginCounter(int failures, Instant lockedUntil) {

    static final LoginCounter CLEAR = new LoginCounter(0, null);

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** After a wrong password: the {@code maxAttempts}-th failure in a row locks for {@code lockFor}. */
    LoginCounter afterFailure(Instant now, int maxAttempts, Duration lockFor) {
        int failed = failures + 1;
        if (failed >= maxAttempts) {
            // counting starts again once the lock expires
            return new LoginCounter(0, now.plus(lockFor));
        }
        return new LoginCounter(failed, null);
    }
}
