package cz.planovna.shared;

import java.util.Objects;

/**
 * A reference to a territory that owns records: a region (kraj) or a district (ORP), by its ČSÚ
 * code. A district reference also carries its region's code so that access rules can decide
 * "does this regional coordinator cover this ORP" without loading anything.
 */
public record TerritoryRef(Level level, int code, int regionCode) {

    public enum Level {
        REGION,
        DISTRICT
    }

    public TerritoryRef {
        Objects.requireNonNull(level, "level");
        if (level == Level.REGION && regionCode != code) {
            throw new IllegalArgumentException("a region is its own region: " + code + " vs " + regionCode);
        }
    }

    public static TerritoryRef region(int code) {
        return new TerritoryRef(Level.REGION, code, code);
    }

    public static TerritoryRef district(int code, int regionCode) {
        return new TerritoryRef(Level.DISTRICT, code, regionCode);
    }

    public boolean isDistrict() {
        return level == Level.DISTRICT;
    }
}
