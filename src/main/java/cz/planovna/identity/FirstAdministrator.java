package cz.planovna.identity;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new installation (profile {@code postgres}) has no users. When the operator names a first
 * administrator ({@code PLANOVNA_FIRST_ADMIN_EMAIL}) and no enabled administrator exists, that
 * person gets an account without a password and the usual 7-day invitation e-mail to choose one.
 * Once any administrator exists the setting does nothing, so it may stay configured.
 */
@Service
@Transactional
class FirstAdministrator {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccountRepository users;
    private final PasswordTokens tokens;
    private final IdentityMailer mailer;
    private final IdentityAudit audit;

    FirstAdministrator(UserAccountRepository users, PasswordTokens tokens, IdentityMailer mailer, IdentityAudit audit) {
        this.users = users;
        this.tokens = tokens;
        this.mailer = mailer;
        this.audit = audit;
    }

    /** @return true when the account was created and the invitation sent */
    boolean inviteIfNoAdministrator(String email, String fullName) {
        if (users.countEnabledAdmins() > 0) {
            return false;
        }
        invite(email, fullName);
        return true;
    }

    void invite(String email, String fullName) {
        String normalized = UserAccount.normalizeEmail(email);
        if (users.existsByEmail(normalized)) {
            throw new IllegalStateException("an account with this e-mail exists already: " + normalized);
        }
        Instant now = Instant.now();
        UserAccount user = new UserAccount(normalized, fullName, now);
        user.grant(Grant.systemAdmin(), null, now);
        users.save(user);
        audit.record(null, user, AuditAction.USER_INVITED, now);
        String token = tokens.issue(user, TokenPurpose.INVITATION, now);
        mailer.sendAfterCommit(new IdentityMailer.TokenMail(
                user.email(),
                user.fullName(),
                TokenPurpose.INVITATION,
                token,
                now.plus(TokenPurpose.INVITATION.validity())));
        log.info("First administrator {} created; the invitation to choose a password was sent by e-mail", normalized);
    }
}
