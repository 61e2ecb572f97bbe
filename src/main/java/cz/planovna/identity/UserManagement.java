package cz.planovna.identity;

import cz.planovna.identity.AdminForms.GrantFields;
import cz.planovna.identity.AdminForms.InviteForm;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import java.time.Instant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes made in the user administration: invitations, granting and revoking roles, disabling
 * accounts. Each checks the signed-in user's permission, the version the form was opened on, and
 * writes the audit trail in the same transaction.
 */
@Service
@Transactional
class UserManagement {

    private final UserAccountRepository users;
    private final CurrentUsers currentUsers;
    private final TerritoryAccess access;
    private final GrantResolver resolver;
    private final TerritoryNames names;
    private final PasswordTokens tokens;
    private final IdentityMailer mailer;
    private final IdentityAudit audit;

    UserManagement(
            UserAccountRepository users,
            CurrentUsers currentUsers,
            TerritoryAccess access,
            GrantResolver resolver,
            TerritoryNames names,
            PasswordTokens tokens,
            IdentityMailer mailer,
            IdentityAudit audit) {
        this.users = users;
        this.currentUsers = currentUsers;
        this.access = access;
        this.resolver = resolver;
        this.names = names;
        this.tokens = tokens;
        this.mailer = mailer;
        this.audit = audit;
    }

    /**
     * Creates the account without a password, grants the role and e-mails a 7-day link to choose
     * a password.
     *
     * @return the new user's id
     */
    long invite(InviteForm form) {
        CurrentUser actor = currentUsers.current();
        AdminChecks.managedScope(access, actor);
        Grant grant = resolver.resolve(form);
        AdminChecks.requireMayChange(access, actor, grant);
        String email = UserAccount.normalizeEmail(form.email());
        if (users.existsByEmail(email)) {
            throw new FormRejectedException("email", "identity.validation.email.taken");
        }
        Instant now = Instant.now();
        UserAccount user = new UserAccount(email, form.fullName(), now);
        user.grant(grant, actor.id(), now);
        users.save(user);
        audit.record(actor.id(), user, AuditAction.USER_INVITED, now);
        audit.record(actor.id(), user, AuditAction.ROLE_GRANTED, grant.role(), names.label(grant), now);
        String token = tokens.issue(user, TokenPurpose.INVITATION, now);
        mailer.sendAfterCommit(new IdentityMailer.TokenMail(
                user.email(),
                user.fullName(),
                TokenPurpose.INVITATION,
                token,
                now.plus(TokenPurpose.INVITATION.validity())));
        return user.id();
    }

    void grant(long userId, GrantFields form, long version) {
        CurrentUser actor = currentUsers.current();
        UserAccount user = users.findForChange(userId).orElseThrow(() -> new NotFoundException("user " + userId));
        AdminChecks.requireManages(access, actor, user);
        AdminChecks.requireVersion(user, version, "identity.stale.grant");
        Grant grant = resolver.resolve(form);
        AdminChecks.requireMayChange(access, actor, grant);
        if (user.holds(grant)) {
            throw new FormRejectedException("role", "identity.validation.grant.duplicate");
        }
        Instant now = Instant.now();
        user.grant(grant, actor.id(), now);
        audit.record(actor.id(), user, AuditAction.ROLE_GRANTED, grant.role(), names.label(grant), now);
    }

    void revoke(long userId, long grantId, long grantVersion) {
        CurrentUser actor = currentUsers.current();
        UserAccount user = users.findForChange(userId).orElseThrow(() -> new NotFoundException("user " + userId));
        AdminChecks.requireManages(access, actor, user);
        RoleGrant stored = user.findGrant(grantId)
                .filter(g -> g.version() == grantVersion)
                .orElseThrow(() -> AdminChecks.stale(user, "identity.stale.revoke"));
        Grant grant = stored.toGrant();
        AdminChecks.requireMayChange(access, actor, grant);
        if (grant.role() == Role.SYSTEM_ADMIN && user.enabled() && users.countEnabledAdmins() <= 1) {
            throw new FormRejectedException(null, "identity.notice.lastAdmin");
        }
        Instant now = Instant.now();
        user.revoke(stored, now);
        audit.record(actor.id(), user, AuditAction.ROLE_REVOKED, grant.role(), names.label(grant), now);
    }

    /** Enables or disables an account; system admins only, never their own. */
    void changeStatus(long userId, boolean enabled, long version) {
        CurrentUser actor = currentUsers.current();
        UserAccount user = users.findForChange(userId).orElseThrow(() -> new NotFoundException("user " + userId));
        if (!actor.isAdmin() || actor.id() == user.id()) {
            throw new AccessDeniedException("only another system admin changes an account's status");
        }
        AdminChecks.requireVersion(user, version, "identity.stale.status");
        if (user.enabled() == enabled) {
            return;
        }
        boolean admin = user.grants().stream().anyMatch(g -> g.role() == Role.SYSTEM_ADMIN);
        if (!enabled && admin && users.countEnabledAdmins() <= 1) {
            throw new FormRejectedException(null, "identity.notice.lastAdmin");
        }
        Instant now = Instant.now();
        user.enable(enabled, now);
        audit.record(actor.id(), user, enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, now);
    }
}
