package cz.planovna.catalogue;

import cz.planovna.territory.DistrictDetail;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.MunicipalityView;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Names of ORP and obce for the public pages, read through the territory module once and kept:
 * the catalogue is the most visited part, and the ČSÚ territory changes once a year.
 */
@Component
class PlaceNames {

    private final TerritoryQueries territory;
    private volatile Map<Integer, String> districtNames;
    private final Map<Integer, List<MunicipalityView>> obceByDistrict = new ConcurrentHashMap<>();

    PlaceNames(TerritoryQueries territory) {
        this.territory = territory;
    }

    String district(Integer code) {
        return code == null ? null : districts().get(code);
    }

    Map<Integer, String> districts() {
        Map<Integer, String> names = districtNames;
        if (names == null) {
            names = territory.districts().stream()
                    .collect(Collectors.toUnmodifiableMap(DistrictSummary::code, DistrictSummary::name));
            districtNames = names;
        }
        return names;
    }

    /** The obce of an ORP, Czech-sorted; empty for an unknown ORP. */
    List<MunicipalityView> obce(int districtCode) {
        return obceByDistrict.computeIfAbsent(
                districtCode,
                code -> territory
                        .district(code)
                        .map(DistrictDetail::municipalities)
                        .orElse(List.of()));
    }

    Optional<Integer> districtOf(int municipalityCode) {
        return Optional.ofNullable(territory.districtOfMunicipality().get(municipalityCode));
    }

    String municipality(Integer code) {
        if (code == null) {
            return null;
        }
        return districtOf(code)
                .flatMap(d -> obce(d).stream().filter(m -> m.code() == code).findFirst())
                .map(MunicipalityView::name)
                .orElse(null);
    }
}
