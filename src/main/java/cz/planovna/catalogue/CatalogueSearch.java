package cz.planovna.catalogue;

import cz.planovna.shared.text.CzechCollation;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public catalogue's search: Czech full text over name, description, provider, type, target
 * groups and facility names; filters with counts; relevance or Czech name order; pages of 20.
 * Ended services are not searched (their detail page still says they ended).
 */
@Service
@Transactional(readOnly = true)
public class CatalogueSearch {

    /** Filter dimensions, each counted with every other filter applied. */
    private enum Dimension {
        TYPE,
        TARGET_GROUP,
        AGE_GROUP,
        FORM,
        SITUATION,
        ORP,
        OBEC
    }

    /**
     * What the request's numbers stand for: the ORP of the chosen obec and the chosen life situation
     * (null when none was chosen or the id is unknown: the filter is then dropped).
     */
    private record Scope(Integer obecDistrict, LifeSituation situation) {}

    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");
    private static final AggregationKey<Map<String, Long>> GROUPS = AggregationKey.of("groups");
    private static final AggregationKey<Map<String, Long>> AGES = AggregationKey.of("ages");
    private static final AggregationKey<Map<DeliveryForm, Long>> FORMS = AggregationKey.of("forms");
    private static final AggregationKey<Map<Integer, Long>> ORPS = AggregationKey.of("orps");
    private static final AggregationKey<Map<Integer, Long>> OBCE = AggregationKey.of("obce");
    private static final AggregationKey<Map<Integer, Long>> WHOLE = AggregationKey.of("whole");

    private final EntityManager entityManager;
    private final CatalogueCodeRepository codes;
    private final ProviderRepository providers;
    private final PlaceNames places;
    private final CatalogueIndexer indexer;
    private final LifeSituationRepository situations;

    CatalogueSearch(
            EntityManager entityManager,
            CatalogueCodeRepository codes,
            ProviderRepository providers,
            PlaceNames places,
            CatalogueIndexer indexer,
            LifeSituationRepository situations) {
        this.indexer = indexer;
        this.situations = situations;
        this.entityManager = entityManager;
        this.codes = codes;
        this.providers = providers;
        this.places = places;
    }

    public CatalogueSearchResult search(CatalogueSearchRequest request) {
        indexer.checkFreshness();
        SearchSession session = Search.session(entityManager);
        Map<String, CatalogueCode> labels = new HashMap<>();
        codes.findAll().forEach(c -> labels.put(c.code(), c));
        Scope scope = scope(request);

        SearchResult<List<?>> found = page(session, request, scope, request.page());
        long total = found.total().hitCount();
        int pageCount =
                (int) Math.max(1, (total + CatalogueSearchResult.PAGE_SIZE - 1) / CatalogueSearchResult.PAGE_SIZE);
        int page = Math.min(request.page(), pageCount);
        if (page != request.page()) {
            // past the end: show the last page (one more query, only for such addresses)
            found = page(session, request, scope, page);
        }

        List<CatalogueSearchResult.ServiceHit> hits =
                found.hits().stream().map(row -> hit(row, labels)).toList();

        return new CatalogueSearchResult(
                request,
                hits,
                total,
                page,
                pageCount,
                typeFacet(session, request, scope, labels),
                groupFacet(session, request, scope, labels),
                ageFacet(session, request, scope, labels),
                formFacet(session, request, scope),
                situationFacet(session, request, scope),
                orpFacet(session, request, scope),
                obecFacet(session, request, scope),
                places.district(request.orp()),
                places.municipality(request.obec()),
                scope.situation() == null ? null : scope.situation().title(),
                providers.existsByIllustrativeTrue());
    }

    /**
     * Ids of the active services matching the request (filters and text, not the page), in the
     * order of the result list, at most {@code limit}; {@code total} counts them all.
     */
    Matching matching(CatalogueSearchRequest request, int limit) {
        indexer.checkFreshness();
        SearchSession session = Search.session(entityManager);
        Scope scope = scope(request);
        SearchResult<Long> found = session.search(CatalogueService.class)
                .select(f -> f.id(Long.class))
                .where(f -> predicate(f, request, scope, null))
                .sort(f -> request.sortedByRelevance()
                        ? f.score().then().field("nameSort")
                        : f.field("nameSort").then().field("registerId"))
                .fetch(limit);
        return new Matching(found.hits(), found.total().hitCount());
    }

