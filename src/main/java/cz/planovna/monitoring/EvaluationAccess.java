package cz.planovna.monitoring;

import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.TerritoryQueries;
import org.springframework.stereotype.Component;

/**
 * The ORP code of an evaluation URL as a checked territory: unknown codes are 404, codes the
 * user may not act on 403 (the login page for the public). All checks go through TerritoryAccess.
 */
@Component
class EvaluationAccess {

    private final TerritoryQueries territory;
    private final TerritoryAccess access;
    private final CurrentUsers users;

    EvaluationAccess(TerritoryQueries territory, TerritoryAccess access, CurrentUsers users) {
        this.territory = territory;
        this.access = access;
        this.users = users;
    }

    TerritoryRef check(int code, Action action) {
        TerritoryRef orp = territory.districtRef(code).orElseThrow(() -> new NotFoundException("ORP " + code));
        access.check(users.current(), action, orp);
        return orp;
    }

    boolean may(int code, Action action) {
        return territory
                .districtRef(code)
                .map(orp -> access.may(users.current(), action, orp))
                .orElse(false);
    }

    String userName() {
        var user = users.current();
        return user.isAnonymous() ? "?" : user.fullName() + " (" + user.email() + ")";
    }
}
