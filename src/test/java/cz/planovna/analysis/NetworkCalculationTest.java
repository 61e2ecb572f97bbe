package cz.planovna.analysis;

import static cz.planovna.analysis.NetworkMother.ALFA;
import static cz.planovna.analysis.NetworkMother.CHLUM;
import static cz.planovna.analysis.NetworkMother.DEMENTIA;
import static cz.planovna.analysis.NetworkMother.DUB;
import static cz.planovna.analysis.NetworkMother.HORA;
import static cz.planovna.analysis.NetworkMother.LHOTA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cz.planovna.catalogue.CapacityType;
import cz.planovna.catalogue.DeliveryForm;
import cz.planovna.catalogue.NetworkService;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The network arithmetic on the fixture of {@link NetworkMother}, every expected value worked out by
 * hand:
 *
 * <ul>
 *   <li>S1 (§ 49, 60 beds, facilities Alfa, Hora, Hora): Alfa 20, Hora 40. S6: Lhota 2.
 *   <li>S2 (§ 40, 30 field clients to Alfa, Hora, Dub, Lhota by their 65+: 200, 100, 100, 60 of
 *       460): Alfa 13.04, Hora 6.52, Dub 6.52, Lhota 3.91; plus 6 outpatient clients in Hora.
 *   <li>§ 49 beds per 1,000 aged 80+: ORP A 62 / 120 = 516.67; kraj X (A and B) 162 / 250 = 648;
 *       country 212 / 300 = 706.67.
 *   <li>§ 40 clients per 1,000 aged 65+: ORP A 36 / 460 = 78.26; kraj X 36 / 960 = 37.5; country
 *       51 / 1,110 = 45.95.
 *   <li>Gap § 49 against 706.67: Alfa 400 (56.6 %, class 3), Dub no beds (class 1), Hora 2,000
 *       (283 %, class 4), Chlum no figures (class 5), Lhota 50 (7.1 %, class 2).
 * </ul>
 */
class NetworkCalculationTest {

    static final Offset<Double> EPS = within(0.005);

    static NetworkReport report(String section, String group, CapacitySort sort, int page, int size) {
        return NetworkCalculation.report(NetworkMother.fixture(), section, group, sort, page, size);
    }

    @Test
    void aCapacityIsSplitEquallyAmongTheFacilities() {
        NetworkService s1 = NetworkMother.fixture().services().get(0);
        assertThat(NetworkCalculation.located(s1, 60))
                .containsExactlyInAnyOrderEntriesOf(Map.of(ALFA, 20.0, HORA, 40.0));
        NetworkService noFacility = NetworkMother.service("49", "Bez zařízení", 1)
                .capacity(DeliveryForm.RESIDENTIAL, CapacityType.BEDS, 10)
                .build();
        assertThat(NetworkCalculation.located(noFacility, 10)).isEmpty();
    }

    @Test
    void aFieldCapacityReachesTheServedObceByTheirPeopleOfTheAge() {
        NetworkCalculation.Input in = NetworkMother.fixture();
        NetworkService s2 = in.services().get(1);
        Map<Integer, Double> reach = NetworkCalculation.reach(
                s2, s2.capacities().get(0), AgeGroup.SENIORS, in.obceOfDistrict(), in.population());
        assertThat(reach).containsOnlyKeys(ALFA, HORA, DUB, LHOTA);
        assertThat(reach.get(ALFA)).isCloseTo(30.0 * 200 / 460, EPS);
        assertThat(reach.get(HORA)).isCloseTo(30.0 * 100 / 460, EPS);
        assertThat(reach.get(DUB)).isCloseTo(6.52, EPS);
        assertThat(reach.get(LHOTA)).isCloseTo(3.91, EPS);
        // the outpatient part stays where the facility is
        assertThat(NetworkCalculation.reach(
                        s2, s2.capacities().get(1), AgeGroup.SENIORS, in.obceOfDistrict(), in.population()))
                .containsExactlyEntriesOf(Map.of(HORA, 6.0));
    }

    @Test
    void aFieldServiceOfAWholeOrpWithoutFiguresIsSplitEqually() {
        NetworkService whole = NetworkMother.service("40", "Celé ORP", 1)
                .capacity(DeliveryForm.FIELD, CapacityType.CLIENTS, 12)
                .facilities(1)
                .servesDistrict(7)
                .build();
        Map<Integer, Double> reach = NetworkCalculation.reach(
                whole, whole.capacities().get(0), AgeGroup.SENIORS, Map.of(7, List.of(71, 72, 73)), Map.of());
        assertThat(reach).containsExactlyInAnyOrderEntriesOf(Map.of(71, 4.0, 72, 4.0, 73, 4.0));
        // nothing served: the obce of its facilities
        NetworkService none = NetworkMother.service("40", "Bez území", 1)
                .capacity(DeliveryForm.FIELD, CapacityType.CLIENTS, 8)
                .facilities(81, 82)
                .build();
        assertThat(NetworkCalculation.servedObce(none, Map.of())).containsExactly(81, 82);
    }

