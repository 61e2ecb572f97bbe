package cz.planovna.region;

import static cz.planovna.region.RegionMother.measure;
import static cz.planovna.region.RegionMother.node;
import static cz.planovna.region.RegionMother.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cz.planovna.analysis.NetworkReport.RatioRow;
import cz.planovna.analysis.NetworkRule;
import cz.planovna.catalogue.CapacityType;
import cz.planovna.region.CapacityRates.TypeUnit;
import cz.planovna.strategy.NodeKind;
import cz.planovna.strategy.PlanState;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figures of the comparison against values computed by hand. */
class RegionCalculationTest {

    static final int ORP_1 = 1001;
    static final int ORP_2 = 1002;

    /** Obce 11 and 12 lie in ORP 1, obec 21 in ORP 2; obec 99 is unknown. */
    static final Map<Integer, Integer> OBCE = Map.of(11, ORP_1, 12, ORP_1, 21, ORP_2);

    @Test
    void capacitiesAreSplitAmongFacilitiesAndCountedWhereTheyAre() {
        var byDistrict = CapacityRates.byDistrict(
                List.of(
                        // 60 beds in two facilities: 30 in ORP 1 (obec 11), 30 in ORP 2 (obec 21)
                        service(1, "49", ORP_1, List.of(11, 21), CapacityType.BEDS, 60),
                        // 40 beds in obec 12 of ORP 1
                        service(2, "49", ORP_2, List.of(12), CapacityType.BEDS, 40),
                        // no facility: whole in the ORP it is registered in
                        service(3, "40", ORP_2, List.of(), CapacityType.CLIENTS, 25),
                        // a facility in an unknown obec only: as without a facility
                        service(4, "40", ORP_1, List.of(99), CapacityType.CLIENTS, 7),
                        // three facilities, two of them in obec 11: two shares of 10 there
                        service(5, "46", ORP_1, List.of(11, 11, 21), CapacityType.CLIENTS, 30)),
                OBCE);

        TypeUnit beds49 = new TypeUnit("49", CapacityType.BEDS);
        TypeUnit clients40 = new TypeUnit("40", CapacityType.CLIENTS);
        TypeUnit clients46 = new TypeUnit("46", CapacityType.CLIENTS);
        assertThat(byDistrict.get(ORP_1)).containsOnlyKeys(beds49, clients40, clients46);
        assertThat(byDistrict.get(ORP_1).get(beds49)).isCloseTo(70.0, within(1e-9));
        assertThat(byDistrict.get(ORP_1).get(clients40)).isCloseTo(7.0, within(1e-9));
        assertThat(byDistrict.get(ORP_1).get(clients46)).isCloseTo(20.0, within(1e-9));
        assertThat(byDistrict.get(ORP_2).get(beds49)).isCloseTo(30.0, within(1e-9));
        assertThat(byDistrict.get(ORP_2).get(clients40)).isCloseTo(25.0, within(1e-9));
        assertThat(byDistrict.get(ORP_2).get(clients46)).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void perThousandInhabitants() {
        // 70 beds for 14 000 people: 5 per 1 000; 25 clients for 8 000: 3.125; 30 for 8 000: 3.75
        assertThat(CapacityRates.perThousand(70, 14_000L)).isCloseTo(5.0, within(1e-9));
        assertThat(CapacityRates.perThousand(25, 8_000L)).isCloseTo(3.125, within(1e-9));
        assertThat(CapacityRates.perThousand(30, 8_000L)).isCloseTo(3.75, within(1e-9));
        assertThat(CapacityRates.perThousand(0, 8_000L)).isZero();
        // no figures, no ratio
        assertThat(CapacityRates.perThousand(30, null)).isNull();
        assertThat(CapacityRates.perThousand(30, 0L)).isNull();
        // shown with two decimals, rounded half up: 3.125 → 3.13
        var line = new CapacityLine("40", "pečovatelská služba", CapacityType.CLIENTS, List.of(25.0), List.of(3.125));
        assertThat(line.perThousandValue(0)).hasToString("3.13");
        assertThat(line.capacityValue(0)).hasToString("25.0");
    }

    @Test
    void measuresAreCountedUnderEachOfTheirTargetGroups() {
        // priority 1 → goal → measures [a, b], [a], []; priority 2 → goal → measure [b, b] and an activity
        var tree = List.of(
                node(
                        1,
                        NodeKind.PRIORITY,
                        List.of(),
                        List.of(node(
                                2,
                                NodeKind.GOAL,
                                List.of(),
                                List.of(
                                        measure(3, List.of("A", "B")),
                                        measure(4, List.of("A")),
                                        measure(5, List.of()))))),
                node(
                        6,
                        NodeKind.PRIORITY,
                        List.of(),
                        List.of(node(
                                7,
                                NodeKind.GOAL,
                                List.of(),
                                List.of(node(
                                        8,
                                        NodeKind.MEASURE,
                                        List.of("B", "B"),
                                        List.of(node(9, NodeKind.ACTIVITY, List.of("A"), List.of()))))))));

        assertThat(MeasureGroups.measures(tree)).extracting(n -> n.id()).containsExactly(3L, 4L, 5L, 8L);
        assertThat(MeasureGroups.count(tree))
                .containsExactlyInAnyOrderEntriesOf(Map.of("A", 2, "B", 2, MeasureGroups.NONE, 1));
        assertThat(MeasureGroups.count(List.of())).isEmpty();
    }

    @Test
    void aGapIsAnIndicatorBelowTheCountrysRatio() {
        RatioRow below = ratio(NetworkRule.HOME_CARE, 10, 10_000, 2.0);
        RatioRow above = ratio(NetworkRule.HOMES_FOR_ELDERLY, 30, 10_000, 2.0);
        RatioRow equal = ratio(NetworkRule.DAY_CARE, 20, 10_000, 2.0);
        RatioRow none = ratio(NetworkRule.PERSONAL_ASSISTANCE, 0, 10_000, 2.0);
        RatioRow noPeople = ratio(NetworkRule.YOUTH_CLUBS, 5, 0, 2.0);
        RatioRow noBenchmark = ratio(NetworkRule.FAMILY_ACTIVATION, 5, 10_000, null);

        // 10 per 10 000 = 1.0 < 2.0; 30 → 3.0 ≥ 2.0; 20 → 2.0 is not below; 0 → no service at all
        assertThat(GapSummary.gaps(List.of(below, above, equal, none, noPeople, noBenchmark)))
                .containsExactly(NetworkRule.HOME_CARE.messageKey(), NetworkRule.PERSONAL_ASSISTANCE.messageKey());
        assertThat(GapSummary.known(List.of(below))).isTrue();
        assertThat(GapSummary.known(List.of(noPeople))).isFalse();
        assertThat(GapSummary.gaps(List.of(noPeople))).isEmpty();
    }

    @Test
    void sortingUsesCzechOrderAndPutsMissingValuesLast() {
        OrpComparison chynov = orp(1, "Chýnov", PlanState.DRAFT, 2024, 300, 1_000L);
        OrpComparison hluboka = orp(2, "Hluboká nad Vltavou", PlanState.IN_FORCE, 2020, 1_793_475, 5_000L);
        OrpComparison cesky = orp(3, "Český Krumlov", null, 0, 0, null);
        OrpComparison cerna = orp(4, "Cerhenice", PlanState.PUBLIC_COMMENTING, 2026, 50, 2_000L);
        List<OrpComparison> all = List.of(chynov, hluboka, cesky, cerna);

        // C < Č < H < Ch
        assertThat(sorted(all, ComparisonSort.NAME, false)).containsExactly(cerna, cesky, hluboka, chynov);
        assertThat(sorted(all, ComparisonSort.NAME, true)).containsExactly(chynov, hluboka, cesky, cerna);
        // without a plan: last both ways
        assertThat(sorted(all, ComparisonSort.COST, true)).containsExactly(hluboka, chynov, cerna, cesky);
        assertThat(sorted(all, ComparisonSort.COST, false)).containsExactly(cerna, chynov, hluboka, cesky);
        assertThat(sorted(all, ComparisonSort.PERIOD, false)).containsExactly(hluboka, chynov, cerna, cesky);
        assertThat(sorted(all, ComparisonSort.POPULATION, true)).containsExactly(hluboka, cerna, chynov, cesky);
        // states in their life order: draft, public commenting, …, in force
        assertThat(sorted(all, ComparisonSort.STATE, false)).containsExactly(chynov, cerna, hluboka, cesky);
        assertThat(ComparisonSort.ofParam("naklady")).contains(ComparisonSort.COST);
        assertThat(ComparisonSort.ofParam("drop table")).isEmpty();
    }

    private static List<OrpComparison> sorted(List<OrpComparison> all, ComparisonSort sort, boolean descending) {
        return all.stream().sorted(sort.comparator(descending)).toList();
    }

    private static OrpComparison orp(int code, String name, PlanState state, int from, long cost, Long population) {
        PlanFacts plan = state == null ? null : new PlanFacts(code, "Plán " + name, state, from, from + 2);
        return new OrpComparison(
                code, name, 10, false, plan, 1, Map.of(), cost, 0, population, List.of(), population != null);
    }

    /** A ratio row as the network analysis computes it (ORP ratio = capacity × 1 000 / people). */
    private static RatioRow ratio(NetworkRule rule, double capacity, long people, Double country) {
        Double orp = people == 0 ? null : capacity * 1000 / people;
        return new RatioRow(rule, capacity, people, orp, 0, 0, null, 0, 0, country);
    }
}
