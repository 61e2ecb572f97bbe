package cz.planovna.process;

import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.TerritoryQueries;
import org.springframework.stereotype.Component;

/**
 * Turns the ORP code of a URL into a checked territory: unknown codes are 404, codes the user may
 * not act on are 403 (or the login page for the public). The kraj comes from the territory module,
 * never from the request, as {@link TerritoryAccess} requires.
 */
@Component
class OrpAccess {

    private final TerritoryQueries territory;
    private final TerritoryAccess access;
    private final CurrentUsers users;

    OrpAccess(TerritoryQueries territory, TerritoryAccess access, CurrentUsers users) {
        this.territory = territory;
        this.access = access;
        this.users = users;
    }

    TerritoryRef orp(int code) {
        return territory.districtRef(code).orElseThrow(() -> new NotFoundException("ORP " + code));
    }

    /** An ORP by its code, empty when there is none (e.g. a typed partner code). */
    java.util.Optional<TerritoryRef> orpIfKnown(int code) {
        return territory.districtRef(code);
    }

    TerritoryRef check(int code, Action action) {
        TerritoryRef orp = orp(code);
        access.check(users.current(), action, orp);
        return orp;
    }

    boolean may(TerritoryRef orp, Action action) {
        return access.may(users.current(), action, orp);
    }

    OrpInfo info(int code) {
        DistrictSummary d = territory
                .district(code)
                .orElseThrow(() -> new NotFoundException("ORP " + code))
                .district();
        return new OrpInfo(d.code(), d.name(), d.regionCode(), d.regionName());
    }
}
