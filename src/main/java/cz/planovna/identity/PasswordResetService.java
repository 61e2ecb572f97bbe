package cz.planovna.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forgotten passwords and accepted invitations: both end with the user choosing a password. */
@Service
class PasswordResetService {

    /** What the set-password page shows for a valid link. */
    record LinkInfo(TokenPurpose purpose, String email, String fullName) {}

    /** One reset e-mail per account and minute: nobody can flood another person's mailbox. */
    static final Duration RESEND_AFTER = Duration.ofMinutes(1);

    private final UserAccountRepository users;
    private final PasswordTokens tokens;
    private final PasswordEncoder encoder;
    private final IdentityMailer mailer;
    private final IdentityAudit audit;

    PasswordResetService(
            UserAccountRepository users,
            PasswordTokens tokens,
            PasswordEncoder encoder,
            IdentityMailer mailer,
            IdentityAudit audit) {
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.mailer = mailer;
        this.audit = audit;
    }

    /**
     * Sends a reset link if an enabled account has this e-mail. The caller shows the same message
     * either way, so the answer never reveals whether the account exists.
     */
    @Transactional
    void requestReset(String email) {
        Instant now = Instant.now();
        users.findByEmail(UserAccount.normalizeEmail(email))
                .filter(UserAccount::enabled)
                .filter(user -> !tokens.issuedSince(user, TokenPurpose.PASSWORD_RESET, now.minus(RESEND_AFTER)))
                .ifPresent(user -> {
                    String token = tokens.issue(user, TokenPurpose.PASSWORD_RESET, now);
                    audit.record(null, user, AuditAction.PASSWORD_RESET_REQUESTED, now);
                    mailer.sendAfterCommit(new IdentityMailer.TokenMail(
                            user.email(),
                            user.fullName(),
                            TokenPurpose.PASSWORD_RESET,
                            token,
                            now.plus(TokenPurpose.PASSWORD_RESET.validity())));
                });
    }

    @Transactional(readOnly = true)
    Optional<LinkInfo> check(String token, TokenPurpose purpose) {
        return tokens.find(token, purpose, Instant.now())
                .map(t -> new LinkInfo(t.purpose(), t.user().email(), t.user().fullName()));
    }

    /** Sets the password if the link is still valid; false when it is not (used, expired, unknown). */
    @Transactional
    boolean setPassword(String token, TokenPurpose purpose, String newPassword) {
        Instant now = Instant.now();
        Optional<PasswordToken> found = tokens.findForUse(token, purpose, now);
        if (found.isEmpty()) {
            return false;
        }
        PasswordToken link = found.get();
        UserAccount user = link.user();
        tokens.spend(link, now);
        user.changePasswordHash(encoder.encode(newPassword), now);
        AuditAction action = purpose == TokenPurpose.INVITATION
                ? AuditAction.INVITATION_ACCEPTED
                : AuditAction.PASSWORD_RESET_COMPLETED;
        audit.record(user.id(), user, action, now);
        return true;
    }
}
