package cz.planovna.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.territory.TerritoryAdministration;
import cz.planovna.territory.TerritoryQueries;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo figures on an empty database (a context of its own): synthetic 2019–2024 for every obec
 * of each planning ORP, marked synthetic, and a second start changes nothing.
 */
@SpringBootTest(properties = "planovna.test.context=analysis-demo")
class DemographicsDemoDataTest {

    @Autowired
    TerritoryQueries territory;

    @Autowired
    TerritoryAdministration administration;

    @Autowired
    DemographicsGenerator generator;

    @Autowired
    DemographicsImport importer;

    @Autowired
    PopulationStore store;

    @Autowired
    DemographicsQueries queries;

    @Test
    void theFirstStartGeneratesFiguresOfEveryPlanningOrpAndTheSecondDoesNothing() {
        // runs on H2 only (profile demo & !postgres); the shared PostgreSQL database has figures already
        Assumptions.assumeTrue(
                territory.planningDistricts().isEmpty() && !store.anyIn(AnalysisMother.LUHACOVICE_ORP),
                "needs an empty database: a fresh H2 context, not the shared PostgreSQL one");
        administration.activatePlanning(AnalysisMother.LUHACOVICE_ORP);
        DemographicsDemoData demo = new DemographicsDemoData(territory, generator, importer, store, null);

        demo.load();

        DemographicsReport report = queries.fullReport(AnalysisMother.LUHACOVICE_ORP, null, ObecSort.NAZEV);
        assertThat(report.synthetic()).isTrue();
        assertThat(report.years()).containsExactly(2019, 2020, 2021, 2022, 2023, 2024);
        assertThat(report.obce().total()).isEqualTo(15);
        assertThat(report.obceWithoutData()).isZero();
        assertThat(report.projection()).hasSize(5);
        assertThat(report.trend().get(5).oldest())
                .isGreaterThan(report.trend().get(0).oldest());
        long total = report.current().total();

        demo.load();

        assertThat(queries.fullReport(AnalysisMother.LUHACOVICE_ORP, null, ObecSort.NAZEV)
                        .current()
                        .total())
                .isEqualTo(total);
        assertThat(store.recentImports(AnalysisMother.LUHACOVICE_ORP, 10)).hasSize(1);
    }
}