    /** Ids of matching services in result order; {@code total} may exceed their number. */
    record Matching(List<Long> ids, long total) {

        boolean truncated() {
            return total > ids.size();
        }
    }

    private SearchResult<List<?>> page(SearchSession session, CatalogueSearchRequest request, Scope scope, int page) {
        return session.search(CatalogueService.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("name", String.class),
                                f.field("typeCode", String.class),
                                f.field("provider.name", String.class),
                                f.field("districtCode", Integer.class),
                                f.field("place", Integer.class),
                                f.field("forms", DeliveryForm.class).multi(),
                                f.field("kind", ServiceKind.class))
                        .asList())
                .where(f -> predicate(f, request, scope, null))
                .sort(f -> request.sortedByRelevance()
                        ? f.score().then().field("nameSort")
                        : f.field("nameSort").then().field("registerId"))
                .fetch((page - 1) * CatalogueSearchResult.PAGE_SIZE, CatalogueSearchResult.PAGE_SIZE);
    }

    private org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(
            SearchPredicateFactory f, CatalogueSearchRequest r, Scope scope, Dimension without) {
        Integer obecDistrict = scope.obecDistrict();
        var bool = f.bool().must(f.match().field("state").matching(ServiceState.ACTIVE));
        if (r.q() != null) {
            bool.must(f.simpleQueryString()
                    .field("name")
                    .boost(4f)
                    .fields("typeLabel", "provider.name")
                    .boost(2f)
                    .fields("description", "targetGroupLabels", "facilities.name")
                    .matching(r.q())
                    .defaultOperator(BooleanOperator.AND));
        }
        if (r.type() != null && without != Dimension.TYPE) {
            bool.must(f.match().field("typeCode").matching(r.type()));
        }
        if (r.targetGroup() != null && without != Dimension.TARGET_GROUP) {
            bool.must(f.match().field("targetGroups").matching(r.targetGroup()));
        }
        if (r.ageGroup() != null && without != Dimension.AGE_GROUP) {
            bool.must(f.match().field("ageGroups").matching(r.ageGroup()));
        }
        if (r.form() != null && without != Dimension.FORM) {
            bool.must(f.match().field("forms").matching(r.form()));
        }
        if (scope.situation() != null && without != Dimension.SITUATION) {
            bool.must(situation(f, scope.situation().content()));
        }
        if (r.orp() != null && without != Dimension.ORP) {
            bool.must(f.match().field("orps").matching(r.orp()));
        }
        if (r.obec() != null && without != Dimension.OBEC) {
            // served one by one, or the whole ORP of the obec is served (field services)
            var served = f.bool().should(f.match().field("servedObce").matching(r.obec()));
            if (obecDistrict != null) {
                served.should(f.match().field("servedDistricts").matching(obecDistrict));
            }
            bool.must(served);
        }
        return bool;
    }

    /**
     * The services that help in a life situation, as its public page lists them: those of its
     * service types, or, when it names no type, those for its target groups.
     */
    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep situation(
            SearchPredicateFactory f, LifeSituationContent content) {
        if (!content.serviceTypes().isEmpty()) {
            var any = f.bool();
            content.serviceTypes()
                    .forEach(code -> any.should(f.match().field("typeCode").matching(code)));
            return any;
        }
        if (!content.targetGroups().isEmpty()) {
            var any = f.bool();
            content.targetGroups()
                    .forEach(code -> any.should(f.match().field("targetGroups").matching(code)));
            return any;
        }
        return f.matchNone();
    }

    private Scope scope(CatalogueSearchRequest request) {
        Integer obecDistrict = request.obec() == null
                ? null
                : places.districtOf(request.obec()).orElse(null);
        Integer orp = request.orp() != null ? request.orp() : obecDistrict;
        // a situation of another ORP than the one chosen (the ORP was changed in the form) is dropped
        LifeSituation situation = request.situation() == null
                ? null
                : situations
                        .findById(request.situation())
                        .filter(s -> orp == null || s.districtCode() == orp)
                        .orElse(null);
        return new Scope(obecDistrict, situation);
    }

    private List<CatalogueSearchResult.FacetOption> typeFacet(
            SearchSession session, CatalogueSearchRequest r, Scope scope, Map<String, CatalogueCode> labels) {
        Map<String, Long> counts = session.search(CatalogueService.class)
                .where(f -> predicate(f, r, scope, Dimension.TYPE))
                .aggregation(
                        TYPES, f -> f.terms().field("typeCode", String.class).maxTermCount(500))
                .fetch(0)
                .aggregation(TYPES);
        List<CatalogueSearchResult.FacetOption> options = new ArrayList<>();
        counts.forEach((code, count) -> options.add(new CatalogueSearchResult.FacetOption(
                code, typeLabel(labels.get(code), code), count, code.equals(r.type()))));
        options.sort(CzechCollation.comparing(CatalogueSearchResult.FacetOption::label));
        return options;
    }

    private List<CatalogueSearchResult.FacetOption> groupFacet(
            SearchSession session, CatalogueSearchRequest r, Scope scope, Map<String, CatalogueCode> labels) {
        Map<String, Long> counts = session.search(CatalogueService.class)
                .where(f -> predicate(f, r, scope, Dimension.TARGET_GROUP))
                .aggregation(
                        GROUPS,
                        f -> f.terms().field("targetGroups", String.class).maxTermCount(500))
                .fetch(0)
                .aggregation(GROUPS);
        List<CatalogueSearchResult.FacetOption> options = new ArrayList<>();
        counts.forEach((code, count) -> options.add(new CatalogueSearchResult.FacetOption(
                code,
                labels.containsKey(code) ? capitalized(labels.get(code).name()) : code,
                count,
                code.equals(r.targetGroup()))));
        options.sort(CzechCollation.comparing(CatalogueSearchResult.FacetOption::label));
        return options;
    }

    /** Age groups in the order of the code list (youngest first), not by label. */
    private List<CatalogueSearchResult.FacetOption> ageFacet(
            SearchSession session, CatalogueSearchRequest r, Scope scope, Map<String, CatalogueCode> labels) {
        Map<String, Long> counts = session.search(CatalogueService.class)
                .where(f -> predicate(f, r, scope, Dimension.AGE_GROUP))
                .aggregation(
                        AGES, f -> f.terms().field("ageGroups", String.class).maxTermCount(100))
                .fetch(0)
                .aggregation(AGES);
        List<CatalogueSearchResult.FacetOption> options = new ArrayList<>();
        counts.forEach((code, count) -> options.add(new CatalogueSearchResult.FacetOption(
                code,
                labels.containsKey(code) ? capitalized(labels.get(code).name()) : code,
                count,
                code.equals(r.ageGroup()))));
        options.sort(Comparator.comparing((CatalogueSearchResult.FacetOption o) -> codeNumber(o.value()))
                .thenComparing(CatalogueSearchResult.FacetOption::label, CzechCollation.comparator()));
        return options;
    }

    private static int codeNumber(String code) {
        String list = CodeRef.list(code);
        Integer n = list == null ? null : CodeRef.number(code, list);
        return n == null ? Integer.MAX_VALUE : n;
    }

    /** All three forms, also those no service has now (count 0), in the order of the Act. */
    private List<CatalogueSearchResult.FormOption> formFacet(
            SearchSession session, CatalogueSearchRequest r, Scope scope) {
        Map<DeliveryForm, Long> counts = session.search(CatalogueService.class)
                .where(f -> predicate(f, r, scope, Dimension.FORM))
                .aggregation(FORMS, f -> f.terms().field("forms", DeliveryForm.class))
                .fetch(0)
                .aggregation(FORMS);
        List<CatalogueSearchResult.FormOption> options = new ArrayList<>();
        for (DeliveryForm form : DeliveryForm.values()) {
            options.add(new CatalogueSearchResult.FormOption(form, counts.getOrDefault(form, 0L), form == r.form()));
        }
        return options;
    }

    /**
     * Life situations of the ORP in view (chosen, of the chosen obec, or of the chosen situation),
     * in the coordinator's order, each counted with every other filter applied.
     */
    private List<CatalogueSearchResult.FacetOption> situationFacet(
            SearchSession session, CatalogueSearchRequest r, Scope scope) {
        Integer orp = r.orp() != null
                ? r.orp()
                : scope.obecDistrict() != null
                        ? scope.obecDistrict()
                        : scope.situation() == null ? null : scope.situation().districtCode();
        if (orp == null) {
            return List.of();
        }
        List<CatalogueSearchResult.FacetOption> options = new ArrayList<>();
        for (LifeSituation s : situations.findByDistrictCodeOrderBySortOrderAscTitleAsc(orp)) {
            LifeSituationContent content = s.content();
            long count = session.search(CatalogueService.class)
                    .where(f -> f.bool()
                            .must(predicate(f, r, scope, Dimension.SITUATION))
                            .must(situation(f, content)))
                    .fetchTotalHitCount();
            options.add(new CatalogueSearchResult.FacetOption(
                    String.valueOf(s.id()), s.title(), count, s.id().equals(r.situation())));
        }
        return options;
    }

    private List<CatalogueSearchResult.FacetOption> orpFacet(
            SearchSession session, CatalogueSearchRequest r, Scope scope) {
        Map<Integer, Long> counts = session.search(CatalogueService.class)
                .where(f -> predicate(f, r, scope, Dimension.ORP))
                .aggregation(ORPS, f -> f.terms().field("orps", Integer.class).maxTermCount(500))
                .fetch(0)
                .aggregation(ORPS);
        List<CatalogueSearchResult.FacetOption> options = new ArrayList<>();
        counts.forEach((code, count) -> {
            String name = places.district(code);
            if (name != null) {
                options.add(new CatalogueSearchResult.FacetOption(code.toString(), name, count, code.equals(r.orp())));
            }
        });
        options.sort(CzechCollation.comparing(CatalogueSearchResult.FacetOption::label));
        return options;
    }

    /** Obce of the chosen ORP (the list of all 6,258 would help nobody). */
    private List<CatalogueSearchResult.FacetOption> obecFacet(
            SearchSession session, CatalogueSearchRequest r, Scope scope) {
        Integer orp = r.orp() != null ? r.orp() : scope.obecDistrict();
        if (orp == null) {
            return List.of();
        }
        SearchResult<Void> result = session.search(CatalogueService.class)
                .select(f -> f.composite().from(f.id()).as(x -> (Void) null))
                .where(f -> predicate(f, r, scope, Dimension.OBEC))
                .aggregation(
                        OBCE, f -> f.terms().field("servedObce", Integer.class).maxTermCount(10_000))
                .aggregation(
                        WHOLE,
                        f -> f.terms().field("servedDistricts", Integer.class).maxTermCount(500))
                .fetch(0);
        Map<Integer, Long> single = result.aggregation(OBCE);
        long wholeDistrict = result.aggregation(WHOLE).getOrDefault(orp, 0L);
        List<CatalogueSearchResult.FacetOption> options = new ArrayList<>();
        places.obce(orp).forEach(m -> {
            long count = single.getOrDefault(m.code(), 0L) + wholeDistrict;
            options.add(new CatalogueSearchResult.FacetOption(
                    String.valueOf(m.code()), m.name(), count, r.obec() != null && r.obec() == m.code()));
        });
        return options;
    }

    private CatalogueSearchResult.ServiceHit hit(List<?> row, Map<String, CatalogueCode> labels) {
        String typeCode = (String) row.get(2);
        CatalogueCode type = typeCode == null ? null : labels.get(typeCode);
        @SuppressWarnings("unchecked")
        List<DeliveryForm> forms = (List<DeliveryForm>) row.get(6);
        Integer place = (Integer) row.get(5);
        // the ORP of the obec shown, so that the two always agree; the service's own ORP otherwise
        Integer orp =
                place == null ? (Integer) row.get(4) : places.districtOf(place).orElse((Integer) row.get(4));
        return new CatalogueSearchResult.ServiceHit(
                (Long) row.get(0),
                (String) row.get(1),
                type == null ? null : capitalized(type.name()),
                type == null ? null : type.actSection(),
                (String) row.get(3),
                places.district(orp),
                places.municipality(place),
                forms.stream().sorted(Comparator.naturalOrder()).toList(),
                row.get(7) == ServiceKind.RELATED);
    }

    private static String typeLabel(CatalogueCode code, String fallback) {
        if (code == null) {
            return fallback;
        }
        String name = capitalized(code.name());
        return code.actSection() == null ? name : name + " (§ " + code.actSection() + ")";
    }

    static String capitalized(String label) {
        if (label == null || label.isEmpty()) {
            return label;
        }
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
