package cz.planovna.identity;

import cz.planovna.identity.AdminForms.GrantFields;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.territory.TerritoryQueries;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Turns the role fields of a form into a {@link Grant}: which territory field counts depends on the
 * role, and territory references come from {@link TerritoryQueries} so the kraj of an ORP is right.
 */
@Component
class GrantResolver {

    private final TerritoryQueries territory;

    GrantResolver(TerritoryQueries territory) {
        this.territory = territory;
    }

    /** @throws FormRejectedException naming the field that is missing or wrong */
    Grant resolve(GrantFields form) {
        Role role = form.role();
        if (role == null) {
            throw new FormRejectedException("role", "identity.validation.role.required");
        }
        return switch (role.scope()) {
            case NONE -> Grant.systemAdmin();
            case REGION -> Grant.regionalCoordinator(kraj(form.regionCode()));
            case DISTRICT -> {
                TerritoryRef orp = orp(form.districtCode());
                yield role == Role.PROVIDER_EDITOR
                        ? Grant.providerEditor(ico(form.providerIco()), orp)
                        : new Grant(role, orp, null);
            }
        };
    }

    private TerritoryRef kraj(Integer code) {
        return (code == null ? Optional.<TerritoryRef>empty() : territory.regionRef(code))
                .orElseThrow(() -> new FormRejectedException("regionCode", "identity.validation.region.required"));
    }

    private TerritoryRef orp(Integer code) {
        return (code == null ? Optional.<TerritoryRef>empty() : territory.districtRef(code))
                .orElseThrow(() -> new FormRejectedException("districtCode", "identity.validation.district.required"));
    }

    /** Spaces are allowed when typing ("708 906 50"). */
    private static String ico(String typed) {
        String ico = typed == null ? "" : typed.replaceAll("\\s", "");
        if (ico.isEmpty()) {
            throw new FormRejectedException("providerIco", "identity.validation.ico.required");
        }
        if (!Ico.isValid(ico)) {
            throw new FormRejectedException("providerIco", "identity.validation.ico.invalid");
        }
        return ico;
    }
}
