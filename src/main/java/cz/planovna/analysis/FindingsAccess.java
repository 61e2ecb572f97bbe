package cz.planovna.analysis;

import cz.planovna.identity.CurrentUser;
import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.TerritoryQueries;
import org.springframework.stereotype.Component;

/**
 * The ORP code of a findings or SWOT URL as a checked territory: unknown codes are 404, codes the
 * user may not act on 403 (the login page for the public). The kraj comes from the territory
 * module, never from the request.
 */
@Component
class FindingsAccess {

    private final TerritoryQueries territory;
    private final TerritoryAccess access;
    private final CurrentUsers users;

    FindingsAccess(TerritoryQueries territory, TerritoryAccess access, CurrentUsers users) {
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

    OrpName orp(int code) {
        var d = territory
                .district(code)
                .orElseThrow(() -> new NotFoundException("ORP " + code))
                .district();
        return new OrpName(d.code(), d.name(), d.regionCode(), d.regionName());
    }

    CurrentUser user() {
        return users.current();
    }

    String userName() {
        CurrentUser user = users.current();
        return user.isAnonymous() ? "?" : user.fullName() + " (" + user.email() + ")";
    }
}