    @Test
    void ratiosPerThousandForTheOrpTheKrajAndTheCountry() {
        NetworkReport report = report(null, null, CapacitySort.TYPE, 1, 25);
        NetworkReport.RatioRow homes = ratio(report, NetworkRule.HOMES_FOR_ELDERLY);
        assertThat(homes.orpCapacity()).isCloseTo(62, EPS);
        assertThat(homes.orpPopulation()).isEqualTo(120);
        assertThat(homes.orpRatio()).isCloseTo(516.67, EPS);
        assertThat(homes.regionCapacity()).isCloseTo(162, EPS);
        assertThat(homes.regionPopulation()).isEqualTo(250);
        assertThat(homes.regionRatio()).isCloseTo(648.0, EPS);
        assertThat(homes.countryRatio()).isCloseTo(706.67, EPS);
        assertThat(homes.orpValue()).isEqualByComparingTo(new BigDecimal("516.67"));

        NetworkReport.RatioRow care = ratio(report, NetworkRule.HOME_CARE);
        assertThat(care.orpCapacity()).isCloseTo(36, EPS);
        assertThat(care.orpPopulation()).isEqualTo(460);
        assertThat(care.orpRatio()).isCloseTo(78.26, EPS);
        assertThat(care.regionRatio()).isCloseTo(37.5, EPS);
        assertThat(care.countryRatio()).isCloseTo(45.95, EPS);

        // no service of the type anywhere: zero capacity, ratio 0 where people live
        NetworkReport.RatioRow day = ratio(report, NetworkRule.DAY_CARE);
        assertThat(day.orpRatio()).isZero();
        assertThat(day.countryCapacity()).isZero();
    }

    @Test
    void theScopesSayWhichOrpAndObceAreCounted() {
        NetworkReport report = report(null, null, CapacitySort.TYPE, 1, 25);
        assertThat(report.orpScope().obce()).isEqualTo(4);
        assertThat(report.regionScope().name()).isEqualTo("Kraj X");
        assertThat(report.regionScope().districts()).containsExactly("Alfov", "Betov");
        assertThat(report.regionScope().obce()).isEqualTo(6);
        assertThat(report.countryScope().districts()).containsExactly("Alfov", "Betov", "Cetov");
        assertThat(report.countryScope().obce()).isEqualTo(7);
    }

    @Test
    void capacitiesByTypeObecFormAndUnitWithTotals() {
        NetworkReport report = report(null, null, CapacitySort.TYPE, 1, 25);
        assertThat(report.capacities().rows())
                .extracting(r -> r.section() + " " + r.obecName() + " " + r.form() + " "
                        + r.amountValue().toPlainString())
                .containsExactly(
                        "40 Hora OUTPATIENT 6",
                        "40 Hora FIELD 30",
                        "49 Alfa RESIDENTIAL 20",
                        "49 Hora RESIDENTIAL 40",
                        "49 Lhota RESIDENTIAL 2");
        assertThat(report.totals())
                .extracting(t -> t.section() + " " + t.form() + " " + t.unit() + " "
                        + t.amountValue().toPlainString() + " " + t.services())
                .containsExactly("40 OUTPATIENT CLIENTS 6 1", "40 FIELD CLIENTS 30 1", "49 RESIDENTIAL BEDS 62 2");
        assertThat(report.groupRows())
                .extracting(g ->
                        g.section() + " " + g.group() + " " + g.amountValue().toPlainString())
                .containsExactlyInAnyOrder(
                        "40 senioři 36",
                        "40 osoby se zdravotním postižením 36",
                        "49 senioři 62",
                        "49 osoby s demencí 2");
        assertThat(report.sections())
                .extracting(NetworkReport.TypeOption::section)
                .containsExactly("40", "49");
    }

    @Test
    void sortingFilteringAndPaging() {
        assertThat(report(null, null, CapacitySort.AMOUNT, 1, 25).capacities().rows())
                .extracting(r -> r.obecName() + " " + r.amountValue().toPlainString())
                .containsExactly("Hora 40", "Hora 30", "Alfa 20", "Hora 6", "Lhota 2");
        assertThat(report(null, null, CapacitySort.OBEC, 1, 25).capacities().rows())
                .extracting(NetworkReport.CapacityRow::obecName)
                .containsExactly("Alfa", "Hora", "Hora", "Hora", "Lhota");
        NetworkReport dementia = report(null, DEMENTIA, CapacitySort.TYPE, 1, 25);
        assertThat(dementia.capacities().rows())
                .extracting(r -> r.obecName() + " " + r.amountValue().toPlainString())
                .containsExactly("Lhota 2");
        assertThat(dementia.groupRows())
                .extracting(NetworkReport.GroupRow::group)
                .containsExactly(DEMENTIA);
        assertThat(report("40", null, CapacitySort.TYPE, 1, 25).capacities().total())
                .isEqualTo(2);
        assertThat(report("37", null, CapacitySort.TYPE, 1, 25).capacities().total())
                .isZero();

        NetworkReport second = report(null, null, CapacitySort.TYPE, 2, 2);
        assertThat(second.capacities().pages()).isEqualTo(3);
        assertThat(second.capacities().rows())
                .extracting(NetworkReport.CapacityRow::obecName)
                .containsExactly("Alfa", "Hora");
        assertThat(report(null, null, CapacitySort.TYPE, 99, 2).capacities().page())
                .isEqualTo(3);
    }

