package cz.planovna.territory;

import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.text.CzechCollation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read API of the territory module. Lists come sorted by Czech collation. */
@Service
@Transactional(readOnly = true)
public class TerritoryQueries {

    /** At most this many obce are returned by a search. */
    public static final int MAX_SEARCH_RESULTS = 20;

    private final RegionRepository regions;
    private final DistrictRepository districts;
    private final MunicipalityRepository municipalities;

    /** Reference data loaded by a migration and never edited: read once per application. */
    private volatile Map<Integer, Integer> districtOfMunicipality;

    /** ORP names for the live search, which runs on every keystroke: read once, not per search. */
    private volatile Map<Integer, String> districtNames;

    TerritoryQueries(RegionRepository regions, DistrictRepository districts, MunicipalityRepository municipalities) {
        this.regions = regions;
        this.districts = districts;
        this.municipalities = municipalities;
    }

    public List<RegionSummary> regions() {
        Map<Integer, Integer> perDistrict = municipalityCounts();
        Map<Integer, List<District>> byRegion = districts.findAllWithRegion().stream()
                .collect(Collectors.groupingBy(d -> d.region().code()));
        return regions.findAll().stream()
                .map(r -> regionSummary(r, byRegion.getOrDefault(r.code(), List.of()), perDistrict))
                .sorted(CzechCollation.comparing(RegionSummary::name))
                .toList();
    }

    public Optional<RegionDetail> region(int code) {
        return regions.findById(code).map(region -> {
            Map<Integer, Integer> perDistrict = municipalityCounts();
            List<District> ofRegion = districts.findAllWithRegion().stream()
                    .filter(d -> d.region().code() == code)
                    .toList();
            List<DistrictSummary> summaries = ofRegion.stream()
                    .map(d -> summary(d, perDistrict))
                    .sorted(CzechCollation.comparing(DistrictSummary::name))
                    .toList();
            return new RegionDetail(regionSummary(region, ofRegion, perDistrict), region.nutsCode(), summaries);
        });
    }

    /** All 206 ORP, e.g. for choosing a territory in a form. */
    public List<DistrictSummary> districts() {
        Map<Integer, Integer> perDistrict = municipalityCounts();
        return districts.findAllWithRegion().stream()
                .map(d -> summary(d, perDistrict))
                .sorted(CzechCollation.comparing(DistrictSummary::name))
                .toList();
    }

    /** ORP that plan their social services in Plánovna. */
    public List<DistrictSummary> planningDistricts() {
        Map<Integer, Integer> perDistrict = municipalityCounts();
        return districts.findPlanningActive().stream()
                .map(d -> summary(d, perDistrict))
                .sorted(CzechCollation.comparing(DistrictSummary::name))
                .toList();
    }

    public Optional<DistrictDetail> district(int code) {
        return districts.findWithRegion(code).map(d -> {
            List<Municipality> obce = municipalities.findByDistrictCode(code);
            List<MunicipalityView> views = obce.stream()
                    .map(m -> view(m, d.name()))
                    .sorted(CzechCollation.comparing(MunicipalityView::name))
                    .toList();
            String seat = obce.stream()
                    .filter(m -> m.code().equals(d.seatMunicipalityCode()))
                    .map(Municipality::name)
                    .findFirst()
                    .orElse(d.name());
            return new DistrictDetail(summary(d, Map.of(code, obce.size())), d.ruianCode(), seat, d.version(), views);
        });
    }

    public Optional<TerritoryRef> districtRef(int code) {
        return districts
                .findWithRegion(code)
                .map(d -> TerritoryRef.district(d.code(), d.region().code()));
    }

    public Optional<TerritoryRef> regionRef(int code) {
        return regions.existsById(code) ? Optional.of(TerritoryRef.region(code)) : Optional.empty();
    }

    /** Obce whose name (or a word of it) starts with the query, diacritics and case ignored. */
    public List<MunicipalityView> searchMunicipalities(String query) {
        // LIKE wildcards typed by the user are dropped, not interpreted
        String key = CzechCollation.searchKey(query)
                .replace("\\", "")
                .replace("%", "")
                .replace("_", "")
                .strip();
        if (key.length() < 2) {
            return List.of();
        }
        List<Municipality> found = municipalities.search(key, PageRequest.of(0, 200));
        Map<Integer, String> names = districtNames();
        return found.stream()
                .map(m -> view(m, names.get(m.districtCode())))
                .sorted(CzechCollation.comparing(MunicipalityView::name))
                .limit(MAX_SEARCH_RESULTS)
                .toList();
    }

    /** Every obec code (ČSÚ = RÚIAN) with the ČSÚ code of its ORP; unmodifiable. */
    public Map<Integer, Integer> districtOfMunicipality() {
        Map<Integer, Integer> cached = districtOfMunicipality;
        if (cached == null) {
            Map<Integer, Integer> map = new HashMap<>();
            municipalities.findAll().forEach(m -> map.put(m.code(), m.districtCode()));
            cached = Map.copyOf(map);
            districtOfMunicipality = cached;
        }
        return cached;
    }

    private Map<Integer, String> districtNames() {
        Map<Integer, String> cached = districtNames;
        if (cached == null) {
            Map<Integer, String> map = new HashMap<>();
            districts.findAll().forEach(d -> map.put(d.code(), d.name()));
            cached = Map.copyOf(map);
            districtNames = cached;
        }
        return cached;
    }

    private Map<Integer, Integer> municipalityCounts() {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Object[] row : municipalities.countPerDistrict()) {
            counts.put(((Number) row[0]).intValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }

    private static RegionSummary regionSummary(Region r, List<District> ofRegion, Map<Integer, Integer> perDistrict) {
        int obce = ofRegion.stream()
                .mapToInt(d -> perDistrict.getOrDefault(d.code(), 0))
                .sum();
        return new RegionSummary(r.code(), r.name(), r.abbreviation(), ofRegion.size(), obce);
    }

    private static DistrictSummary summary(District d, Map<Integer, Integer> perDistrict) {
        return new DistrictSummary(
                d.code(),
                d.name(),
                d.region().code(),
                d.region().name(),
                perDistrict.getOrDefault(d.code(), 0),
                d.planningActive());
    }

    private static MunicipalityView view(Municipality m, String districtName) {
        return new MunicipalityView(m.code(), m.name(), m.type(), m.districtCode(), districtName, m.okresName());
    }
}
