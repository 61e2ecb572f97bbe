package cz.planovna.consultation;

import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.TerritoryQueries;
import org.springframework.stereotype.Component;

/**
 * The ORP code of a URL as a checked territory: unknown codes are 404, codes the user may not act
 * on 403 (the login page for the public). All decisions through {@link TerritoryAccess}.
 */
@Component
class ConsultationAccess {

    private final TerritoryQueries territory;
    private final TerritoryAccess access;
    private final CurrentUsers users;

    ConsultationAccess(TerritoryQueries territory, TerritoryAccess access, CurrentUsers users) {
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
        return territory
                .districtRef(code)
                .map(orp -> access.may(users.current(), action, orp))
                .orElse(false);
    }

    /** Who acts, for audit columns: "Name (e-mail)". */
    String userName() {
        var user = users.current();
        return user.isAnonymous() ? "?" : user.fullName() + " (" + user.email() + ")";
    }
}
