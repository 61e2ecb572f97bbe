package cz.planovna.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.territory.DistrictDetail;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.MunicipalityView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Shares, ageing index, projection and the table of obce, against values computed by hand. */
class DemographicsCalculationTest {

    static long[] bands(int... pairs) {
        long[] b = new long[AgeBand.BANDS];
        for (int i = 0; i < pairs.length; i += 2) {
            b[pairs[i]] += pairs[i + 1];
        }
        return b;
    }

    @Test
    void sharesAndAgeingIndex() {
        // men: 0–4 100, 15–19 300, 65–69 60; women: 0–4 100, 40–44 300, 80–84 90, 85+ 50
        YearSummary s = YearSummary.of(
                LocalDate.of(2022, 12, 31), bands(0, 100, 3, 300, 13, 60), bands(0, 100, 8, 300, 16, 90, 17, 50));
        assertThat(s.year()).isEqualTo(2022);
        assertThat(s.total()).isEqualTo(1000);
        assertThat(s.men()).isEqualTo(460);
        assertThat(s.women()).isEqualTo(540);
        assertThat(s.children()).isEqualTo(200);
        assertThat(s.working()).isEqualTo(600);
        assertThat(s.seniors()).isEqualTo(200);
        assertThat(s.oldest()).isEqualTo(140);
        assertThat(s.childrenShare()).isEqualByComparingTo("20.0");
        assertThat(s.workingShare()).isEqualByComparingTo("60.0");
        assertThat(s.seniorsShare()).isEqualByComparingTo("20.0");
        assertThat(s.oldestShare()).isEqualByComparingTo("14.0");
        assertThat(s.ageingIndex()).isEqualByComparingTo("100.0");
    }

    @Test
    void roundingIsHalfUpToOneDecimalAndNoChildrenMeansNoIndex() {
        // 250 of 1,100 = 22.727… %, 600 of 1,100 = 54.545… %, 150 of 1,100 = 13.636… %
        YearSummary s = YearSummary.of(LocalDate.of(2022, 12, 31), bands(0, 250, 3, 600, 13, 100), bands(16, 150));
        assertThat(s.childrenShare()).isEqualByComparingTo("22.7");
        assertThat(s.workingShare()).isEqualByComparingTo("54.5");
        assertThat(s.seniorsShare()).isEqualByComparingTo("22.7");
        assertThat(s.oldestShare()).isEqualByComparingTo("13.6");
        assertThat(s.ageingIndex()).isEqualByComparingTo("100.0");
        YearSummary noChildren = YearSummary.of(LocalDate.of(2020, 12, 31), bands(13, 90), bands(16, 120));
        assertThat(noChildren.ageingIndex()).isNull();
        assertThat(YearSummary.percent(1, 3)).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(YearSummary.percent(2, 3)).isEqualByComparingTo(new BigDecimal("66.7"));
    }

    @Test
    void projectionIsTheLeastSquaresLineOfTheLastYears() {
        // 65+: 210, 228, 250 → mean 229.33, slope 20 → 2023: 269.33 → 269, 2027: 349.33 → 349
        // 80+: 120, 135, 150 → slope 15 → 2023: 165, 2027: 225
        List<YearSummary> trend = List.of(
                YearSummary.of(LocalDate.of(2020, 12, 31), bands(13, 90), bands(16, 120)),
                YearSummary.of(LocalDate.of(2021, 12, 31), bands(13, 93), bands(16, 135)),
                YearSummary.of(LocalDate.of(2022, 12, 31), bands(13, 100), bands(16, 150)));
        List<ProjectionPoint> p = Projection.of(trend);
        assertThat(p).hasSize(5);
        assertThat(p.get(0)).isEqualTo(new ProjectionPoint(2023, 269, 165));
        assertThat(p.get(1)).isEqualTo(new ProjectionPoint(2024, 289, 180));
        assertThat(p.get(4)).isEqualTo(new ProjectionPoint(2027, 349, 225));
        assertThat(Projection.of(trend.subList(0, 1))).isEmpty();
    }

