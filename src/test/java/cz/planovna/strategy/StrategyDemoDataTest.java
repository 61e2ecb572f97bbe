package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.territory.TerritoryQueries;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The demo plans: Blatná in force and complete enough to be approved, Písek an internal draft with gaps. */
@SpringBootTest
@AutoConfigureMockMvc
class StrategyDemoDataTest {

    @Autowired
    PlanRepository plans;

    @Autowired
    NodeRepository nodes;

    @Autowired
    AmendmentRepository amendments;

    @Autowired
    ChangeRepository changes;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    StrategyQueries queries;

    @Autowired
    TransactionTemplate tx;

    @Test
    void blatnaHasAPlanInForceAndPisekAnInternalDraftCreatedOnlyOnce() {
        StrategyDemoData demo = new StrategyDemoData(plans, nodes, amendments, changes, territory, tx);

        demo.run(null);
        demo.run(null);

        PlanPage blatna = queries.publicPlan(StrategyDemoData.BLATNA, null).orElseThrow();
        assertThat(blatna.plan().title()).contains("Blatná 2020–2022", "ilustrativní");
        assertThat(blatna.plan().state()).isEqualTo(PlanState.IN_FORCE);
        assertThat(blatna.plan().approvedBy()).isEqualTo("Zastupitelstvo města Blatná");
        assertThat(blatna.tree())
                .extracting(NodeView::label)
                .containsExactly(
                        "1 Senioři a osoby se zdravotním postižením", "2 Rodiny, děti a mládež", "3 Osoby v krizi");
        assertThat(blatna.checklist()).noneMatch(CheckItem::error);
        assertThat(blatna.totals().total()).isPositive();
        assertThat(blatna.amendments()).hasSize(1);
        assertThat(queries.publicPlans(StrategyDemoData.BLATNA)).hasSize(1);

        assertThat(queries.publicPlan(StrategyDemoData.PISEK, null)).isEmpty();
        assertThat(plans.findByDistrictCode(StrategyDemoData.PISEK, org.springframework.data.domain.Pageable.unpaged())
                        .getContent())
                .singleElement()
                .satisfies(p -> assertThat(p.state()).isEqualTo(PlanState.DRAFT));
    }
}
