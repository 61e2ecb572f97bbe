package cz.planovna.analysis;

import cz.planovna.catalogue.CapacityType;
import cz.planovna.catalogue.DeliveryForm;
import cz.planovna.catalogue.NetworkService;
import cz.planovna.catalogue.NetworkService.NetworkCapacity;
import cz.planovna.shared.text.CzechCollation;
import cz.planovna.territory.DistrictMap;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.MapArea;
import cz.planovna.territory.MunicipalityView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * The arithmetic of the service network analysis and the needs gap, free of the database so that
 * tests check it against hand-computed values.
 *
 * <p>Where a capacity is: the register gives a capacity per service and form, not per facility, so
 * it is split equally among the service's facilities (an obec with two facilities gets two shares).
 *
 * <p>Whom a capacity reaches: a residential or outpatient capacity reaches the obce of its
 * facilities (as above); a field capacity reaches the obce the service serves (listed obce and
 * every obec of a wholly served ORP; without any, the obce of its facilities), split in proportion
 * to their inhabitants of the indicator's age (equally when none of them has figures).
 *
 * <p>A ratio per 1,000 counts only obce with population figures, both in the capacity and in the
 * population, for the ORP, the kraj and the country alike.
 */
final class NetworkCalculation {

    /** § in the Act's order: 37 … 60, 60a, 61 … */
    static final Comparator<String> SECTION_ORDER =
            Comparator.comparingInt(NetworkCalculation::sectionNumber).thenComparing(Comparator.naturalOrder());

    private NetworkCalculation() {}

    /** Everything a report needs, loaded by {@link NetworkAnalysis}. */
    record Input(
            DistrictSummary orp,
            List<MunicipalityView> obce,
            Map<Integer, DistrictSummary> districts,
            Map<Integer, List<Integer>> obceOfDistrict,
            Map<Integer, ObecPopulation> population,
            List<NetworkService> services) {}

