package cz.planovna.region;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.NodeView;
import cz.planovna.strategy.PlanPage;
import cz.planovna.strategy.PlanState;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.strategy.StrategyService;
import cz.planovna.territory.TerritoryAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The Český Krumlov demo plan: put out for comments once, with the costs written in the runner. */
@SpringBootTest
@AutoConfigureMockMvc
class RegionDemoDataTest {

    @Autowired
    StrategyService service;

    @Autowired
    StrategyQueries queries;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    TerritoryAdministration administration;

    @Autowired
    UserAdministration users;

    @Test
    void krumlovGetsOnePlanInPublicCommenting() {
        administration.activatePlanning(RegionDemoData.KRUMLOV);
        try {
            users.createUser(new NewUser(
                    RegionDemoData.AUTHOR,
                    "Koordinátorka Český Krumlov",
                    null,
                    List.of(Grant.districtCoordinator(
                            territory.districtRef(RegionDemoData.KRUMLOV).orElseThrow()))));
        } catch (IllegalStateException alreadyThere) {
            // another test context of the same database made the account
        }
        RegionDemoData demo = new RegionDemoData(service, queries, territory);

        demo.run(null);
        demo.run(null);

        assertThat(queries.publicPlans(RegionDemoData.KRUMLOV)).hasSize(1);
        PlanPage plan = queries.publicPlan(RegionDemoData.KRUMLOV, null).orElseThrow();
        assertThat(plan.plan().title()).contains("Český Krumlov 2026–2028", "ilustrativní");
        assertThat(plan.plan().state()).isEqualTo(PlanState.PUBLIC_COMMENTING);
        assertThat(MeasureGroups.measures(plan.tree()))
                .extracting(NodeView::title)
                .containsExactly(
                        "Terénní pečovatelská služba pro obce Šumavy",
                        "Zachování kapacity domova pro seniory",
                        "Sociálně aktivizační služba pro rodiny s dětmi");
        // 3 000 000 + 3 100 000 + 3 200 000 + 9 500 000 + 9 700 000 + 1 250 000 + 1 310 000
        assertThat(plan.totals().total()).isEqualTo(31_060_000);
        // 2026: 3 000 000 + 9 500 000 + 1 250 000
        assertThat(plan.totals().yearTotal(2026)).isEqualTo(13_750_000);
    }
}
