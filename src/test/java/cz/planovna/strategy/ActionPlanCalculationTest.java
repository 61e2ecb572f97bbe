package cz.planovna.strategy;

import static cz.planovna.strategy.FundingSource.EU;
import static cz.planovna.strategy.FundingSource.MUNICIPALITY;
import static cz.planovna.strategy.FundingSource.STATE;
import static cz.planovna.strategy.FundingSource.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cz.planovna.shared.web.FormRejectedException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Generation of an action plan from the tree and its difference against the medium-term plan,
 * with sums computed by hand in the comments.
 */
class ActionPlanCalculationTest {

    // 1 Senioři → 1.1 Péče doma → 1.1.1 Pečovatelská služba (+ 1.1.1.1 Víkendy), 1.1.2 Odlehčovací (2021 only)
    // 2 Rodiny → 2.1 Podpora → 2.1.1 Sociálně aktivizační služba, 2.1.2 Klub (indicator target 2020 only)
    static final long P1 = 1, G1 = 2, M1 = 3, A1 = 4, M2 = 5, P2 = 6, G2 = 7, M3 = 8, M4 = 9;

    static PlanTree tree() {
        List<NodeData> nodes = new ArrayList<>();
        nodes.add(node(P1, null, NodeKind.PRIORITY, 1, "Senioři", null, List.of(), List.of()));
        nodes.add(node(G1, P1, NodeKind.GOAL, 1, "Péče doma", null, List.of(), List.of()));
        nodes.add(node(
                M1,
                G1,
                NodeKind.MEASURE,
                1,
                "Pečovatelská služba",
                "Město",
                List.of(
                        new CostLine(2020, MUNICIPALITY, 1_450_000),
                        new CostLine(2020, STATE, 2_100_000),
                        new CostLine(2020, USERS, 900_000),
                        new CostLine(2021, MUNICIPALITY, 1_500_000)),
                List.of()));
        nodes.add(node(A1, M1, NodeKind.ACTIVITY, 1, "Víkendy", null, List.of(), List.of()));
        nodes.add(node(
                M2,
                G1,
                NodeKind.MEASURE,
                2,
                "Odlehčovací služba",
                "Domov",
                List.of(new CostLine(2021, STATE, 100_000)),
                List.of()));
        nodes.add(node(P2, null, NodeKind.PRIORITY, 2, "Rodiny", null, List.of(), List.of()));
        nodes.add(node(G2, P2, NodeKind.GOAL, 1, "Podpora", null, List.of(), List.of()));
        nodes.add(node(
                M3,
                G2,
                NodeKind.MEASURE,
                1,
                "Sociálně aktivizační služba",
                "Charita",
                List.of(new CostLine(2020, MUNICIPALITY, 80_000), new CostLine(2020, EU, 620_000)),
                List.of()));
        TreeMap<Integer, BigDecimal> targets = new TreeMap<>(Map.of(2020, BigDecimal.TEN));
        nodes.add(node(
                M4,
                G2,
                NodeKind.MEASURE,
                2,
                "Klub",
                "Spolek",
                List.of(),
                List.of(new IndicatorView(1L, "Děti", "osob", null, targets))));
        return PlanTree.of(nodes);
    }

    @Test
    void generationTakesMeasuresWithCostsOrTargetsInTheYearAndTheirActivitiesInTreeOrder() {
        List<ActionPlanGenerator.Generated> items = ActionPlanGenerator.generate(tree(), 2020);

        assertThat(items).extracting(ActionPlanGenerator.Generated::nodeId).containsExactly(M1, A1, M3, M4);
        // only the 2020 amounts of 1.1.1: 1 450 000 + 2 100 000 + 900 000
        assertThat(items.get(0).planned())
                .containsExactlyInAnyOrder(
                        new CostLine(2020, MUNICIPALITY, 1_450_000),
                        new CostLine(2020, STATE, 2_100_000),
                        new CostLine(2020, USERS, 900_000));
        assertThat(items.get(1).planned()).isEmpty();
        assertThat(items.get(1).responsible())
                .as("an activity without its own takes the measure's")
                .isEqualTo("Město");
        assertThat(items.get(3).planned()).isEmpty();

        assertThat(ActionPlanGenerator.generate(tree(), 2021))
                .extracting(ActionPlanGenerator.Generated::nodeId)
                .containsExactly(M1, A1, M2);
        assertThat(ActionPlanGenerator.generate(tree(), 2025)).isEmpty();
    }

