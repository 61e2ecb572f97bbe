package cz.planovna.catalogue;

import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.TerritoryQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read API of the catalogue. */
@Service
@Transactional(readOnly = true)
public class CatalogueQueries {

    private final CatalogueServiceRepository services;
    private final ProviderRepository providers;
    private final CatalogueCodeRepository codes;
    private final ImportRuns runs;
    private final TerritoryQueries territory;
    private final Clock clock;

    CatalogueQueries(
            CatalogueServiceRepository services,
            ProviderRepository providers,
            CatalogueCodeRepository codes,
            ImportRuns runs,
            TerritoryQueries territory,
            ObjectProvider<Clock> clock) {
        this.services = services;
        this.providers = providers;
        this.codes = codes;
        this.runs = runs;
        this.territory = territory;
        this.clock = clock.getIfAvailable(() -> Clock.system(RegisterImport.PRAGUE));
    }

    /** Active registered services per ORP; a service counts in every ORP where it has a facility. */
    public Map<Integer, Long> activeServicesPerDistrict() {
        Map<Integer, Long> counts = new TreeMap<>();
        for (Object[] row : services.activePerDistrict()) {
            counts.put(((Number) row[0]).intValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    public long activeServices(int districtCode) {
        return activeServicesPerDistrict().getOrDefault(districtCode, 0L);
    }

    public Optional<ServiceDetail> service(long id) {
        return services.findById(id).map(this::detail);
    }

    /** @param identifier the register's {@code identifikator} */
    public Optional<ServiceDetail> serviceByRegisterId(String identifier) {
        return services.findByRegisterId(identifier).map(this::detail);
    }

    public CatalogueTotals totals() {
        return new CatalogueTotals(
                providers.count(),
                services.count(),
                services.countByState(ServiceState.ACTIVE),
                services.countByState(ServiceState.ENDED),
                services.countByKind(ServiceKind.RELATED),
                services.countFacilities());
    }

    /** Newest first. */
    public List<ImportRunView> recentImports(int limit) {
        return runs.recent(limit);
    }

    /** One page (0-based) of the import runs, newest first. */
    public Page<ImportRunView> importRuns(int page, int size) {
        int number = Math.max(0, page);
        return new PageImpl<>(runs.page(number * size, size), PageRequest.of(number, size), runs.count());
    }

    /** The import running now, if any (a run silent for too long counts as interrupted, not running). */
    public Optional<ImportRunView> runningImport() {
        return runs.running();
    }

    /** For a progress bar: records processed of the total, phase and status. */
    public Optional<ImportRunView> importProgress(long runId) {
        return runs.view(runId);
    }

    /** The full stored report of an import run: counts, rejected records, diff per ORP. */
    public Optional<ImportReport> importRun(long runId) {
        Map<Integer, String> names =
                territory.districts().stream().collect(Collectors.toMap(DistrictSummary::code, DistrictSummary::name));
        return runs.report(runId, names);
    }

    /**
     * Details of many services in the order of {@code ids} (exports), with the code lists read
     * once; missing ids are skipped.
     */
    List<ServiceDetail> details(List<Long> ids) {
        Map<String, CatalogueCode> labels = new HashMap<>();
        codes.findAll().forEach(c -> labels.put(c.code(), c));
        Map<Long, CatalogueService> byId = new HashMap<>();
        services.findAllByIdIn(ids).forEach(s -> byId.put(s.id(), s));
        return ids.stream()
                .map(byId::get)
                .filter(s -> s != null)
                .map(s -> detail(s, labels))
                .toList();
    }

    private ServiceDetail detail(CatalogueService s) {
        return detail(s, labels(s));
    }

    private ServiceDetail detail(CatalogueService s, Map<String, CatalogueCode> labels) {
        CatalogueCode type = s.typeCode() == null ? null : labels.get(s.typeCode());
        LocalDate today = LocalDate.now(clock);
        return new ServiceDetail(
                s.id(),
                s.kind(),
                s.relatedKind(),
                s.registerId(),
                s.portalId(),
                s.name(),
                type == null ? null : type.view(),
                type == null ? null : type.actSection(),
                s.effectiveDescription(),
                s.effectiveFeesNote(),
                s.ageGroupsNote(),
                s.providedFrom(),
                s.providedTo(),
                s.state(),
                s.endedReason(),
                s.districtCode(),
                s.provider().view(),
                views(s.targetGroups(), labels),
                views(s.ageGroups(), labels),
                forms(s),
                s.facilities().stream().map(f -> f.view(today)).toList(),
                effectiveContacts(s),
                s.area().stream().map(AreaEntry::view).toList(),
                servedMunicipalities(s.area()),
                s.version(),
                s.override() == null ? null : s.override().fields().openingHours(),
                s.override() == null ? null : s.override().approvedAt());
    }

    private Map<String, CatalogueCode> labels(CatalogueService s) {
        Set<String> wanted = new HashSet<>(s.targetGroups());
        wanted.addAll(s.ageGroups());
        if (s.typeCode() != null) {
            wanted.add(s.typeCode());
        }
        Map<String, CatalogueCode> byCode = new HashMap<>();
        codes.findAllById(wanted).forEach(c -> byCode.put(c.code(), c));
        return byCode;
    }

    private static List<CodeView> views(List<String> codeIds, Map<String, CatalogueCode> labels) {
        return codeIds.stream()
                .map(c -> labels.containsKey(c) ? labels.get(c).view() : new CodeView(c, c))
                .toList();
    }

    private static List<DeliveryFormView> forms(CatalogueService s) {
        return s.forms().stream()
                .map(f -> new DeliveryFormView(
                        f.form(),
                        f.code(),
                        f.continuous(),
                        f.timeRanges(),
                        s.capacities().stream()
                                .filter(c -> c.form() == f.form())
                                .map(c -> new CapacityView(c.type(), c.amount(), c.note()))
                                .toList()))
                .toList();
    }

    /**
     * The register's rule: the service's contacts, and the provider's of a kind the service lacks; a
     * contact approved from the provider's edits replaces those of its kind.
     */
    private static List<ContactView> effectiveContacts(CatalogueService s) {
        Set<ContactKind> own = EnumSet.noneOf(ContactKind.class);
        s.contacts().forEach(c -> own.add(c.kind()));
        List<ContactView> contacts = new ArrayList<>();
        for (ContactKind kind : ContactKind.values()) {
            String edited = s.overriddenContact(kind);
            if (edited != null) {
                contacts.add(ContactView.of(kind, edited));
                continue;
            }
            Collection<ContactEntry> source =
                    own.contains(kind) ? s.contacts() : s.provider().contacts();
            source.stream().filter(c -> c.kind() == kind).forEach(c -> contacts.add(c.view(!own.contains(kind))));
        }
        return contacts;
    }

    private List<Integer> servedMunicipalities(List<AreaEntry> area) {
        Set<Integer> wholeDistricts = area.stream()
                .filter(a -> a.municipalityCode() == null)
                .map(AreaEntry::districtCode)
                .collect(Collectors.toSet());
        Set<Integer> obce = new TreeSet<>();
        area.stream().map(AreaEntry::municipalityCode).filter(c -> c != null).forEach(obce::add);
        if (!wholeDistricts.isEmpty()) {
            territory.districtOfMunicipality().forEach((obec, orp) -> {
                if (wholeDistricts.contains(orp)) {
                    obce.add(obec);
                }
            });
        }
        return List.copyOf(obce);
    }
}