    @Test
    void fieldCoverageListsEveryObecAndMarksThoseWithoutAService() {
        NetworkReport report = report(null, null, CapacitySort.TYPE, 1, 25);
        // Czech order: ch after h
        assertThat(report.coverage())
                .extracting(NetworkReport.CoverageRow::obecName)
                .containsExactly("Alfa", "Dub", "Hora", "Chlum", "Lhota");
        assertThat(report.coverage())
                .filteredOn(c -> !c.covered())
                .extracting(NetworkReport.CoverageRow::obecCode)
                .containsExactly(CHLUM);
        assertThat(report.coverage().get(0).services()).containsExactly("§ 40 Pečovatelská služba Alfov");
        assertThat(report.uncovered()).isEqualTo(1);
    }

    @Test
    void gapClassesAgainstTheCountryBenchmark() {
        GapReport gap = NetworkCalculation.gap(NetworkMother.fixture(), NetworkRule.HOMES_FOR_ELDERLY, null);
        assertThat(gap.benchmark()).isCloseTo(706.67, EPS);
        assertThat(gap.rows())
                .extracting(r -> r.name() + " " + r.gapClass().number())
                .containsExactly("Alfa 3", "Dub 1", "Hora 4", "Chlum 5", "Lhota 2");
        GapReport.GapRow alfa = gap.rows().get(0);
        assertThat(alfa.demand()).isEqualTo(50);
        assertThat(alfa.capacity()).isCloseTo(20, EPS);
        assertThat(alfa.ratio()).isCloseTo(400, EPS);
        assertThat(alfa.index()).isCloseTo(56.60, EPS);
        GapReport.GapRow lhota = gap.rows().get(4);
        assertThat(lhota.ratio()).isCloseTo(50, EPS);
        assertThat(lhota.indexValue()).isEqualByComparingTo("7");
        assertThat(gap.rows().get(3).demand()).isNull();
        assertThat(gap.countsInOrder()).containsExactly(1L, 1L, 1L, 1L, 1L);
        assertThat(gap.mapAvailable()).isFalse();
    }

    @Test
    void gapClassBoundaries() {
        assertThat(GapClass.of(null, 5, 80.0)).isEqualTo(GapClass.NO_DATA);
        assertThat(GapClass.of(0L, 0, null)).isEqualTo(GapClass.NO_DATA);
        assertThat(GapClass.of(10L, 0, 0.0)).isEqualTo(GapClass.NONE);
        assertThat(GapClass.of(10L, 1, 49.99)).isEqualTo(GapClass.LOW);
        assertThat(GapClass.of(10L, 1, 50.0)).isEqualTo(GapClass.PARTIAL);
        assertThat(GapClass.of(10L, 1, 99.99)).isEqualTo(GapClass.PARTIAL);
        assertThat(GapClass.of(10L, 1, 100.0)).isEqualTo(GapClass.MET);
    }

    @Test
    void ageGroupsTakeOnlyBandsInsideThem() {
        assertThat(AgeGroup.SENIORS.contains(65, 69)).isTrue();
        assertThat(AgeGroup.SENIORS.contains(60, 64)).isFalse();
        assertThat(AgeGroup.OLDEST.contains(85, null)).isTrue();
        assertThat(AgeGroup.CHILDREN.contains(10, 14)).isTrue();
        assertThat(AgeGroup.CHILDREN.contains(15, 19)).isFalse();
        assertThat(AgeGroup.YOUTH.contains(20, 24)).isTrue();
        assertThat(AgeGroup.YOUTH.contains(85, null)).isFalse();
        assertThat(AgeGroup.ALL.contains(85, null)).isTrue();
    }

    @Test
    void oneRulePerSection() {
        assertThat(NetworkRule.ofSection("49")).contains(NetworkRule.HOMES_FOR_ELDERLY);
        assertThat(NetworkRule.ofSection("99")).isEmpty();
        assertThat(List.of(NetworkRule.values()).stream()
                        .map(NetworkRule::section)
                        .distinct()
                        .count())
                .isEqualTo(NetworkRule.values().length);
    }

    static NetworkReport.RatioRow ratio(NetworkReport report, NetworkRule rule) {
        return report.ratios().stream()
                .filter(r -> r.rule() == rule)
                .findFirst()
                .orElseThrow();
    }
}
