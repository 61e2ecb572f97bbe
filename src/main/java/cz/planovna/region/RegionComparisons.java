package cz.planovna.region;

import cz.planovna.analysis.CapacitySort;
import cz.planovna.analysis.DistrictPopulations;
import cz.planovna.analysis.DistrictPopulations.DistrictPopulation;
import cz.planovna.analysis.NetworkAnalysis;
import cz.planovna.analysis.NetworkReport;
import cz.planovna.catalogue.CodeView;
import cz.planovna.catalogue.NetworkCapacities;
import cz.planovna.catalogue.NetworkService;
import cz.planovna.identity.CurrentUser;
import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.region.CapacityRates.TypeUnit;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.strategy.PlanPage;
import cz.planovna.strategy.PlanState;
import cz.planovna.strategy.PlanSummary;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.RegionDetail;
import cz.planovna.territory.RegionMap;
import cz.planovna.territory.RegionMaps;
import cz.planovna.territory.TerritoryQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comparison of a kraj's ORP for the current visitor. Of each ORP the visitor sees the internal
 * data when {@link TerritoryAccess} lets them VIEW_INTERNAL there (a regional coordinator: the ORP of
 * their own kraj; an administrator: all; an ORP coordinator: their own ORP), otherwise only what is
 * published: the public plan (in force, approved, in public commenting or evaluated), never a draft.
 * Capacities (public catalogue), population and gaps (the public network analysis) are the same for
 * everyone.
 */
@Service
@Transactional(readOnly = true)
public class RegionComparisons {

    private final TerritoryQueries territory;
    private final RegionMaps maps;
    private final TerritoryAccess access;
    private final CurrentUsers users;
    private final StrategyQueries strategy;
    private final NetworkCapacities capacities;
    private final NetworkAnalysis network;
    private final DistrictPopulations populations;
    private final Clock clock;

