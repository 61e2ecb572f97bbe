package cz.planovna.catalogue;

import cz.planovna.shared.text.CzechCollation;
import cz.planovna.territory.DistrictMap;
import cz.planovna.territory.MunicipalityView;
import cz.planovna.territory.TerritoryMaps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public detail page of a service, assembled from the read API and the place names. */
@Service
@Transactional(readOnly = true)
public class CataloguePages {

    private final CatalogueQueries queries;
    private final ProviderRepository providers;
    private final PlaceNames places;
    private final TerritoryMaps maps;

    CataloguePages(CatalogueQueries queries, ProviderRepository providers, PlaceNames places, TerritoryMaps maps) {
        this.queries = queries;
        this.providers = providers;
        this.places = places;
        this.maps = maps;
    }

    /** The detail page, with the map of the service's ORP. */
    public Optional<ServicePage> service(long id) {
        return queries.service(id).map(s -> page(s, true));
    }

    /** Public pages of many services in the order of {@code ids} (exports, no maps); missing ids are skipped. */
    List<ServicePage> services(List<Long> ids) {
        return queries.details(ids).stream().map(s -> page(s, false)).toList();
    }

    private ServicePage page(ServiceDetail s, boolean withMap) {
        boolean illustrative = providers
                .findById(s.provider().id())
                .map(Provider::illustrative)
                .orElse(false);
        List<ServicePage.Place> facilities = s.facilities().stream()
                .map(f -> new ServicePage.Place(
                        f, places.municipality(f.municipalityCode()), places.district(f.districtCode())))
                .toList();
        List<ContactView> webs = s.provider().contacts().stream()
                .filter(c -> c.kind() == ContactKind.WEB)
                .toList();
        return new ServicePage(
                s,
                s.type() == null ? null : CatalogueSearch.capitalized(s.type().name()),
                places.district(s.districtCode()),
                facilities,
                served(s.area()),
                webs,
                illustrative,
                withMap ? map(s) : null);
    }

    /**
     * The ORP of the service with the obce it serves there and its facilities that have
     * coordinates, numbered in the order of the page's facility list.
     */
    ServiceMap map(ServiceDetail s) {
        String orpName = places.district(s.districtCode());
        Set<Integer> served = Set.copyOf(s.servedMunicipalities());
        List<ServiceMap.ServedObec> servedObce = places.obce(s.districtCode()).stream()
                .filter(m -> served.contains(m.code()))
                .map(m -> new ServiceMap.ServedObec(m.code(), m.name()))
                .toList();
        DistrictMap map = maps.districtMap(s.districtCode()).orElse(null);
        List<ServiceMap.Marker> markers = new ArrayList<>();
        if (map != null) {
            for (FacilityView f : s.facilities()) {
                if (f.latitude() == null || f.longitude() == null || f.ended()) {
                    continue;
                }
                map.point(f.latitude(), f.longitude())
                        .ifPresent(point -> markers.add(new ServiceMap.Marker(
                                markers.size() + 1,
                                f.name() == null ? s.name() : f.name(),
                                places.municipality(f.municipalityCode()),
                                point)));
            }
        }
        return new ServiceMap(
                orpName == null ? String.valueOf(s.districtCode()) : orpName, map, served, markers, servedObce);
    }

    private List<ServicePage.ServedDistrict> served(List<ServedArea> area) {
        Map<Integer, Set<Integer>> single = new LinkedHashMap<>();
        Set<Integer> whole = new TreeSet<>();
        for (ServedArea a : area) {
            if (a.wholeDistrict()) {
                whole.add(a.districtCode());
            } else {
                single.computeIfAbsent(a.districtCode(), k -> new TreeSet<>()).add(a.municipalityCode());
            }
        }
        Set<Integer> districts = new TreeSet<>(whole);
        districts.addAll(single.keySet());
        List<ServicePage.ServedDistrict> groups = new ArrayList<>();
        for (int district : districts) {
            boolean all = whole.contains(district);
            Set<Integer> wanted = single.getOrDefault(district, Set.of());
            List<String> names = places.obce(district).stream()
                    .filter(m -> all || wanted.contains(m.code()))
                    .map(MunicipalityView::name)
                    .sorted(CzechCollation.comparator())
                    .toList();
            String name = places.district(district);
            groups.add(new ServicePage.ServedDistrict(name == null ? String.valueOf(district) : name, all, names));
        }
        groups.sort(CzechCollation.comparing(ServicePage.ServedDistrict::orpName));
        return groups;
    }
}
