package cz.planovna.territory;

import java.util.List;
import java.util.Optional;

/**
 * A map of one kraj's ORP: each ORP's area as SVG path data (the obce of the ORP, drawn with
 * {@code fill-rule="evenodd"}), a point for its label, and the boundaries between ORP (and the
 * kraj's outline) as one path of open lines to stroke. View box as {@link DistrictMap}.
 */
public record RegionMap(int regionCode, List<RegionMapArea> areas, String boundaries, MapProjection projection) {

    public int width() {
        return projection.width();
    }

    public int height() {
        return projection.height();
    }

    public String viewBox() {
        return "0 0 " + width() + " " + height();
    }

    public Optional<RegionMapArea> area(int orpCode) {
        return areas.stream().filter(a -> a.orpCode() == orpCode).findFirst();
    }
}
