package cz.planovna.catalogue;

import cz.planovna.shared.text.CzechCollation;
import cz.planovna.territory.MunicipalityView;
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

    CataloguePages(CatalogueQueries queries, ProviderRepository providers, PlaceNames places) {
        this.queries = queries;
        this.providers = providers;
        this.places = places;
    }

    public Optional<ServicePage> service(long id) {
        return queries.service(id).map(this::page);
    }

    /** Public pages of many services in the order of {@code ids} (exports); missing ids are skipped. */
    List<ServicePage> services(List<Long> ids) {
        return queries.details(ids).stream().map(this::page).toList();
    }

    private ServicePage page(ServiceDetail s) {
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
                illustrative);
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