    @Test
    void projectionUsesOnlyTheLastFiveYearsAndNeverGoesBelowZero() {
        List<YearSummary> trend = new ArrayList<>();
        // 2015: 1,000 (ignored), then 2016–2020: 100, 90, 80, 70, 60 → slope −10 → 2021: 50 … 2026: 0
        trend.add(YearSummary.of(LocalDate.of(2015, 12, 31), bands(13, 1000), bands()));
        int[] values = {100, 90, 80, 70, 60};
        for (int i = 0; i < values.length; i++) {
            trend.add(YearSummary.of(LocalDate.of(2016 + i, 12, 31), bands(13, values[i]), bands()));
        }
        List<ProjectionPoint> p = Projection.of(trend);
        assertThat(p).extracting(ProjectionPoint::seniors).containsExactly(50L, 40L, 30L, 20L, 10L);
        assertThat(Projection.at(new double[] {2020, 2021}, new double[] {10, 0}, 2030))
                .isZero();
    }

    @Test
    void theReportOfAnOrpAddsObceAndOrdersThemInCzech() {
        DistrictDetail district = new DistrictDetail(
                new DistrictSummary(9999, "Zkušební", 3034, "Jihočeský kraj", 4, true),
                1,
                "Hrad",
                0,
                List.of(
                        new MunicipalityView(1, "Chlum", "Obec", 9999, "Zkušební", "Okres"),
                        new MunicipalityView(2, "Hrad", "Město", 9999, "Zkušební", "Okres"),
                        new MunicipalityView(3, "Cerhonice", "Obec", 9999, "Zkušební", "Okres"),
                        new MunicipalityView(4, "Bez údajů", "Obec", 9999, "Zkušební", "Okres")));
        LocalDate d = LocalDate.of(2022, 12, 31);
        List<PopulationStore.Row> rows = List.of(
                new PopulationStore.Row(1, d, 1, 0, 4, 10, false),
                new PopulationStore.Row(1, d, 2, 80, 84, 30, false),
                new PopulationStore.Row(2, d, 1, 20, 20, 7, false),
                new PopulationStore.Row(2, d, 1, 21, 21, 3, false),
                new PopulationStore.Row(2, d, 2, 65, 69, 40, true),
                new PopulationStore.Row(3, d, 2, 5, 9, 20, false),
                // an earlier reference date of the same year does not count
                new PopulationStore.Row(3, LocalDate.of(2022, 3, 26), 2, 5, 9, 999, false));
        DemographicsReport r = DemographicsQueries.compute(district, rows, null, ObecSort.NAZEV, 1, 20);
        assertThat(r.synthetic()).isTrue();
        assertThat(r.years()).containsExactly(2022);
        assertThat(r.current().total()).isEqualTo(110);
        assertThat(r.current().children()).isEqualTo(30);
        assertThat(r.current().seniors()).isEqualTo(70);
        assertThat(r.current().ageingIndex()).isEqualByComparingTo("233.3");
        assertThat(r.pyramid().get(4)).isEqualTo(new PyramidBand("20–24", 10, 0));
        assertThat(r.pyramid().get(17).label()).isEqualTo("85+");
        assertThat(r.obce().rows()).extracting(ObecRow::name).containsExactly("Cerhonice", "Hrad", "Chlum");
        assertThat(r.obceWithoutData()).isEqualTo(1);
        DemographicsReport bySeniors = DemographicsQueries.compute(district, rows, null, ObecSort.SENIORI, 1, 2);
        // Chlum 30 of 40 = 75 %, Hrad 40 of 50 = 80 %, Cerhonice 0 %
        assertThat(bySeniors.obce().rows()).extracting(ObecRow::name).containsExactly("Hrad", "Chlum");
        assertThat(bySeniors.obce().pages()).isEqualTo(2);
        DemographicsReport page2 = DemographicsQueries.compute(district, rows, null, ObecSort.SENIORI, 2, 2);
        assertThat(page2.obce().rows()).extracting(ObecRow::name).containsExactly("Cerhonice");
    }

    @Test
    void anOrpWithoutFiguresHasAnEmptyReport() {
        DistrictDetail district = new DistrictDetail(
                new DistrictSummary(9999, "Zkušební", 3034, "Jihočeský kraj", 0, true), 1, "Hrad", 0, List.of());
        DemographicsReport r = DemographicsQueries.compute(district, List.of(), 2020, ObecSort.NAZEV, 1, 20);
        assertThat(r.hasData()).isFalse();
        assertThat(r.synthetic()).isFalse();
    }

    @Test
    void chartScalesAreRound() {
        assertThat(Charts.niceScale(1_234, 4)).containsExactly(500, 3);
        assertThat(Charts.niceScale(95, 3)).containsExactly(50, 2);
        assertThat(Charts.niceScale(0, 4)).containsExactly(1, 4);
    }
}
