package cz.planovna.territory;

import cz.planovna.shared.TerritoryRef;

/** An ORP in a list. */
public record DistrictSummary(
        int code, String name, int regionCode, String regionName, int municipalityCount, boolean planningActive) {

    public TerritoryRef ref() {
        return TerritoryRef.district(code, regionCode);
    }
}