    RegionComparisons(
            TerritoryQueries territory,
            RegionMaps maps,
            TerritoryAccess access,
            CurrentUsers users,
            StrategyQueries strategy,
            NetworkCapacities capacities,
            NetworkAnalysis network,
            DistrictPopulations populations,
            ObjectProvider<Clock> clock) {
        this.territory = territory;
        this.maps = maps;
        this.access = access;
        this.users = users;
        this.strategy = strategy;
        this.capacities = capacities;
        this.network = network;
        this.populations = populations;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    /** @throws NotFoundException for an unknown kraj code */
    public RegionComparison compare(int regionCode, ComparisonSort sort, boolean descending) {
        RegionDetail detail =
                territory.region(regionCode).orElseThrow(() -> new NotFoundException("kraj " + regionCode));
        CurrentUser user = users.current();
        int year = LocalDate.now(clock).getYear();
        Map<Integer, DistrictPopulation> population = populations.latest();
        List<NetworkService> services = capacities.activeServices();
        Map<Integer, Map<TypeUnit, Double>> capacity =
                CapacityRates.byDistrict(services, territory.districtOfMunicipality());

        List<OrpComparison> orps = new ArrayList<>();
        List<DistrictSummary> notPlanning = new ArrayList<>();
        for (DistrictSummary d : detail.districts()) {
            if (!d.planningActive()) {
                notPlanning.add(d);
                continue;
            }
            boolean internal = access.may(user, Action.VIEW_INTERNAL, d.ref());
            Optional<PlanPage> page = internal ? internalPlan(d.code()) : strategy.publicPlan(d.code(), null);
            DistrictPopulation people = population.get(d.code());
            List<NetworkReport.RatioRow> ratios =
                    network.report(d.code(), null, null, CapacitySort.TYPE, 1).ratios();
            orps.add(new OrpComparison(
                    d.code(),
                    d.name(),
                    d.municipalityCount(),
                    internal,
                    page.map(p -> facts(p.plan())).orElse(null),
                    page.map(p -> MeasureGroups.measures(p.tree()).size()).orElse(0),
                    page.map(p -> MeasureGroups.count(p.tree())).orElse(Map.of()),
                    page.map(p -> p.totals().total()).orElse(0L),
                    page.map(p -> p.totals().yearTotal(year)).orElse(0L),
                    people == null ? null : people.persons(),
                    GapSummary.gaps(ratios),
                    GapSummary.known(ratios)));
        }
        orps.sort(sort.comparator(descending));

        Map<Integer, MapStatus> status = new HashMap<>();
        detail.districts()
                .forEach(d -> status.put(d.code(), d.planningActive() ? MapStatus.NO_PLAN : MapStatus.NOT_PLANNING));
        orps.forEach(o -> status.put(o.code(), MapStatus.of(true, o.plan())));
        Optional<RegionMap> map = maps.regionMap(regionCode);
        List<MapEntry> entries = map.map(m -> m.areas().stream()
                        .map(a -> new MapEntry(a, status.getOrDefault(a.orpCode(), MapStatus.NOT_PLANNING)))
                        .toList())
                .orElse(List.of());

        List<DistrictPopulation> used = orps.stream()
                .map(o -> population.get(o.code()))
                .filter(p -> p != null)
                .toList();
        return new RegionComparison(
                detail.region(),
                detail.nutsCode(),
                detail.districts(),
                List.copyOf(orps),
                List.copyOf(notPlanning),
                groups(orps),
                capacityLines(orps, capacity, services),
                entries,
                map.map(RegionMap::viewBox).orElse(null),
                map.map(RegionMap::boundaries).orElse(null),
                year,
                sort,
                descending,
                used.stream()
                        .map(DistrictPopulation::refDate)
                        .max(Comparator.naturalOrder())
                        .orElse(null),
                used.stream().anyMatch(DistrictPopulation::synthetic),
                services.stream()
                        .anyMatch(s -> s.illustrative() && orps.stream().anyMatch(o -> o.code() == s.districtCode())));
    }

    /** The plan in force, else the latest plan by its first year (drafts included). */
    private Optional<PlanPage> internalPlan(int code) {
        List<PlanSummary> all = strategy.plans(code, 0, null).getContent();
        Optional<PlanSummary> chosen = all.stream()
                .filter(p -> p.state() == PlanState.IN_FORCE)
                .findFirst()
                .or(() -> all.stream().findFirst());
        return chosen.map(p -> strategy.plan(code, p.id()));
    }

    private static PlanFacts facts(PlanSummary p) {
        return new PlanFacts(p.id(), p.title(), p.state(), p.yearFrom(), p.yearTo());
    }

    /** Target groups named by a measure of a compared plan, in the code list's Czech order. */
    private List<GroupLine> groups(List<OrpComparison> orps) {
        Map<String, String> names = new LinkedHashMap<>();
        strategy.targetGroups().stream()
                .sorted(CzechCollation.comparing(CodeView::name))
                .forEach(c -> names.put(c.code(), c.name()));
        List<GroupLine> lines = new ArrayList<>();
        names.forEach((code, name) -> {
            if (orps.stream().anyMatch(o -> o.measuresFor(code) > 0)) {
                lines.add(new GroupLine(
                        code, name, orps.stream().map(o -> o.measuresFor(code)).toList()));
            }
        });
        // codes a plan names that the code list no longer has, then measures without a group
        orps.stream()
                .flatMap(o -> o.measuresByGroup().keySet().stream())
                .filter(code -> !code.equals(MeasureGroups.NONE) && !names.containsKey(code))
                .distinct()
                .sorted()
                .forEach(code -> lines.add(new GroupLine(
                        code, code, orps.stream().map(o -> o.measuresFor(code)).toList())));
        if (orps.stream().anyMatch(o -> o.measuresFor(MeasureGroups.NONE) > 0)) {
            lines.add(new GroupLine(
                    MeasureGroups.NONE,
                    null,
                    orps.stream().map(o -> o.measuresFor(MeasureGroups.NONE)).toList()));
        }
        return List.copyOf(lines);
    }

    private static List<CapacityLine> capacityLines(
            List<OrpComparison> orps, Map<Integer, Map<TypeUnit, Double>> capacity, List<NetworkService> services) {
        Map<String, String> typeNames = new HashMap<>();
        services.forEach(s -> typeNames.putIfAbsent(s.section(), s.typeName()));
        TreeMap<TypeUnit, Boolean> keys = new TreeMap<>(Comparator.comparing(
                        TypeUnit::section,
                        Comparator.comparingInt(RegionComparisons::sectionNumber)
                                .thenComparing(Comparator.naturalOrder()))
                .thenComparing(TypeUnit::unit));
        orps.forEach(o -> capacity.getOrDefault(o.code(), Map.of()).keySet().forEach(k -> keys.put(k, true)));
        List<CapacityLine> lines = new ArrayList<>();
        for (TypeUnit key : keys.keySet()) {
            List<Double> amounts = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            for (OrpComparison o : orps) {
                double amount = capacity.getOrDefault(o.code(), Map.of()).getOrDefault(key, 0.0);
                amounts.add(amount);
                rates.add(CapacityRates.perThousand(amount, o.population()));
            }
            lines.add(new CapacityLine(
                    key.section(), typeNames.getOrDefault(key.section(), key.section()), key.unit(), amounts, rates));
        }
        return List.copyOf(lines);
    }

    /** § 37 … 60, 60a, 61 …: the number part. */
    static int sectionNumber(String section) {
        String digits = section.replaceAll("\\D", "");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }
}
