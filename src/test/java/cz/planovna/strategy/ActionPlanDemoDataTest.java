package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.TerritoryQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo action plans: Blatná 2020 approved with adjustments, 2021 a draft; Písek a draft; made once. */
@SpringBootTest
@AutoConfigureMockMvc
class ActionPlanDemoDataTest {

    @Autowired
    PlanRepository plans;

    @Autowired
    NodeRepository nodes;

    @Autowired
    AmendmentRepository amendments;

    @Autowired
    ChangeRepository changes;

    @Autowired
    ActionPlanRepository actionPlans;

    @Autowired
    ActionItemRepository items;

    @Autowired
    ActionChangeRepository actionChanges;

    @Autowired
    StrategyService strategy;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    ActionPlanQueries queries;

    @Autowired
    TransactionTemplate tx;

    @Test
    void blatnaHasAnApprovedActionPlan2020AndADraft2021AndPisekADraftMadeOnlyOnce() {
        // the demo plans are written only into an ORP without plans; the shared PostgreSQL database
        // may hold Písek or Blatná plans of other tests already
        org.junit.jupiter.api.Assumptions.assumeTrue(
                plans.findByDistrictCode(StrategyDemoData.PISEK, org.springframework.data.domain.Pageable.unpaged())
                                .isEmpty()
                        && plans.findByDistrictCode(
                                        StrategyDemoData.BLATNA, org.springframework.data.domain.Pageable.unpaged())
                                .isEmpty(),
                "needs an empty database: a fresh H2 context, not the shared PostgreSQL one");
        new StrategyDemoData(plans, nodes, amendments, changes, territory, tx).run(null);
        ActionPlanDemoData demo = new ActionPlanDemoData(plans, actionPlans, items, actionChanges, strategy, tx);

        demo.run(null);
        demo.run(null);

        ActionPlanView blatna = queries.publicActionPlan(StrategyDemoData.BLATNA, 2020, null);
        assertThat(blatna.plan().approvedBy()).isEqualTo("Rada města Blatná");
        assertThat(blatna.count("CHANGED")).isEqualTo(3);
        assertThat(blatna.count("ADDED")).isEqualTo(1);
        assertThat(blatna.count("REMOVED")).isEqualTo(1);
        // planned 2020: seniors 4 450 000 + 1 040 000 + 39 100 000 = 44 590 000; families 700 000; crisis 300 000
        // budget: seniors +70 000 (obec, care) = 44 660 000; families 80 000 + 560 000 + 40 000 (added) = 680 000
        assertThat(blatna.priorities())
                .extracting(PriorityTotals::plannedTotal, PriorityTotals::budgetTotal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(44_590_000L, 44_660_000L),
                        org.assertj.core.groups.Tuple.tuple(700_000L, 680_000L),
                        org.assertj.core.groups.Tuple.tuple(300_000L, 300_000L));
        assertThat(blatna.plannedTotal()).isEqualTo(45_590_000);
        assertThat(blatna.budgetTotal()).isEqualTo(45_640_000);

        assertThatThrownBy(() -> queries.publicActionPlan(StrategyDemoData.BLATNA, 2021, null))
                .isInstanceOf(NotFoundException.class);
        long blatnaPlan = blatna.plan().planId();
        assertThat(actionPlans.findByPlanIdOrderByYearAsc(blatnaPlan))
                .extracting(ActionPlan::year, ActionPlan::state)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2020, ActionPlanState.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(2021, ActionPlanState.DRAFT));
        long pisekPlan = plans.findByDistrictCode(
                        StrategyDemoData.PISEK, org.springframework.data.domain.Pageable.unpaged())
                .getContent()
                .get(0)
                .id();
        assertThat(actionPlans.findByPlanIdOrderByYearAsc(pisekPlan))
                .extracting(ActionPlan::year, ActionPlan::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2023, ActionPlanState.DRAFT));
    }
}
