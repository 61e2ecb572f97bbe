package cz.planovna.identity;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.identity.TerritoryAccess.Scope;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.DistrictDetail;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.TerritoryAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Which ORP plan in Plánovna: decided by a system admin, or by the regional coordinator for the
 * ORP of their kraj (the kraj funds and coordinates the planning).
 */
@Service
class TerritoryManagement {

    private final CurrentUsers currentUsers;
    private final TerritoryAccess access;
    private final TerritoryQueries territory;
    private final TerritoryAdministration administration;

    TerritoryManagement(
            CurrentUsers currentUsers,
            TerritoryAccess access,
            TerritoryQueries territory,
            TerritoryAdministration administration) {
        this.currentUsers = currentUsers;
        this.access = access;
        this.territory = territory;
        this.administration = administration;
    }

    /** The ORP the viewer administers, in Czech order. */
    List<DistrictSummary> districts() {
        Scope scope = access.scope(currentUsers.current(), Action.ADMINISTER_TERRITORY);
        if (scope.isEmpty()) {
            throw new AccessDeniedException("administers no territory");
        }
        return territory.districts().stream().filter(d -> scope.covers(d.ref())).toList();
    }

    DistrictDetail district(int code) {
        access.check(currentUsers.current(), Action.ADMINISTER_TERRITORY, ref(code));
        return territory.district(code).orElseThrow(() -> new NotFoundException("ORP " + code));
    }

    /** @throws cz.planovna.shared.web.StaleEditException when the ORP changed since {@code version} */
    void setPlanningActive(int code, boolean active, long version) {
        access.check(currentUsers.current(), Action.ADMINISTER_TERRITORY, ref(code));
        administration.setPlanningActive(code, active, version);
    }

    private TerritoryRef ref(int code) {
        return territory.districtRef(code).orElseThrow(() -> new NotFoundException("ORP " + code));
    }
}
