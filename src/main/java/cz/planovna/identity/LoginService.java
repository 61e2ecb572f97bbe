package cz.planovna.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a sign-in and keeps the lockout count. An unknown e-mail takes the same path as a known
 * one (a password hash is checked, failures are counted and lock), so neither the message nor the
 * timing tells whether an account exists.
 */
@Service
class LoginService {

    /** Result of one attempt. */
    record Outcome(Kind kind, SignedInUser user, List<Grant> grants, Instant lockedUntil) {
        enum Kind {
            SUCCESS,
            BAD_CREDENTIALS,
            LOCKED,
            DISABLED
        }

        static Outcome of(Kind kind) {
            return new Outcome(kind, null, List.of(), null);
        }
    }

    private static final Duration THROTTLE_RETENTION = Duration.ofDays(1);

    private final UserAccountRepository users;
    private final LoginThrottleRepository throttles;
    private final PasswordEncoder encoder;
    private final LockoutProperties lockout;
    private final IdentityAudit audit;
    private volatile String dummyHash;

    LoginService(
            UserAccountRepository users,
            LoginThrottleRepository throttles,
            PasswordEncoder encoder,
            LockoutProperties lockout,
            IdentityAudit audit) {
        this.users = users;
        this.throttles = throttles;
        this.encoder = encoder;
        this.lockout = lockout;
        this.audit = audit;
    }

    @Transactional
    Outcome attempt(String email, String password) {
        Instant now = Instant.now();
        if (email == null || email.isBlank() || email.length() > 254) {
            matchesDummy(password);
            return Outcome.of(Outcome.Kind.BAD_CREDENTIALS);
        }
        String normalized = UserAccount.normalizeEmail(email);
        Optional<UserAccount> found = users.findByEmailForLogin(normalized);
        if (found.isEmpty()) {
            return unknownAccount(normalized, password, now);
        }
        UserAccount user = found.get();
        LoginCounter counter = user.loginCounter();
        if (counter.isLocked(now)) {
            return new Outcome(Outcome.Kind.LOCKED, null, List.of(), counter.lockedUntil());
        }
        boolean matches = user.hasPassword() ? encoder.matches(password, user.passwordHash()) : matchesDummy(password);
        if (!matches) {
            LoginCounter next = lockout.afterFailure(counter, now);
            user.recordLoginCounter(next);
            if (next.isLocked(now)) {
                audit.record(null, user, AuditAction.ACCOUNT_LOCKED, now);
                return new Outcome(Outcome.Kind.LOCKED, null, List.of(), next.lockedUntil());
            }
            return Outcome.of(Outcome.Kind.BAD_CREDENTIALS);
        }
        if (!user.enabled()) {
            return Outcome.of(Outcome.Kind.DISABLED);
        }
        if (!counter.equals(LoginCounter.CLEAR)) {
            user.recordLoginCounter(LoginCounter.CLEAR);
        }
        CurrentUser current = user.toCurrentUser();
        return new Outcome(
                Outcome.Kind.SUCCESS, new SignedInUser(current.id(), current.email()), current.grants(), null);
    }

    private Outcome unknownAccount(String email, String password, Instant now) {
        matchesDummy(password);
        String key = PasswordTokens.hash(email);
        LoginThrottle throttle = throttles.findForUpdate(key).orElseGet(() -> {
            Duration retention = lockout.duration().multipliedBy(2).compareTo(THROTTLE_RETENTION) > 0
                    ? lockout.duration().multipliedBy(2)
                    : THROTTLE_RETENTION;
            throttles.deleteOlderThan(now.minus(retention));
            return throttles.save(new LoginThrottle(key, now));
        });
        LoginCounter counter = throttle.loginCounter();
        if (counter.isLocked(now)) {
            return new Outcome(Outcome.Kind.LOCKED, null, List.of(), counter.lockedUntil());
        }
        LoginCounter next = lockout.afterFailure(counter, now);
        throttle.recordLoginCounter(next, now);
        return next.isLocked(now)
                ? new Outcome(Outcome.Kind.LOCKED, null, List.of(), next.lockedUntil())
                : Outcome.of(Outcome.Kind.BAD_CREDENTIALS);
    }

    /** Spends the time of a real check when there is no hash to check against. Always false. */
    private boolean matchesDummy(String password) {
        if (dummyHash == null) {
            dummyHash = encoder.encode(UUID.randomUUID().toString());
        }
        encoder.matches(password == null ? "" : password, dummyHash);
        return false;
    }
}
