package cz.planovna.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lockout rule: five failures in a row lock for fifteen minutes. */
class LockoutTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    final LockoutProperties lockout = new LockoutProperties(5, Duration.ofMinutes(15));

    @Test
    void fourFailuresDoNotLock() {
        LoginCounter counter = fail(LoginCounter.CLEAR, 4);

        assertThat(counter.failures()).isEqualTo(4);
        assertThat(counter.isLocked(NOW)).isFalse();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        LoginCounter counter = fail(LoginCounter.CLEAR, 5);

        assertThat(counter.isLocked(NOW)).isTrue();
        assertThat(counter.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(counter.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(counter.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void afterTheLockExpiresCountingStartsAgain() {
        LoginCounter expired = fail(LoginCounter.CLEAR, 5);
        Instant later = NOW.plus(Duration.ofMinutes(16));

        LoginCounter next = lockout.afterFailure(expired, later);

        assertThat(next.isLocked(later)).isFalse();
        assertThat(next.failures()).isEqualTo(1);
    }

    @Test
    void aSuccessInBetweenResetsTheCount() {
        LoginCounter counter = fail(LoginCounter.CLEAR, 4);
        // what LoginService stores after a correct password
        counter = LoginCounter.CLEAR;

        assertThat(fail(counter, 4).isLocked(NOW)).isFalse();
    }

    @Test
    void limitsAreConfigurable() {
        LockoutProperties strict = new LockoutProperties(2, Duration.ofHours(1));
        LoginCounter counter = strict.afterFailure(strict.afterFailure(LoginCounter.CLEAR, NOW), NOW);

        assertThat(counter.lockedUntil()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> new LockoutProperties(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutProperties(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    private LoginCounter fail(LoginCounter start, int times) {
        LoginCounter counter = start;
        for (int i = 0; i < times; i++) {
            counter = lockout.afterFailure(counter, NOW);
        }
        return counter;
    }
}