    @Test
    void theDifferenceMarksEachItemAndAddsUpPerPriorityAndForTheWholeActionPlan() {
        PlanTree tree = tree();
        Map<Long, ActionPlanDiff.NodeInfo> infos = new java.util.HashMap<>();
        tree.roots().forEach(p -> collect(p, p, infos));
        List<ActionItemData> data = List.of(
                // 1.1.1: the obec adds 70 000 → 1 520 000; total 4 450 000 → 4 520 000
                item(
                        11,
                        M1,
                        1,
                        ItemOrigin.GENERATED,
                        false,
                        amounts(MUNICIPALITY, 1_450_000, STATE, 2_100_000, USERS, 900_000),
                        amounts(MUNICIPALITY, 1_520_000, STATE, 2_100_000, USERS, 900_000),
                        "Město",
                        "Město",
                        ActionTerm.YEAR),
                item(12, A1, 2, ItemOrigin.GENERATED, false, Map.of(), Map.of(), "Město", "Město", ActionTerm.YEAR),
                // 2.1.1 left out: 700 000 planned, nothing budgeted
                item(
                        13,
                        M3,
                        3,
                        ItemOrigin.GENERATED,
                        true,
                        amounts(MUNICIPALITY, 80_000, EU, 620_000),
                        amounts(MUNICIPALITY, 80_000, EU, 620_000),
                        "Charita",
                        "Charita",
                        ActionTerm.YEAR),
                // 2.1.2 generated for its target, no money, someone else delivers it in the 3rd quarter
                item(14, M4, 4, ItemOrigin.GENERATED, false, Map.of(), Map.of(), "Spolek", "Město", ActionTerm.Q3),
                // 1.1.2 added: nothing planned for 2020, 40 000 from the obec
                item(
                        15,
                        M2,
                        5,
                        ItemOrigin.ADDED,
                        false,
                        Map.of(),
                        amounts(MUNICIPALITY, 40_000),
                        "Domov",
                        "Domov",
                        ActionTerm.YEAR));

        ActionPlanDiff.Result result = ActionPlanDiff.build(2020, data, infos);

        assertThat(result.items())
                .extracting(ActionItemView::number, ActionItemView::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1.1.1", ItemStatus.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("1.1.1.1", ItemStatus.UNCHANGED),
                        org.assertj.core.groups.Tuple.tuple("2.1.1", ItemStatus.REMOVED),
                        org.assertj.core.groups.Tuple.tuple("2.1.2", ItemStatus.CHANGED),
                        org.assertj.core.groups.Tuple.tuple("1.1.2", ItemStatus.ADDED));
        ActionItemView care = result.items().get(0);
        assertThat(care.plannedTotal()).isEqualTo(4_450_000);
        assertThat(care.budgetTotal()).isEqualTo(4_520_000);
        assertThat(care.difference()).isEqualTo(70_000);
        assertThat(care.difference(MUNICIPALITY)).isEqualTo(70_000);
        assertThat(care.difference(STATE)).isZero();
        assertThat(care.budgetChanged()).isTrue();
        assertThat(care.whoChanged()).isFalse();
        assertThat(care.sourcesShown()).containsExactly(MUNICIPALITY, STATE, USERS);
        ActionItemView club = result.items().get(3);
        assertThat(club.whoChanged()).isTrue();
        assertThat(club.whenChanged()).isTrue();
        assertThat(club.budgetChanged()).isFalse();
        ActionItemView removed = result.items().get(2);
        assertThat(removed.plannedTotal()).isEqualTo(700_000);
        assertThat(removed.budgetTotal()).isZero();
        // re-ordering: first/last among the items still in the plan
        assertThat(result.items()).extracting(ActionItemView::first).containsExactly(true, false, false, false, false);
        assertThat(result.items()).extracting(ActionItemView::last).containsExactly(false, false, false, false, true);

        // priority 1: planned 4 450 000 (1.1.1); budget 4 520 000 + 40 000 = 4 560 000
        // priority 2: planned 80 000 + 620 000 = 700 000; budget 0
        assertThat(result.priorities())
                .extracting(PriorityTotals::label, PriorityTotals::plannedTotal, PriorityTotals::budgetTotal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1 Senioři", 4_450_000L, 4_560_000L),
                        org.assertj.core.groups.Tuple.tuple("2 Rodiny", 700_000L, 0L));
        // whole: planned 4 450 000 + 700 000 = 5 150 000; budget 4 560 000; difference −590 000
        assertThat(result.planned().total()).isEqualTo(5_150_000);
        assertThat(result.budget().total()).isEqualTo(4_560_000);
        // obce: planned 1 450 000 + 80 000 = 1 530 000; budget 1 520 000 + 40 000 = 1 560 000
        assertThat(result.planned().cell(2020, MUNICIPALITY)).isEqualTo(1_530_000);
        assertThat(result.budget().cell(2020, MUNICIPALITY)).isEqualTo(1_560_000);
        assertThat(result.planned().cell(2020, EU)).isEqualTo(620_000);
        assertThat(result.budget().cell(2020, EU)).isZero();
    }

