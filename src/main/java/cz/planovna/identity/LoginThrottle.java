package cz.planovna.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Failed sign-ins with an e-mail that has no account, counted like those of a real account so that
 * an attacker cannot tell the two apart by the lockout message.
 */
@Entity
@Table(name = "login_throttle")
class LoginThrottle {

    @Id
    @Column(name = "email_hash")
    private String emailHash;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected LoginThrottle() {}

    LoginThrottle(String emailHash, Instant now) {
        this.emailHash = emailHash;
        this.updatedAt = now;
    }

    LoginCounter loginCounter() {
        return new LoginCounter(failedLogins, lockedUntil);
    }

    void recordLoginCounter(LoginCounter counter, Instant now) {
        this.failedLogins = counter.failures();
        this.lockedUntil = counter.lockedUntil();
        this.updatedAt = now;
    }
}
