package cz.planovna.identity;

import java.util.List;

/**
 * The person behind a request, with the roles they hold right now (read from the database on each
 * request, so a revoked role stops working at once). {@link #anonymous()} is the public visitor.
 */
public record CurrentUser(long id, String email, String fullName, List<Grant> grants) {

    private static final CurrentUser ANONYMOUS = new CurrentUser(0, null, null, List.of());

    public CurrentUser {
        grants = List.copyOf(grants);
    }

    public static CurrentUser anonymous() {
        return ANONYMOUS;
    }

    public boolean isAnonymous() {
        return id == 0;
    }

    public boolean isAdmin() {
        return hasRole(Role.SYSTEM_ADMIN);
    }

    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }
}
