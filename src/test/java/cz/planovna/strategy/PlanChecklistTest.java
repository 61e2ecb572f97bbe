package cz.planovna.strategy;

import static cz.planovna.strategy.PlanTreeTest.c;
import static cz.planovna.strategy.PlanTreeTest.node;
import static cz.planovna.strategy.PlanTreeTest.withIndicator;
import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.strategy.CheckItem.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The § 3h checklist flags each kind of gap, on the right item, as an error or a warning. */
class PlanChecklistTest {

    static PlanSummary plan(String vision) {
        return new PlanSummary(1, 3101, "Plán", 2020, 2022, vision, PlanState.DRAFT, null, null, null, null, 0);
    }

    static List<String> found(PlanSummary plan, List<NodeData> nodes) {
        return PlanChecklist.check(plan, PlanTree.of(nodes)).stream()
                .map(i -> i.severity() + " " + i.messageKey().substring(PlanChecklist.PREFIX.length()) + " "
                        + i.subject())
                .toList();
    }

    @Test
    void aCompletePlanHasNoGaps() {
        List<NodeData> nodes = List.of(
                node(1, null, NodeKind.PRIORITY, 1, "Senioři"),
                node(2, 1L, NodeKind.GOAL, 1, "Doma"),
                withIndicator(
                        node(3, 2L, NodeKind.MEASURE, 1, "Pečovatelská", c(2020, FundingSource.STATE, 10)),
                        Map.of(2022, BigDecimal.TEN)));
        assertThat(found(plan("Vize"), nodes)).isEmpty();
    }

    @Test
    void anEmptyPlanMissesVisionAndPriorities() {
        assertThat(found(plan(" "), List.of())).containsExactly("ERROR vision null", "ERROR noPriorities null");
    }

    @Test
    void everyKindOfGapIsFlaggedOnItsItem() {
        NodeData noResponsible = new NodeData(
                6L,
                3L,
                NodeKind.MEASURE,
                2,
                "Bez realizátora",
                null,
                MeasureKind.KEEP,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                List.of(c(2021, FundingSource.EU, 1)),
                List.of(),
                0);
        List<NodeData> nodes = List.of(
                node(1, null, NodeKind.PRIORITY, 1, "Bez cílů"),
                node(2, null, NodeKind.PRIORITY, 2, "Senioři"),
                node(3, 2L, NodeKind.GOAL, 1, "Doma"),
                node(4, 2L, NodeKind.GOAL, 2, "Bez opatření"),
                withIndicator(node(5, 3L, NodeKind.MEASURE, 1, "Bez nákladů"), Map.of()),
                noResponsible,
                withIndicator(
                        node(7, 3L, NodeKind.MEASURE, 3, "Mimo období", c(2019, FundingSource.STATE, 5)),
                        Map.of(2025, BigDecimal.ONE)));

        assertThat(found(plan("Vize"), nodes))
                .containsExactly(
                        "ERROR priorityWithoutGoals 1 Bez cílů",
                        "ERROR measureWithoutCosts 2.1.1 Bez nákladů",
                        "ERROR indicatorWithoutTarget 2.1.1 Bez nákladů – Klienti",
                        "WARNING measureWithoutIndicators 2.1.2 Bez realizátora",
                        "WARNING measureWithoutResponsible 2.1.2 Bez realizátora",
                        "ERROR costsOutsideSpan 2.1.3 Mimo období",
                        "ERROR targetOutsideSpan 2.1.3 Mimo období – Klienti",
                        "ERROR goalWithoutMeasures 2.2 Bez opatření");
        CheckItem first = PlanChecklist.check(plan("Vize"), PlanTree.of(nodes)).get(0);
        assertThat(first.nodeId()).isEqualTo(1L);
        assertThat(first.severity()).isEqualTo(Severity.ERROR);
    }
}
