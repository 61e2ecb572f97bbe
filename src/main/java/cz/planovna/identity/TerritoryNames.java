package cz.planovna.identity;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.RegionSummary;
import cz.planovna.territory.TerritoryQueries;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Names of kraje and ORP for role lists. Territory names are reference data loaded by a migration
 * and never edited, so they are read once.
 */
@Component
class TerritoryNames {

    private final TerritoryQueries territory;
    private volatile Map<Integer, String> districts;
    private volatile Map<Integer, String> regions;

    TerritoryNames(TerritoryQueries territory) {
        this.territory = territory;
    }

    String district(int code) {
        if (districts == null) {
            districts = territory.districts().stream()
                    .collect(Collectors.toUnmodifiableMap(DistrictSummary::code, DistrictSummary::name));
        }
        return districts.getOrDefault(code, String.valueOf(code));
    }

    String region(int code) {
        if (regions == null) {
            regions = territory.regions().stream()
                    .collect(Collectors.toUnmodifiableMap(RegionSummary::code, RegionSummary::name));
        }
        return regions.getOrDefault(code, String.valueOf(code));
    }

    /** A language-neutral label for the audit trail: "ORP Písek", "Jihočeský kraj", "IČO …, ORP …". */
    String label(Grant grant) {
        TerritoryRef t = grant.territory();
        if (t == null) {
            return null;
        }
        String place = t.isDistrict() ? "ORP " + district(t.code()) : region(t.code());
        return grant.providerIco() == null ? place : "IČO " + grant.providerIco() + ", " + place;
    }

    GrantView view(RoleGrant stored, Function<Long, String> names, boolean revocable) {
        Grant grant = stored.toGrant();
        TerritoryRef t = grant.territory();
        return new GrantView(
                stored.id(),
                grant.role(),
                t != null && t.isDistrict() ? district(t.code()) : null,
                t == null ? null : region(t.regionCode()),
                grant.providerIco(),
                stored.grantedBy() == null ? null : names.apply(stored.grantedBy()),
                stored.grantedAt(),
                stored.version(),
                revocable);
    }
}
