package cz.planovna.catalogue;

/**
 * A part of the territory a service serves: one obec, or a whole ORP when {@code municipalityCode}
 * is null.
 */
public record ServedArea(int districtCode, Integer municipalityCode, AreaOrigin origin) {

    public boolean wholeDistrict() {
        return municipalityCode == null;
    }
}