    @Test
    void aTermMustLieInTheYearWithItsDatesInOrder() {
        ActionPlanService.checkTerm(2020, ActionTerm.Q2, null, null);
        ActionPlanService.checkTerm(2020, ActionTerm.RANGE, LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 1));
        assertThatThrownBy(() -> ActionPlanService.checkTerm(
                        2020, ActionTerm.RANGE, LocalDate.of(2019, 12, 1), LocalDate.of(2020, 3, 1)))
                .isInstanceOf(FormRejectedException.class)
                .hasMessage("strategy.action.validation.date.year");
        assertThatThrownBy(() -> ActionPlanService.checkTerm(
                        2020, ActionTerm.RANGE, LocalDate.of(2020, 5, 1), LocalDate.of(2020, 3, 1)))
                .hasMessage("strategy.action.validation.date.order");
        assertThatThrownBy(() -> ActionPlanService.checkTerm(2020, ActionTerm.RANGE, null, LocalDate.of(2020, 3, 1)))
                .hasMessage("strategy.action.validation.date.required");
    }

    @Test
    void theBudgetFormReadsWholeCrownsAndRefusesNegativeAndAbsurdAmounts() {
        var input = ActionPlanForms.BudgetInput.read(Map.of(
                "b-MUNICIPALITY", "1 450 000 Kč",
                "b-STATE", "-5",
                "b-EU", "2000000000",
                "b-USERS", "abc",
                "b-REGION", ""));
        assertThat(input.amounts).containsEntry(MUNICIPALITY, 1_450_000L).containsEntry(FundingSource.REGION, 0L);
        assertThat(input.errors)
                .containsEntry("STATE", "strategy.validation.cost.negative")
                .containsEntry("EU", "strategy.action.validation.amount.absurd")
                .containsEntry("USERS", "strategy.validation.cost.number");
    }

    private static void collect(NodeView node, NodeView priority, Map<Long, ActionPlanDiff.NodeInfo> infos) {
        infos.put(
                node.id(),
                new ActionPlanDiff.NodeInfo(
                        node.id(), node.kind(), node.number(), node.title(), priority.id(), priority.label()));
        node.children().forEach(c -> collect(c, priority, infos));
    }

    private static Map<FundingSource, Long> amounts(Object... pairs) {
        Map<FundingSource, Long> map = new EnumMap<>(FundingSource.class);
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((FundingSource) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return map;
    }

    private static ActionItemData item(
            long id,
            long nodeId,
            int position,
            ItemOrigin origin,
            boolean removed,
            Map<FundingSource, Long> planned,
            Map<FundingSource, Long> budget,
            String plannedWho,
            String who,
            ActionTerm term) {
        return new ActionItemData(
                id, nodeId, position, origin, removed, planned, budget, plannedWho, who, term, null, null, null, 0);
    }

    private static NodeData node(
            long id,
            Long parent,
            NodeKind kind,
            int position,
            String title,
            String responsible,
            List<CostLine> costs,
            List<IndicatorView> indicators) {
        return new NodeData(
                id,
                parent,
                kind,
                position,
                title,
                null,
                kind == NodeKind.MEASURE ? MeasureKind.DEVELOP : null,
                List.of(),
                List.of(),
                List.of(),
                null,
                responsible,
                null,
                costs,
                indicators,
                0);
    }
}
