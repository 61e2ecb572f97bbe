package cz.planovna.identity;

import cz.planovna.shared.TerritoryRef;
import java.util.Objects;

/**
 * A role held by a user over a territory. The territory is null for a system admin, a kraj for a
 * regional coordinator and an ORP for the other roles; a provider editor also names the provider's
 * IČO. Obtain territory references from {@code TerritoryQueries} so the kraj of an ORP is right.
 */
public record Grant(Role role, TerritoryRef territory, String providerIco) {

    public Grant {
        Objects.requireNonNull(role, "role");
        switch (role.scope()) {
            case NONE -> require(territory == null, role, "has no territory");
            case REGION -> require(territory != null && !territory.isDistrict(), role, "needs a kraj");
            case DISTRICT -> require(territory != null && territory.isDistrict(), role, "needs an ORP");
        }
        if (role == Role.PROVIDER_EDITOR) {
            require(Ico.isValid(providerIco), role, "needs a valid IČO, got " + providerIco);
        } else {
            require(providerIco == null, role, "has no IČO");
        }
    }

    public static Grant systemAdmin() {
        return new Grant(Role.SYSTEM_ADMIN, null, null);
    }

    public static Grant regionalCoordinator(TerritoryRef region) {
        return new Grant(Role.REGIONAL_COORDINATOR, region, null);
    }

    public static Grant districtCoordinator(TerritoryRef district) {
        return new Grant(Role.DISTRICT_COORDINATOR, district, null);
    }

    public static Grant groupMember(TerritoryRef district) {
        return new Grant(Role.GROUP_MEMBER, district, null);
    }

    public static Grant providerEditor(String ico, TerritoryRef district) {
        return new Grant(Role.PROVIDER_EDITOR, district, ico);
    }

    private static void require(boolean condition, Role role, String what) {
        if (!condition) {
            throw new IllegalArgumentException(role + " " + what);
        }
    }
}