    static int sectionNumber(String section) {
        String digits = section.replaceAll("\\D", "");
        return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    // ---- where and whom ----------------------------------------------------------------------

    /** The capacity split equally among the facilities; empty without facilities. */
    static Map<Integer, Double> located(NetworkService service, int amount) {
        Map<Integer, Double> shares = new LinkedHashMap<>();
        List<Integer> facilities = service.facilityObce();
        for (Integer obec : facilities) {
            shares.merge(obec, (double) amount / facilities.size(), Double::sum);
        }
        return shares;
    }

    /** The obce a field service reaches: listed obce, obce of wholly served ORP, else its facilities. */
    static Set<Integer> servedObce(NetworkService service, Map<Integer, List<Integer>> obceOfDistrict) {
        Set<Integer> served = new LinkedHashSet<>(service.servedObce());
        for (Integer district : service.servedDistricts()) {
            served.addAll(obceOfDistrict.getOrDefault(district, List.of()));
        }
        if (served.isEmpty()) {
            served.addAll(service.facilityObce());
        }
        return served;
    }

    /** Whom one capacity reaches, obec → share of its amount. */
    static Map<Integer, Double> reach(
            NetworkService service,
            NetworkCapacity capacity,
            AgeGroup weight,
            Map<Integer, List<Integer>> obceOfDistrict,
            Map<Integer, ObecPopulation> population) {
        if (capacity.form() != DeliveryForm.FIELD) {
            return located(service, capacity.amount());
        }
        Set<Integer> served = servedObce(service, obceOfDistrict);
        long total = 0;
        for (Integer obec : served) {
            ObecPopulation p = population.get(obec);
            total += p == null ? 0 : p.of(weight);
        }
        Map<Integer, Double> shares = new LinkedHashMap<>();
        for (Integer obec : served) {
            ObecPopulation p = population.get(obec);
            double part = total == 0 ? 1.0 / served.size() : (p == null ? 0 : p.of(weight)) / (double) total;
            if (part > 0) {
                shares.put(obec, capacity.amount() * part);
            }
        }
        return shares;
    }

    /** For each indicator: the capacity reaching each obec (whole country). */
    static Map<NetworkRule, Map<Integer, Double>> reachByRule(Input in) {
        Map<NetworkRule, Map<Integer, Double>> result = new EnumMap<>(NetworkRule.class);
        for (NetworkRule rule : NetworkRule.values()) {
            Map<Integer, Double> perObec = new HashMap<>();
            for (NetworkService s : in.services()) {
                if (!rule.section().equals(s.section())) {
                    continue;
                }
                for (NetworkCapacity c : s.capacities()) {
                    if (c.type() == rule.unit()) {
                        reach(s, c, rule.age(), in.obceOfDistrict(), in.population())
                                .forEach((obec, share) -> perObec.merge(obec, share, Double::sum));
                    }
                }
            }
            result.put(rule, perObec);
        }
        return result;
    }

    /** Capacity, population and ratio per 1,000 over the obce with figures that pass the test. */
    record Ratio(double capacity, long population, Double perThousand) {}

    static Ratio ratio(
            Map<Integer, Double> reach, Map<Integer, ObecPopulation> population, AgeGroup age, IntPredicate obec) {
        double capacity = 0;
        long people = 0;
        for (ObecPopulation p : population.values()) {
            if (obec.test(p.obec())) {
                people += p.of(age);
                capacity += reach.getOrDefault(p.obec(), 0.0);
            }
        }
        return new Ratio(capacity, people, people == 0 ? null : capacity * 1000 / people);
    }

    // ---- the network report ------------------------------------------------------------------

    static NetworkReport report(Input in, String section, String group, CapacitySort sort, int page, int size) {
        DistrictSummary orp = in.orp();
        Map<Integer, String> obecNames = new HashMap<>();
        in.obce().forEach(o -> obecNames.put(o.code(), o.name()));
        Set<Integer> orpObce = obecNames.keySet();
        Map<String, String> typeNames = new HashMap<>();
        in.services().forEach(s -> typeNames.putIfAbsent(s.section(), s.typeName()));

        // services based in the ORP (a facility in one of its obce) or reaching it in the field
        List<NetworkService> based = in.services().stream()
                .filter(s -> s.facilityObce().stream().anyMatch(orpObce::contains))
                .toList();
        TreeMap<String, String> sections = new TreeMap<>(SECTION_ORDER);
        TreeSet<String> groups = new TreeSet<>(CzechCollation.comparator());
        based.forEach(s -> {
            sections.put(s.section(), s.typeName());
            groups.addAll(s.targetGroups());
        });
        List<NetworkService> filtered = based.stream()
                .filter(s -> section == null || section.equals(s.section()))
                .filter(s -> group == null || s.targetGroups().contains(group))
                .toList();

        record Key(String section, int obec, DeliveryForm form, CapacityType unit) {}
        Map<Key, double[]> amounts = new HashMap<>();
        Map<Key, Set<Long>> serviceIds = new HashMap<>();
        record TotalKey(String section, DeliveryForm form, CapacityType unit) {}
        Map<TotalKey, double[]> totals = new TreeMap<>(Comparator.comparing(TotalKey::section, SECTION_ORDER)
                .thenComparing(TotalKey::form)
                .thenComparing(TotalKey::unit));
        Map<TotalKey, Set<Long>> totalIds = new HashMap<>();
        record GroupKey(String section, String group, CapacityType unit) {}
        Map<GroupKey, double[]> groupAmounts = new TreeMap<>(Comparator.comparing(GroupKey::section, SECTION_ORDER)
                .thenComparing(GroupKey::group, CzechCollation.comparator())
                .thenComparing(GroupKey::unit));
        Map<GroupKey, Set<Long>> groupIds = new HashMap<>();
        for (NetworkService s : filtered) {
            for (NetworkCapacity c : s.capacities()) {
                double inOrp = 0;
                for (Map.Entry<Integer, Double> e : located(s, c.amount()).entrySet()) {
                    if (!orpObce.contains(e.getKey())) {
                        continue;
                    }
                    Key key = new Key(s.section(), e.getKey(), c.form(), c.type());
                    amounts.computeIfAbsent(key, k -> new double[1])[0] += e.getValue();
                    serviceIds.computeIfAbsent(key, k -> new HashSet<>()).add(s.id());
                    inOrp += e.getValue();
                }
                TotalKey total = new TotalKey(s.section(), c.form(), c.type());
                totals.computeIfAbsent(total, k -> new double[1])[0] += inOrp;
                totalIds.computeIfAbsent(total, k -> new HashSet<>()).add(s.id());
                for (String g : s.targetGroups()) {
                    if (group != null && !group.equals(g)) {
                        continue;
                    }
                    GroupKey gk = new GroupKey(s.section(), g, c.type());
                    groupAmounts.computeIfAbsent(gk, k -> new double[1])[0] += inOrp;
                    groupIds.computeIfAbsent(gk, k -> new HashSet<>()).add(s.id());
                }
            }
        }
        List<NetworkReport.CapacityRow> rows = amounts.entrySet().stream()
                .map(e -> new NetworkReport.CapacityRow(
                        e.getKey().section(),
                        typeNames.get(e.getKey().section()),
                        e.getKey().obec(),
                        obecNames.get(e.getKey().obec()),
                        e.getKey().form(),
                        e.getKey().unit(),
                        e.getValue()[0],
                        serviceIds.get(e.getKey()).size()))
                .sorted(sort.comparator())
                .toList();
        int pages = (int) Math.max(1, ((long) rows.size() + size - 1) / size);
        int p = Math.min(Math.max(1, page), pages);
        NetworkReport.CapacityPage capacityPage = new NetworkReport.CapacityPage(
                rows.subList((int) Math.min((long) (p - 1) * size, rows.size()), (int)
                        Math.min((long) p * size, rows.size())),
                p,
                pages,
                rows.size());
        List<NetworkReport.CapacityTotal> totalRows = totals.entrySet().stream()
                .map(e -> new NetworkReport.CapacityTotal(
                        e.getKey().section(),
                        typeNames.get(e.getKey().section()),
                        e.getKey().form(),
                        e.getKey().unit(),
                        e.getValue()[0],
                        totalIds.get(e.getKey()).size()))
                .toList();
        List<NetworkReport.GroupRow> groupRows = groupAmounts.entrySet().stream()
                .map(e -> new NetworkReport.GroupRow(
                        e.getKey().section(),
                        typeNames.get(e.getKey().section()),
                        e.getKey().group(),
                        e.getKey().unit(),
                        e.getValue()[0],
                        groupIds.get(e.getKey()).size()))
                .toList();

        // field services reaching each obec of the ORP
        Map<Integer, List<String>> reaching = new HashMap<>();
        in.services().stream()
                .filter(NetworkService::field)
                .sorted(Comparator.comparing(NetworkService::section, SECTION_ORDER)
                        .thenComparing(NetworkService::name, CzechCollation.comparator()))
                .forEach(s -> {
                    for (Integer obec : servedObce(s, in.obceOfDistrict())) {
                        if (orpObce.contains(obec)) {
                            reaching.computeIfAbsent(obec, k -> new ArrayList<>())
                                    .add("§ " + s.section() + " " + s.name());
                        }
                    }
                });
        List<NetworkReport.CoverageRow> coverage = in.obce().stream()
                .sorted(CzechCollation.comparing(MunicipalityView::name))
                .map(o -> new NetworkReport.CoverageRow(
                        o.code(), o.name(), List.copyOf(reaching.getOrDefault(o.code(), List.of()))))
                .toList();

        Scopes scopes = scopes(in);
        List<NetworkReport.RatioRow> ratios = ratios(in, scopes);
        return new NetworkReport(
                orp.code(),
                orp.name(),
                orp.regionCode(),
                orp.regionName(),
                based.stream().anyMatch(NetworkService::illustrative),
                synthetic(in),
                populationDate(in),
                section,
                group,
                sort,
                sections.entrySet().stream()
                        .map(e -> new NetworkReport.TypeOption(e.getKey(), e.getValue()))
                        .toList(),
                List.copyOf(groups),
                capacityPage,
                totalRows,
                groupRows,
                coverage,
                ratios,
                RatioChart.of(ratios.stream()
                        .filter(r -> r.orpRatio() != null || r.regionRatio() != null || r.countryRatio() != null)
                        .toList()),
                scopes.orp(),
                scopes.region(),
                scopes.country());
    }

    record Scopes(
            NetworkReport.Scope orp,
            NetworkReport.Scope region,
            NetworkReport.Scope country,
            IntPredicate inOrp,
            IntPredicate inRegion) {}

    static Scopes scopes(Input in) {
        int orpCode = in.orp().code();
        int region = in.orp().regionCode();
        IntPredicate inOrp = obec -> {
            ObecPopulation p = in.population().get(obec);
            return p != null && p.district() == orpCode;
        };
        IntPredicate inRegion = obec -> {
            ObecPopulation p = in.population().get(obec);
            DistrictSummary d = p == null ? null : in.districts().get(p.district());
            return d != null && d.regionCode() == region;
        };
        return new Scopes(
                scope(in, in.orp().name(), inOrp),
                scope(in, in.orp().regionName(), inRegion),
                scope(in, null, obec -> true),
                inOrp,
                inRegion);
    }

    private static NetworkReport.Scope scope(Input in, String name, IntPredicate obec) {
        Set<Integer> districts = new HashSet<>();
        int obce = 0;
        for (ObecPopulation p : in.population().values()) {
            if (obec.test(p.obec())) {
                obce++;
                districts.add(p.district());
            }
        }
        List<String> names = districts.stream()
                .map(d -> in.districts().get(d))
                .filter(Objects::nonNull)
                .map(DistrictSummary::name)
                .sorted(CzechCollation.comparator())
                .toList();
        return new NetworkReport.Scope(name, names, obce);
    }

    static List<NetworkReport.RatioRow> ratios(Input in, Scopes scopes) {
        Map<NetworkRule, Map<Integer, Double>> reach = reachByRule(in);
        List<NetworkReport.RatioRow> rows = new ArrayList<>();
        for (NetworkRule rule : NetworkRule.values()) {
            Map<Integer, Double> r = reach.get(rule);
            Ratio orp = ratio(r, in.population(), rule.age(), scopes.inOrp());
            Ratio region = ratio(r, in.population(), rule.age(), scopes.inRegion());
            Ratio country = ratio(r, in.population(), rule.age(), obec -> true);
            rows.add(new NetworkReport.RatioRow(
                    rule,
                    orp.capacity(),
                    orp.population(),
                    orp.perThousand(),
                    region.capacity(),
                    region.population(),
                    region.perThousand(),
                    country.capacity(),
                    country.population(),
                    country.perThousand()));
        }
        return rows;
    }

    private static boolean synthetic(Input in) {
        return in.population().values().stream().anyMatch(ObecPopulation::synthetic);
    }

    private static LocalDate populationDate(Input in) {
        return in.obce().stream()
                .map(o -> in.population().get(o.code()))
                .filter(Objects::nonNull)
                .map(ObecPopulation::refDate)
                .max(Comparator.naturalOrder())
                .orElse(null);
    }

    // ---- the needs gap -----------------------------------------------------------------------

    static GapReport gap(Input in, NetworkRule rule, DistrictMap map) {
        Map<Integer, Double> reach = reachByRule(in).get(rule);
        Ratio country = ratio(reach, in.population(), rule.age(), obec -> true);
        Double benchmark = country.perThousand();
        List<GapReport.GapRow> rows = in.obce().stream()
                .sorted(CzechCollation.comparing(MunicipalityView::name))
                .map(o -> {
                    ObecPopulation p = in.population().get(o.code());
                    Long demand = p == null ? null : p.of(rule.age());
                    double capacity = reach.getOrDefault(o.code(), 0.0);
                    Double ratio = demand == null || demand == 0 ? null : capacity * 1000 / demand;
                    Double index =
                            ratio == null || benchmark == null || benchmark == 0 ? null : ratio / benchmark * 100;
                    return new GapReport.GapRow(
                            o.code(), o.name(), demand, capacity, ratio, index, GapClass.of(demand, capacity, index));
                })
                .toList();
        Map<GapClass, Long> counts = new EnumMap<>(GapClass.class);
        rows.forEach(r -> counts.merge(r.gapClass(), 1L, Long::sum));
        List<GapReport.GapArea> areas = new ArrayList<>();
        if (map != null) {
            Map<Integer, GapReport.GapRow> byCode = new HashMap<>();
            rows.forEach(r -> byCode.put(r.code(), r));
            for (MapArea area : map.areas()) {
                GapReport.GapRow row = byCode.get(area.code());
                if (row != null) {
                    areas.add(new GapReport.GapArea(area, row));
                }
            }
        }
        Scopes scopes = scopes(in);
        return new GapReport(
                in.orp().code(),
                in.orp().name(),
                in.orp().regionCode(),
                in.orp().regionName(),
                in.services().stream().anyMatch(NetworkService::illustrative),
                synthetic(in),
                populationDate(in),
                rule,
                benchmark,
                scopes.country(),
                rows,
                counts,
                map,
                areas);
    }
}
