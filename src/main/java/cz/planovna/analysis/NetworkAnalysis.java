package cz.planovna.analysis;

import cz.planovna.catalogue.NetworkCapacities;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.DistrictDetail;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.TerritoryMaps;
import cz.planovna.territory.TerritoryQueries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The service network analysis and the needs gap of an ORP, computed per request from the public
 * catalogue ({@link NetworkCapacities}) and the stored population figures. Public data: no
 * permission needed.
 */
@Service
@Transactional(readOnly = true)
public class NetworkAnalysis {

    private final TerritoryQueries territory;
    private final TerritoryMaps maps;
    private final NetworkCapacities catalogue;
    private final NetworkPopulation population;

    NetworkAnalysis(
            TerritoryQueries territory, TerritoryMaps maps, NetworkCapacities catalogue, NetworkPopulation population) {
        this.territory = territory;
        this.maps = maps;
        this.catalogue = catalogue;
        this.population = population;
    }

    /**
     * @param section a § to show only (null: all types)
     * @param group a target group to show only (null: all)
     */
    public NetworkReport report(int districtCode, String section, String group, CapacitySort sort, int page) {
        return NetworkCalculation.report(
                input(districtCode), section, group, sort, page, NetworkReport.CapacityPage.SIZE);
    }

    /** Everything for the export: the whole capacity table in the given order. */
    public NetworkReport fullReport(int districtCode, String section, String group, CapacitySort sort) {
        return NetworkCalculation.report(input(districtCode), section, group, sort, 1, Integer.MAX_VALUE);
    }

    public GapReport gap(int districtCode, NetworkRule rule) {
        NetworkCalculation.Input in = input(districtCode);
        return NetworkCalculation.gap(in, rule, maps.districtMap(districtCode).orElse(null));
    }

    private NetworkCalculation.Input input(int districtCode) {
        DistrictDetail district =
                territory.district(districtCode).orElseThrow(() -> new NotFoundException("ORP " + districtCode));
        Map<Integer, DistrictSummary> districts = new HashMap<>();
        territory.districts().forEach(d -> districts.put(d.code(), d));
        Map<Integer, List<Integer>> obceOfDistrict = new HashMap<>();
        territory
                .districtOfMunicipality()
                .forEach((obec, orp) -> obceOfDistrict
                        .computeIfAbsent(orp, k -> new ArrayList<>())
                        .add(obec));
        return new NetworkCalculation.Input(
                district.district(),
                district.municipalities(),
                districts,
                obceOfDistrict,
                population.latest(),
                catalogue.activeServices());
    }
}
