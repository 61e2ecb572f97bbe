package cz.planovna.identity;

import cz.planovna.shared.text.CzechCollation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.annotations.OptimisticLock;

/** A person who can sign in. Holds its role grants; the e-mail is the login name. */
@Entity
@Table(name = "app_user")
class UserAccount {

    /** Collation keys of longer names add nothing to the order of real names. */
    private static final int SORTED_NAME_PREFIX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "full_name")
    private String fullName;

    @Column(name = "sort_key")
    private String sortKey;

    @Column(name = "search_key")
    private String searchKey;

    @Column(name = "password_hash")
    private String passwordHash;

    private boolean enabled;

    // Sign-in bookkeeping must not make the user's or an admin's open form stale.
    @OptimisticLock(excluded = true)
    @Column(name = "failed_logins")
    private int failedLogins;

    @OptimisticLock(excluded = true)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("grantedAt, id")
    private List<RoleGrant> grants = new ArrayList<>();

    protected UserAccount() {}

    UserAccount(String email, String fullName, Instant now) {
        this.email = normalizeEmail(email);
        this.enabled = true;
        this.createdAt = now;
        this.updatedAt = now;
        rename(fullName, now);
    }

    /** E-mails are compared case-insensitively: stored trimmed and in lower case. */
    static String normalizeEmail(String email) {
        if (email == null || email.isBlank()) {
            throw new IllegalArgumentException("e-mail is required");
        }
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** A key whose plain (binary) order is the Czech alphabetical order of the names. */
    static String sortKeyOf(String fullName) {
        String name = fullName.length() > SORTED_NAME_PREFIX ? fullName.substring(0, SORTED_NAME_PREFIX) : fullName;
        byte[] key = CzechCollation.collator().getCollationKey(name).toByteArray();
        return HexFormat.of().formatHex(key);
    }

    void rename(String newName, Instant now) {
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new IllegalArgumentException("a name of 1 to 200 characters is required");
        }
        this.fullName = name;
        this.sortKey = sortKeyOf(name);
        this.searchKey = CzechCollation.searchKey(name + " " + email);
        this.updatedAt = now;
    }

    void changePasswordHash(String hash, Instant now) {
        this.passwordHash = hash;
        this.updatedAt = now;
        // proving control of the password (or the mailbox) ends a lockout
        recordLoginCounter(LoginCounter.CLEAR);
    }

    void enable(boolean value, Instant now) {
        this.enabled = value;
        this.updatedAt = now;
    }

    RoleGrant grant(Grant grant, Long grantedBy, Instant now) {
        if (holds(grant)) {
            throw new IllegalStateException("already holds " + grant);
        }
        RoleGrant roleGrant = new RoleGrant(this, grant, grantedBy, now);
        grants.add(roleGrant);
        // the aggregate changed: forms opened before must be refused
        this.updatedAt = now;
        return roleGrant;
    }

    void revoke(RoleGrant grant, Instant now) {
        if (!grants.remove(grant)) {
            throw new IllegalArgumentException("not a grant of this user");
        }
        this.updatedAt = now;
    }

    boolean holds(Grant grant) {
        return grants.stream().anyMatch(g -> g.toGrant().equals(grant));
    }

    Optional<RoleGrant> findGrant(long grantId) {
        return grants.stream().filter(g -> g.id() == grantId).findFirst();
    }

    LoginCounter loginCounter() {
        return new LoginCounter(failedLogins, lockedUntil);
    }

    void recordLoginCounter(LoginCounter counter) {
        this.failedLogins = counter.failures();
        this.lockedUntil = counter.lockedUntil();
    }

    boolean hasPassword() {
        return passwordHash != null;
    }

    CurrentUser toCurrentUser() {
        return new CurrentUser(
                id, email, fullName, grants.stream().map(RoleGrant::toGrant).toList());
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String fullName() {
        return fullName;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }

    List<RoleGrant> grants() {
        return List.copyOf(grants);
    }
}
