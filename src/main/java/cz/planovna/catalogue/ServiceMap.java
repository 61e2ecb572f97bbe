package cz.planovna.catalogue;

import cz.planovna.territory.DistrictMap;
import cz.planovna.territory.MapArea;
import cz.planovna.territory.MapPoint;
import java.util.List;
import java.util.Set;

/**
 * The map on a service's page: the obce of its ORP, those it serves marked, and its facilities
 * with known coordinates as numbered markers. {@code map} is null when the ORP cannot be drawn
 * (no boundaries of its kraj); the page then says so and keeps the text list.
 */
public record ServiceMap(
        String orpName, DistrictMap map, Set<Integer> served, List<Marker> markers, List<ServedObec> servedObce) {

    public boolean available() {
        return map != null;
    }

    public boolean served(MapArea area) {
        return served.contains(area.code());
    }

    /** The obce in drawing order: served ones last, so that no neighbour covers their outline. */
    public List<MapArea> areasServedLast() {
        if (map == null) {
            return List.of();
        }
        return java.util.stream.Stream.concat(
                        map.areas().stream().filter(a -> !served(a)),
                        map.areas().stream().filter(this::served))
                .toList();
    }

    /** A facility on the map; {@code number} is its label on the map and in the legend. */
    public record Marker(int number, String label, String obecName, MapPoint point) {}

    /** A served obec of the mapped ORP for the text list, linked to the catalogue filtered by it. */
    public record ServedObec(int code, String name) {

        public String catalogueUrl() {
            return CatalogueSearchRequest.all().withObec(code).url();
        }
    }
}
