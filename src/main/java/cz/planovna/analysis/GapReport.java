package cz.planovna.analysis;

import cz.planovna.territory.DistrictMap;
import cz.planovna.territory.MapArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The needs gap of an ORP for one indicator: per obec the people of the relevant age (demand proxy)
 * and the capacity reaching it, its ratio per 1,000 compared with the country's, and the class;
 * with the ORP's map when its kraj has boundaries.
 */
public record GapReport(
        int districtCode,
        String districtName,
        int regionCode,
        String regionName,
        boolean illustrativeServices,
        boolean syntheticPopulation,
        LocalDate populationDate,
        NetworkRule rule,
        Double benchmark,
        NetworkReport.Scope countryScope,
        List<GapRow> rows,
        Map<GapClass, Long> counts,
        DistrictMap map,
        List<GapArea> areas) {

    /** One obec: demand null without population figures; ratio and index null when not computable. */
    public record GapRow(
            int code, String name, Long demand, double capacity, Double ratio, Double index, GapClass gapClass) {
        public java.math.BigDecimal capacityValue() {
            return Decimals.of(capacity, 1);
        }

        public java.math.BigDecimal ratioValue() {
            return Decimals.of(ratio, 2);
        }

        public java.math.BigDecimal indexValue() {
            return Decimals.of(index, 0);
        }
    }

    /** An obec of the map with its row. */
    public record GapArea(MapArea area, GapRow row) {}

    public java.math.BigDecimal benchmarkValue() {
        return Decimals.of(benchmark, 2);
    }

    public boolean mapAvailable() {
        return map != null;
    }

    /** The number of obce in each class, in the order of {@link GapClass}. */
    public List<Long> countsInOrder() {
        return java.util.Arrays.stream(GapClass.values()).map(this::count).toList();
    }

    public long count(GapClass c) {
        return counts.getOrDefault(c, 0L);
    }
}
