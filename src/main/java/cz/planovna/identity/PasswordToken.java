package cz.planovna.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A one-time link, stored by the SHA-256 of its secret. Usable once, until it expires. */
@Entity
@Table(name = "password_token")
class PasswordToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "token_hash")
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected PasswordToken() {}

    PasswordToken(UserAccount user, String tokenHash, TokenPurpose purpose, Instant now) {
        this.user = user;
        this.tokenHash = tokenHash;
        this.purpose = purpose;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    boolean isUsable(TokenPurpose expected, Instant now) {
        return purpose == expected && usedAt == null && now.isBefore(expiresAt) && user.enabled();
    }

    /** Marks the token spent; a second use is refused. */
    void use(Instant now) {
        if (usedAt != null) {
            throw new IllegalStateException("token already used");
        }
        this.usedAt = now;
    }

    UserAccount user() {
        return user;
    }

    TokenPurpose purpose() {
        return purpose;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
