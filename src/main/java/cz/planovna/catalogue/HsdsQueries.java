package cz.planovna.catalogue;

import cz.planovna.catalogue.HsdsJson.Organization;
import cz.planovna.catalogue.HsdsJson.Page;
import cz.planovna.catalogue.HsdsJson.Service;
import cz.planovna.catalogue.HsdsJson.ServiceAtLocation;
import cz.planovna.catalogue.HsdsJson.Taxonomy;
import cz.planovna.catalogue.HsdsJson.TaxonomyTerm;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.TerritoryQueries;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as HSDS 3.0: lists and details for the API controller. Lists show what the public
 * catalogue shows (active services, and the providers and facilities of active services); a detail
 * of an ended service is still answered, with status "inactive".
 */
@org.springframework.stereotype.Service
@Transactional(readOnly = true)
class HsdsQueries {

    private static final String ACTIVE = "cz.planovna.catalogue.ServiceState.ACTIVE";

    private final EntityManager em;
    private final CatalogueServiceRepository services;
    private final ProviderRepository providers;
    private final CatalogueCodeRepository codes;
    private final CatalogueIndexer indexer;
    private final PlaceNames places;
    private final TerritoryQueries territory;
    private final Clock clock;

    HsdsQueries(
            EntityManager em,
            CatalogueServiceRepository services,
            ProviderRepository providers,
            CatalogueCodeRepository codes,
            CatalogueIndexer indexer,
            PlaceNames places,
            TerritoryQueries territory,
            ObjectProvider<Clock> clock) {
        this.em = em;
        this.services = services;
        this.providers = providers;
        this.codes = codes;
        this.indexer = indexer;
        this.places = places;
        this.territory = territory;
        this.clock = clock.getIfAvailable(() -> Clock.system(RegisterImport.PRAGUE));
    }

    /** Filters of the list endpoints, already checked. */
    record Filter(String search, String termCode, Integer orp) {}

    /** Checks the raw filter parameters: an unknown term or ORP is a 400, not an empty list. */
    Filter filter(String search, String taxonomyTermId, String orp) {
        String q = search == null || search.isBlank() ? null : search.strip();
        if (q != null && q.length() > CatalogueSearchRequest.MAX_QUERY) {
            throw new HsdsBadRequest("search must have at most " + CatalogueSearchRequest.MAX_QUERY + " characters");
        }
        String term = null;
        if (taxonomyTermId != null && !taxonomyTermId.isBlank()) {
            term = taxonomies().codeOf(taxonomyTermId);
            if (term == null) {
                throw new HsdsBadRequest("taxonomy_term_id is not a term of /taxonomy_terms");
            }
        }
        Integer district = null;
        if (orp != null && !orp.isBlank()) {
            try {
                district = Integer.valueOf(orp.strip());
            } catch (NumberFormatException e) {
                throw new HsdsBadRequest("orp must be the ČSÚ code of an ORP, e.g. 3108");
            }
            if (places.district(district) == null) {
                throw new HsdsBadRequest("orp " + district + " is not a known ORP code");
            }
        }
        return new Filter(q, term, district);
    }

