package cz.planovna.catalogue;

import cz.planovna.shared.text.CzechCollation;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.PageCache;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Life situations of an ORP: read for the public pages with the matching services of the ORP, and
 * written by its coordinator (the controller checks the permission). A stale version is refused
 * with {@link ObjectOptimisticLockingFailureException} (the 409 page).
 */
@Service
@Transactional(readOnly = true)
public class LifeSituations {

    public static final int MAX_TITLE = 200;
    public static final int MAX_ANSWER = 10_000;

    private final LifeSituationRepository situations;
    private final CatalogueCodeRepository codes;
    private final CatalogueSearch search;
    private final PlaceNames places;
    private final PageCache pages;

    LifeSituations(
            LifeSituationRepository situations,
            CatalogueCodeRepository codes,
            CatalogueSearch search,
            PlaceNames places,
            PageCache pages) {
        this.pages = pages;
        this.situations = situations;
        this.codes = codes;
        this.search = search;
        this.places = places;
    }

    public List<LifeSituationView> ofDistrict(int orp) {
        Map<String, String> labels = labels();
        return situations.findByDistrictCodeOrderBySortOrderAscTitleAsc(orp).stream()
                .map(s -> view(s, labels))
                .toList();
    }

    /** ORP that have at least one situation, Czech-sorted by name. */
    public List<CodeView> districtsWithSituations() {
        return situations.findDistrictCodes().stream()
                .map(code -> new CodeView(String.valueOf(code), places.district(code)))
                .filter(c -> c.name() != null)
                .sorted(CzechCollation.comparing(CodeView::name))
                .toList();
    }

    /** The name of an ORP, empty for an unknown code. */
    public Optional<String> districtName(int orp) {
        return Optional.ofNullable(places.district(orp));
    }

    public Optional<LifeSituationView> situation(long id) {
        return situations.findById(id).map(s -> view(s, labels()));
    }

    /** The situation of the ORP, 404 when it belongs to another one. */
    public LifeSituationView situation(int orp, long id) {
        return situation(id)
                .filter(s -> s.orp() == orp)
                .orElseThrow(() -> new NotFoundException("life situation " + id));
    }

    public Optional<LifeSituationDetail> detail(long id) {
        return situation(id).map(this::detail);
    }

    private LifeSituationDetail detail(LifeSituationView s) {
        List<LifeSituationDetail.Link> links = new ArrayList<>();
        List<CatalogueSearchRequest> requests = new ArrayList<>();
        for (CodeView type : s.serviceTypes()) {
            CatalogueSearchRequest r = new CatalogueSearchRequest(null, type.code(), null, s.orp(), null, 1, true);
            links.add(new LifeSituationDetail.Link(type.name(), r.url()));
            requests.add(r);
        }
        for (CodeView group : s.targetGroups()) {
            CatalogueSearchRequest r = new CatalogueSearchRequest(null, null, group.code(), s.orp(), null, 1, true);
            links.add(new LifeSituationDetail.Link(group.name(), r.url()));
            if (s.serviceTypes().isEmpty()) {
                requests.add(r);
            }
        }
        Map<Long, CatalogueSearchResult.ServiceHit> found = new LinkedHashMap<>();
        long total = 0;
        for (CatalogueSearchRequest r : requests) {
            CatalogueSearchResult result = search.search(r);
            total += result.total();
            result.hits().forEach(h -> found.putIfAbsent(h.id(), h));
        }
        List<CatalogueSearchResult.ServiceHit> hits = found.values().stream()
                .sorted(CzechCollation.comparing(CatalogueSearchResult.ServiceHit::name))
                .limit(LifeSituationDetail.SHOWN)
                .toList();
        return new LifeSituationDetail(s, hits, Math.max(total, hits.size()), links);
    }

    /** Service types a situation may link to: the register's code list, Czech-sorted. */
    public List<CodeView> serviceTypeOptions() {
        return options(RegisterCodeLists.TYPES, bundled().types());
    }

    public List<CodeView> targetGroupOptions() {
        return options(RegisterCodeLists.TARGET_GROUPS, bundled().targetGroups());
    }

    @Transactional
    public long create(int orp, int region, LifeSituationContent content) {
        pages.evictAll();
        return situations.save(new LifeSituation(orp, region, checked(content))).id();
    }

    @Transactional
    public void update(int orp, long id, long version, LifeSituationContent content) {
        current(orp, id, version).change(checked(content));
        pages.evictAll();
    }

    @Transactional
    public void delete(int orp, long id, long version) {
        situations.delete(current(orp, id, version));
        pages.evictAll();
    }

    private LifeSituation current(int orp, long id, long version) {
        LifeSituation s = situations
                .findById(id)
                .filter(found -> found.districtCode() == orp)
                .orElseThrow(() -> new NotFoundException("life situation " + id));
        if (s.version() != version) {
            throw new ObjectOptimisticLockingFailureException(LifeSituation.class, id);
        }
        return s;
    }

    /** Codes outside the code lists are dropped: the form offers only listed ones. */
    private LifeSituationContent checked(LifeSituationContent content) {
        Set<String> types = codesOf(serviceTypeOptions());
        Set<String> groups = codesOf(targetGroupOptions());
        return new LifeSituationContent(
                content.title().strip(),
                content.answer().strip(),
                content.sortOrder(),
                content.serviceTypes().stream()
                        .filter(types::contains)
                        .distinct()
                        .toList(),
                content.targetGroups().stream()
                        .filter(groups::contains)
                        .distinct()
                        .toList());
    }

    private static Set<String> codesOf(List<CodeView> options) {
        Set<String> set = new LinkedHashSet<>();
        options.forEach(o -> set.add(o.code()));
        return set;
    }

    private List<CodeView> options(String codeList, RegisterCodeLists.CodeList bundled) {
        Map<String, String> items = new LinkedHashMap<>(bundled.items());
        codes.findByCodeList(codeList).forEach(c -> items.put(c.code(), c.name()));
        return items.entrySet().stream()
                .map(e -> new CodeView(e.getKey(), e.getValue()))
                .sorted(CzechCollation.comparing(CodeView::name))
                .toList();
    }

    private Map<String, String> labels() {
        RegisterCodeLists lists = bundled();
        Map<String, String> labels = new LinkedHashMap<>(lists.types().items());
        labels.putAll(lists.targetGroups().items());
        codes.findAll().forEach(c -> labels.put(c.code(), c.name()));
        return labels;
    }

    private LifeSituationView view(LifeSituation s, Map<String, String> labels) {
        LifeSituationContent c = s.content();
        return new LifeSituationView(
                s.id(),
                s.districtCode(),
                places.district(s.districtCode()),
                c.title(),
                c.answer(),
                c.sortOrder(),
                s.version(),
                c.serviceTypes().stream()
                        .map(code -> new CodeView(code, labels.getOrDefault(code, code)))
                        .toList(),
                c.targetGroups().stream()
                        .map(code -> new CodeView(code, labels.getOrDefault(code, code)))
                        .toList());
    }

    private static volatile RegisterCodeLists bundledLists;

    private static RegisterCodeLists bundled() {
        RegisterCodeLists lists = bundledLists;
        if (lists == null) {
            lists = RegisterCodeLists.bundled(ActSections.bundled());
            bundledLists = lists;
        }
        return lists;
    }
}
