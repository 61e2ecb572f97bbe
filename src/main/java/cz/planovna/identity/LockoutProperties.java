package cz.planovna.identity;

import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code planovna.security.lockout.max-attempts} consecutive failed sign-ins lock an account (or an
 * unknown e-mail) for {@code planovna.security.lockout.duration}.
 */
@ConfigurationProperties("planovna.security.lockout")
record LockoutProperties(
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("15m") Duration duration) {

    LockoutProperties {
        if (maxAttempts < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lockout needs max-attempts >= 1 and a positive duration");
        }
    }

    LoginCounter afterFailure(LoginCounter counter, Instant now) {
        return counter.afterFailure(now, maxAttempts, duration);
    }
}
