package cz.planovna.identity;

import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.StaleEditException;
import java.time.Instant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own account: name, password, roles. */
@Service
@Transactional
class AccountService {

    private final CurrentUsers currentUsers;
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final TerritoryNames names;
    private final IdentityAudit audit;

    AccountService(
            CurrentUsers currentUsers,
            UserAccountRepository users,
            PasswordEncoder encoder,
            TerritoryNames names,
            IdentityAudit audit) {
        this.currentUsers = currentUsers;
        this.users = users;
        this.encoder = encoder;
        this.names = names;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    AccountView account() {
        UserAccount user = signedIn();
        return new AccountView(
                user.fullName(),
                user.email(),
                user.version(),
                user.grants().stream()
                        .map(g -> names.view(g, id -> null, false))
                        .toList());
    }

    void rename(String fullName, long version) {
        UserAccount user = signedIn();
        if (user.version() != version) {
            throw new StaleEditException(user.fullName(), fullName, user.fullName(), "/ucet", false);
        }
        if (user.fullName().equals(fullName.strip())) {
            return;
        }
        Instant now = Instant.now();
        user.rename(fullName, now);
        audit.record(user.id(), user, AuditAction.NAME_CHANGED, now);
    }

    void changePassword(String currentPassword, String newPassword) {
        UserAccount user = signedIn();
        if (!user.hasPassword() || !encoder.matches(currentPassword, user.passwordHash())) {
            throw new FormRejectedException("currentPassword", "identity.validation.password.wrongCurrent");
        }
        Instant now = Instant.now();
        user.changePasswordHash(encoder.encode(newPassword), now);
        audit.record(user.id(), user, AuditAction.PASSWORD_CHANGED, now);
    }

    private UserAccount signedIn() {
        CurrentUser current = currentUsers.current();
        if (current.isAnonymous()) {
            throw new AccessDeniedException("not signed in");
        }
        return users.findById(current.id()).orElseThrow(() -> new AccessDeniedException("account gone"));
    }
}
