package cz.planovna.catalogue;

import cz.planovna.territory.DistrictDetail;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.TerritoryQueries;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The territory facts the import needs, read once per import through the territory module's API:
 * the ORP of every obec, the ORP codes, and (only when a register file refers to ORP by their RÚIAN
 * code) the RÚIAN codes of the ORP.
 */
final class TerritoryLookup {

    private final Map<Integer, Integer> districtOfMunicipality;
    private final Map<Integer, String> districtNames;
    private final Supplier<Map<Integer, Integer>> ruianCodes;
    private Map<Integer, Integer> districtByRuianCode;

    TerritoryLookup(
            Map<Integer, Integer> districtOfMunicipality,
            Map<Integer, String> districtNames,
            Supplier<Map<Integer, Integer>> districtByRuianCode) {
        this.districtOfMunicipality = districtOfMunicipality;
        this.districtNames = districtNames;
        this.ruianCodes = districtByRuianCode;
    }

    static TerritoryLookup of(TerritoryQueries territory) {
        Map<Integer, String> names = new HashMap<>();
        for (DistrictSummary d : territory.districts()) {
            names.put(d.code(), d.name());
        }
        return new TerritoryLookup(territory.districtOfMunicipality(), names, () -> {
            Map<Integer, Integer> byRuian = new HashMap<>();
            for (int code : names.keySet()) {
                territory.district(code).map(DistrictDetail::ruianCode).ifPresent(r -> byRuian.put(r, code));
            }
            return byRuian;
        });
    }

    Optional<Integer> districtOf(int municipalityCode) {
        return Optional.ofNullable(districtOfMunicipality.get(municipalityCode));
    }

    /** An ORP by its ČSÚ code (as used everywhere in Plánovna) or else by its RÚIAN code. */
    Optional<Integer> district(int csuOrRuianCode) {
        if (districtNames.containsKey(csuOrRuianCode)) {
            return Optional.of(csuOrRuianCode);
        }
        if (districtByRuianCode == null) {
            districtByRuianCode = ruianCodes.get();
        }
        return Optional.ofNullable(districtByRuianCode.get(csuOrRuianCode));
    }
}
