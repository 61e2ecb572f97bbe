package cz.planovna.strategy;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUsers;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test users and plans with unique names, so tests never depend on demo data or on what other
 * tests left in a shared database. Data goes through the repositories.
 */
class StrategyMother extends TestUsers {

    /** ORP whose plans only this module's tests create. */
    static final int STRAKONICE = 3111;

    static final int PISEK = 3108;
    static final int JIHOCESKY = 3034;
    static final int PLZENSKY = 3042;

    /** A plan with one priority → goal → measure (with costs) → activity. */
    record Sample(long planId, long priorityId, long goalId, long measureId, long activityId) {}

    private final TerritoryQueries territory;
    private final PlanRepository plans;
    private final NodeRepository nodes;
    private final TransactionTemplate tx;

    StrategyMother(
            UserAdministration users,
            TerritoryQueries territory,
            PlanRepository plans,
            NodeRepository nodes,
            TransactionTemplate tx) {
        super(users, territory);
        this.territory = territory;
        this.plans = plans;
        this.nodes = nodes;
        this.tx = tx;
    }

    /** A complete plan in the given state (approved ones with who, when and resolution). */
    Sample plan(int orp, String title, PlanState state) {
        return tx.execute(s -> {
            Instant now = Instant.now();
            StrategicPlan plan = plans.save(new StrategicPlan(orp(orp), title, 2020, 2022, "Vize " + title, now));
            StrategyNode priority = nodes.save(
                    new StrategyNode(plan.id(), null, NodeKind.PRIORITY, 1, NodeDetails.simple("Senioři", null, null)));
            StrategyNode goal = nodes.save(new StrategyNode(
                    plan.id(), priority, NodeKind.GOAL, 1, NodeDetails.simple("Péče doma", null, null)));
            StrategyNode measure = nodes.save(new StrategyNode(
                    plan.id(),
                    goal,
                    NodeKind.MEASURE,
                    1,
                    new NodeDetails(
                            "Pečovatelská služba " + title,
                            null,
                            "Město",
                            MeasureKind.DEVELOP,
                            List.of("DruhSocialniSluzby/4"),
                            List.of(),
                            List.of(),
                            "Průzkum",
                            null)));
            measure.replaceCosts(List.of(
                    new CostLine(2020, FundingSource.MUNICIPALITY, 1_450_000),
                    new CostLine(2021, FundingSource.STATE, 343_475)));
            measure.addIndicator("Klienti", "osob", BigDecimal.TEN, Map.of(2022, new BigDecimal("12")));
            StrategyNode activity = nodes.save(new StrategyNode(
                    plan.id(), measure, NodeKind.ACTIVITY, 1, NodeDetails.simple("Víkendy", null, null)));
            if (state != PlanState.DRAFT) {
                plan.moveTo(PlanState.PUBLIC_COMMENTING, null, null, null, now);
            }
            if (state.adopted()) {
                plan.moveTo(PlanState.APPROVED, "Zastupitelstvo", LocalDate.of(2019, 12, 12), "ZM/1/2019", now);
            }
            if (state == PlanState.IN_FORCE || state == PlanState.EVALUATED) {
                plan.moveTo(PlanState.IN_FORCE, null, null, null, now);
            }
            if (state == PlanState.EVALUATED) {
                plan.moveTo(PlanState.EVALUATED, null, null, null, now);
            }
            return new Sample(plan.id(), priority.id(), goal.id(), measure.id(), activity.id());
        });
    }

    long planVersion(long planId) {
        return plans.findById(planId).orElseThrow().version();
    }

    long nodeVersion(long nodeId) {
        return nodes.findById(nodeId).orElseThrow().version();
    }

    /** A fresh leaf activity under the measure, for a request that deletes or moves one. */
    long activity(long planId, long measureId) {
        return tx.execute(s -> {
            StrategyNode measure = nodes.findById(measureId).orElseThrow();
            int position = (int) nodes.findByPlanIdAndRemovedFalse(planId).stream()
                            .filter(n -> n.parentId() != null && n.parentId() == measureId)
                            .count()
                    + 1;
            return nodes.save(new StrategyNode(
                            planId,
                            measure,
                            NodeKind.ACTIVITY,
                            position,
                            NodeDetails.simple(unique("Aktivita"), null, null)))
                    .id();
        });
    }
}
