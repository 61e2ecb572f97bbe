package cz.planovna.region;

import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.RegionSummary;
import java.time.LocalDate;
import java.util.List;

/**
 * The kraj's ORP side by side.
 *
 * @param districts every ORP of the kraj in Czech order (the territory list)
 * @param orps the ORP planning in Plánovna, in the chosen order
 * @param notPlanning the other ORP of the kraj
 * @param map the ORP of the kraj on a map; empty when the kraj has no boundaries
 * @param populationDate latest reference date of the population figures (null without any)
 */
public record RegionComparison(
        RegionSummary region,
        String nutsCode,
        List<DistrictSummary> districts,
        List<OrpComparison> orps,
        List<DistrictSummary> notPlanning,
        List<GroupLine> groups,
        List<CapacityLine> capacities,
        List<MapEntry> map,
        String mapViewBox,
        String mapBoundaries,
        int currentYear,
        ComparisonSort sort,
        boolean descending,
        LocalDate populationDate,
        boolean syntheticPopulation,
        boolean illustrativeServices) {

    public boolean anyInternal() {
        return orps.stream().anyMatch(OrpComparison::internal);
    }

    public boolean allInternal() {
        return !orps.isEmpty() && orps.stream().allMatch(OrpComparison::internal);
    }

    public List<String> internalNames() {
        return orps.stream()
                .filter(OrpComparison::internal)
                .map(OrpComparison::name)
                .toList();
    }

    public boolean hasMap() {
        return !map.isEmpty();
    }

    /** The direction a column header's link asks for: the other one when the column is sorted. */
    public boolean descendingNext(ComparisonSort column) {
        return column == sort && !descending;
    }

    /** aria-sort of a column header. */
    public String ariaSort(ComparisonSort column) {
        if (column != sort) {
            return null;
        }
        return descending ? "descending" : "ascending";
    }
}
