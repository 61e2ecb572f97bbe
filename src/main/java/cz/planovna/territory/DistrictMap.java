package cz.planovna.territory;

import java.util.List;
import java.util.Optional;

/**
 * A map of one ORP: its obce as SVG paths in a view box of {@code width × height} user units (the
 * longer side is {@link TerritoryMaps#MAP_SIZE}), Czech-sorted by name. Pages draw it as inline
 * SVG and colour the areas as they need (the area a service serves, values per obec for a
 * choropleth); {@link #point} places WGS84 points such as facilities.
 */
public record DistrictMap(int orpCode, String orpName, List<MapArea> areas, MapProjection projection) {

    public int width() {
        return projection.width();
    }

    public int height() {
        return projection.height();
    }

    public String viewBox() {
        return "0 0 " + width() + " " + height();
    }

    public Optional<MapPoint> point(double latitude, double longitude) {
        return projection.point(latitude, longitude);
    }

    public Optional<MapArea> area(int obecCode) {
        return areas.stream().filter(a -> a.code() == obecCode).findFirst();
    }
}