    /** Czech full text and filters through the catalogue's search index, in the catalogue's name order. */
    Page<Service> services(Filter filter, HsdsPaging paging) {
        indexer.checkFreshness();
        SearchResult<Long> found = Search.session(em)
                .search(CatalogueService.class)
                .select(f -> f.id(Long.class))
                .where(f -> {
                    var bool = f.bool().must(f.match().field("state").matching(ServiceState.ACTIVE));
                    if (filter.search() != null) {
                        bool.must(f.simpleQueryString()
                                .field("name")
                                .boost(4f)
                                .fields("typeLabel", "provider.name")
                                .boost(2f)
                                .fields("description", "targetGroupLabels", "facilities.name")
                                .matching(filter.search())
                                .defaultOperator(BooleanOperator.AND));
                    }
                    if (filter.termCode() != null) {
                        String field =
                                HsdsTaxonomies.taxonomyOf(filter.termCode()).equals(HsdsTaxonomies.TYPES)
                                        ? "typeCode"
                                        : "targetGroups";
                        bool.must(f.match().field(field).matching(filter.termCode()));
                    }
                    if (filter.orp() != null) {
                        bool.must(f.match().field("orps").matching(filter.orp()));
                    }
                    return bool;
                })
                .sort(f -> filter.search() != null
                        ? f.score().then().field("nameSort")
                        : f.field("nameSort").then().field("registerId"))
                .fetch(paging.offset(), paging.perPage());
        List<Long> ids = found.hits();
        Map<Long, CatalogueService> loaded = services.findAllByIdIn(ids).stream()
                .collect(Collectors.toMap(CatalogueService::id, Function.identity()));
        HsdsMapper mapper = mapper();
        List<Service> contents = ids.stream()
                .map(loaded::get)
                .filter(s -> s != null)
                .map(mapper::serviceSummary)
                .toList();
        return Page.of(contents, found.total().hitCount(), paging);
    }

    Optional<Service> service(String id) {
        return HsdsIds.SERVICE.parse(id).stream()
                .boxed()
                .findFirst()
                .flatMap(services::findById)
                .map(s -> mapper().serviceFull(s));
    }

    /** Providers of at least one active service (in the ORP, with the name, when asked). */
    Page<Organization> organizations(Filter filter, HsdsPaging paging) {
        if (filter.termCode() != null) {
            throw new HsdsBadRequest("taxonomy_term_id filters /services and /service_at_locations");
        }
        StringBuilder where = new StringBuilder(" from Provider p where exists (select s.id from CatalogueService s"
                + " where s.provider = p and s.state = " + ACTIVE);
        if (filter.orp() != null) {
            where.append(" and (s.districtCode = :orp or exists (select f.id from CatalogueService s2 join"
                    + " s2.facilities f where s2 = s and f.districtCode = :orp))");
        }
        where.append(")");
        if (filter.search() != null) {
            where.append(" and lower(p.name) like :name");
        }
        TypedQuery<Long> count = em.createQuery("select count(p)" + where, Long.class);
        TypedQuery<Provider> page = em.createQuery("select p" + where + " order by p.name, p.id", Provider.class);
        for (TypedQuery<?> q : List.of(count, page)) {
            if (filter.orp() != null) {
                q.setParameter("orp", filter.orp());
            }
            if (filter.search() != null) {
                q.setParameter("name", "%" + filter.search().toLowerCase(Locale.ROOT) + "%");
            }
        }
        List<Provider> found = page.setFirstResult(paging.offset())
                .setMaxResults(paging.perPage())
                .getResultList();
        HsdsMapper mapper = mapper();
        return Page.of(found.stream().map(mapper::organizationSummary).toList(), count.getSingleResult(), paging);
    }

    Optional<Organization> organization(String id) {
        return HsdsIds.ORGANIZATION.parse(id).stream()
                .boxed()
                .findFirst()
                .flatMap(providers::findById)
                .map(p -> mapper().organizationFull(
                                p,
                                em.createQuery(
                                                "select s from CatalogueService s where s.provider = :p"
                                                        + " and s.state = " + ACTIVE + " order by s.name, s.id",
                                                CatalogueService.class)
                                        .setParameter("p", p)
                                        .getResultList()));
    }

