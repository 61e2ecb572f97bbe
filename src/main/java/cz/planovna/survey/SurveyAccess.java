package cz.planovna.survey;

import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.TerritoryQueries;
import org.springframework.stereotype.Component;

/** ORP codes of URLs checked through {@link TerritoryAccess}: unknown → 404, not allowed → 403. */
@Component
class SurveyAccess {

    private final TerritoryQueries territory;
    private final TerritoryAccess access;
    private final CurrentUsers users;

    SurveyAccess(TerritoryQueries territory, TerritoryAccess access, CurrentUsers users) {
        this.territory = territory;
        this.access = access;
        this.users = users;
    }

    TerritoryRef orp(int code) {
        return territory.districtRef(code).orElseThrow(() -> new NotFoundException("ORP " + code));
    }

    TerritoryRef check(int code, Action action) {
        TerritoryRef orp = orp(code);
        access.check(users.current(), action, orp);
        return orp;
    }

    boolean may(int code, Action action) {
        return access.may(users.current(), action, orp(code));
    }

    String actor() {
        var user = users.current();
        return user.isAnonymous() ? "?" : user.email();
    }

    SurveyOrp info(int code) {
        DistrictSummary d = territory
                .district(code)
                .orElseThrow(() -> new NotFoundException("ORP " + code))
                .district();
        return new SurveyOrp(d.code(), d.name(), d.regionCode(), d.regionName());
    }
}
