package cz.planovna.identity;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.identity.TerritoryAccess.Scope;
import cz.planovna.shared.web.StaleEditException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** The refusals of the user administration, phrased once; the decisions stay in {@link TerritoryAccess}. */
final class AdminChecks {

    private AdminChecks() {}

    /** Where the actor manages members; nowhere means no user administration at all. */
    static Scope managedScope(TerritoryAccess access, CurrentUser actor) {
        Scope scope = access.scope(actor, Action.MANAGE_MEMBERS);
        if (scope.isEmpty()) {
            throw new AccessDeniedException("manages no members");
        }
        return scope;
    }

    static void requireManages(TerritoryAccess access, CurrentUser actor, UserAccount user) {
        List<Grant> held = user.grants().stream().map(RoleGrant::toGrant).toList();
        if (!access.mayManageUser(actor, held)) {
            throw new AccessDeniedException("may not manage user " + user.id());
        }
    }

    static boolean mayChange(TerritoryAccess access, CurrentUser actor, Grant grant) {
        return access.mayGrant(actor, grant.role(), grant.territory());
    }

    static void requireMayChange(TerritoryAccess access, CurrentUser actor, Grant grant) {
        if (!mayChange(access, actor, grant)) {
            throw new AccessDeniedException("may not grant or revoke " + grant);
        }
    }

    /** The form was opened on another version of the user: someone changed it meanwhile. */
    static void requireVersion(UserAccount user, long version, String messagePrefix) {
        if (user.version() != version) {
            throw stale(user, messagePrefix);
        }
    }

    static StaleEditException stale(UserAccount user, String messagePrefix) {
        return new StaleEditException(
                user.fullName(),
                messagePrefix + ".submitted",
                messagePrefix + ".current",
                "/admin/uzivatele/" + user.id(),
                true);
    }
}