    /** Every facility of an active service. */
    Page<ServiceAtLocation> servicesAtLocations(Filter filter, HsdsPaging paging) {
        StringBuilder where =
                new StringBuilder(" from CatalogueService s join s.facilities f where s.state = " + ACTIVE);
        if (filter.orp() != null) {
            where.append(" and f.districtCode = :orp");
        }
        if (filter.termCode() != null) {
            where.append(" and (s.typeCode = :term or :term member of s.targetGroups)");
        }
        if (filter.search() != null) {
            where.append(" and (lower(s.name) like :name or lower(f.name) like :name)");
        }
        TypedQuery<Long> count = em.createQuery("select count(f)" + where, Long.class);
        TypedQuery<Object[]> page =
                em.createQuery("select s, f" + where + " order by s.name, s.id, f.id", Object[].class);
        for (TypedQuery<?> q : List.of(count, page)) {
            if (filter.orp() != null) {
                q.setParameter("orp", filter.orp());
            }
            if (filter.termCode() != null) {
                q.setParameter("term", filter.termCode());
            }
            if (filter.search() != null) {
                q.setParameter("name", "%" + filter.search().toLowerCase(Locale.ROOT) + "%");
            }
        }
        List<Object[]> rows = page.setFirstResult(paging.offset())
                .setMaxResults(paging.perPage())
                .getResultList();
        HsdsMapper mapper = mapper();
        List<ServiceAtLocation> contents = rows.stream()
                .map(r -> mapper.serviceAtLocation((CatalogueService) r[0], (Facility) r[1], true))
                .toList();
        return Page.of(contents, count.getSingleResult(), paging);
    }

    Optional<ServiceAtLocation> serviceAtLocation(String id) {
        return HsdsIds.SERVICE_AT_LOCATION.parse(id).stream()
                .boxed()
                .findFirst()
                .flatMap(facility -> em.createQuery(
                                "select s, f from CatalogueService s join s.facilities f where f.id = :id",
                                Object[].class)
                        .setParameter("id", facility)
                        .getResultStream()
                        .findFirst()
                        .map(r -> mapper().serviceAtLocation((CatalogueService) r[0], (Facility) r[1], true)));
    }

    Page<Taxonomy> taxonomies(HsdsPaging paging) {
        return Page.of(slice(HsdsTaxonomies.ALL, paging), HsdsTaxonomies.ALL.size(), paging);
    }

    /** @param taxonomyId the UUID of one of {@link #taxonomies}, or null for the terms of both */
    Page<TaxonomyTerm> taxonomyTerms(String taxonomyId, HsdsPaging paging) {
        List<TaxonomyTerm> terms = taxonomies().terms();
        if (taxonomyId != null && !taxonomyId.isBlank()) {
            String wanted = taxonomyId.strip();
            if (HsdsTaxonomies.ALL.stream().noneMatch(t -> t.id().equalsIgnoreCase(wanted))) {
                throw new HsdsBadRequest("taxonomy_id is not a taxonomy of /taxonomies");
            }
            terms = terms.stream()
                    .filter(t -> t.taxonomy_id().equalsIgnoreCase(wanted))
                    .toList();
        }
        return Page.of(slice(terms, paging), terms.size(), paging);
    }

    Optional<Taxonomy> taxonomy(String id) {
        return HsdsTaxonomies.ALL.stream()
                .filter(t -> t.id().equalsIgnoreCase(id.strip()))
                .findFirst();
    }

    /** @param id the term UUID (or its register code, which has a slash and so fits no path) */
    Optional<TaxonomyTerm> taxonomyTerm(String id) {
        HsdsTaxonomies all = taxonomies();
        return Optional.ofNullable(all.codeOf(id)).map(code -> all.term(code).json());
    }

    private static <T> List<T> slice(List<T> all, HsdsPaging paging) {
        int from = Math.min(all.size(), paging.offset());
        return all.subList(from, Math.min(all.size(), from + paging.perPage()));
    }

    private HsdsTaxonomies taxonomies() {
        return new HsdsTaxonomies(codes.findAll());
    }

    private HsdsMapper mapper() {
        Map<Integer, String> regions = new HashMap<>();
        territory.districts().stream()
                .sorted(Comparator.comparingInt(DistrictSummary::code))
                .forEach(d -> regions.put(d.code(), d.regionName()));
        return new HsdsMapper(taxonomies(), places, regions, LocalDate.now(clock));
    }
}
