package cz.planovna.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts created by the system rather than through the invitation form: demo users, test
 * fixtures, later imports. No permission check and no e-mail; callers are trusted code.
 */
@Service
@Transactional
public class UserAdministration {

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final IdentityAudit audit;
    private final TerritoryNames names;

    UserAdministration(
            UserAccountRepository users, PasswordEncoder encoder, IdentityAudit audit, TerritoryNames names) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.names = names;
    }

    /**
     * Creates an enabled account with the given roles.
     *
     * @return the new user's id
     * @throws IllegalStateException if the e-mail is taken (compared case-insensitively)
     */
    public long createUser(NewUser user) {
        return createUser(user, user.password() == null ? null : encoder.encode(user.password()));
    }

    /**
     * Creates demo accounts that share one published password: hashing it once instead of once
     * per account saves a bcrypt round (~0.1 s) per account on the first start of a demo.
     */
    void createUsersSharingPassword(List<NewUser> newUsers, String password) {
        String hash = encoder.encode(password);
        newUsers.forEach(user -> createUser(user, hash));
    }

    private long createUser(NewUser user, String passwordHash) {
        Instant now = Instant.now();
        String email = UserAccount.normalizeEmail(user.email());
        if (users.existsByEmail(email)) {
            throw new IllegalStateException("an account with this e-mail exists already");
        }
        UserAccount account = new UserAccount(email, user.fullName(), now);
        if (passwordHash != null) {
            account.changePasswordHash(passwordHash, now);
        }
        user.grants().forEach(grant -> account.grant(grant, null, now));
        users.save(account);
        audit.record(null, account, AuditAction.USER_CREATED, now);
        user.grants()
                .forEach(grant ->
                        audit.record(null, account, AuditAction.ROLE_GRANTED, grant.role(), names.label(grant), now));
        return account.id();
    }

    @Transactional(readOnly = true)
    public Optional<Long> findIdByEmail(String email) {
        return users.findByEmail(UserAccount.normalizeEmail(email)).map(UserAccount::id);
    }
}
