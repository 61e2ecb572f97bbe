package cz.planovna.strategy;

import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.DistrictDetail;
import cz.planovna.territory.TerritoryQueries;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The ORP code of a URL as a checked territory: unknown codes are 404, codes the user may not act
 * on 403 (the login page for the public). The kraj comes from the territory module.
 */
@Component
class StrategyAccess {

    private final TerritoryQueries territory;
    private final TerritoryAccess access;
    private final CurrentUsers users;

    StrategyAccess(TerritoryQueries territory, TerritoryAccess access, CurrentUsers users) {
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

    private DistrictDetail detail(int code) {
        return territory.district(code).orElseThrow(() -> new NotFoundException("ORP " + code));
    }

    OrpView orp(int code) {
        var d = detail(code).district();
        return new OrpView(d.code(), d.name(), d.regionCode(), d.regionName());
    }

    /** The obce of the ORP by code, in Czech order of names. */
    Map<Integer, String> municipalities(int code) {
        return detail(code).municipalities().stream()
                .collect(Collectors.toMap(m -> m.code(), m -> m.name(), (a, b) -> a, java.util.LinkedHashMap::new));
    }
}
