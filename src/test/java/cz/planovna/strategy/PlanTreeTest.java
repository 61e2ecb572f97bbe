package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Numbering and roll-ups of the strategy tree, with sums computed by hand. */
class PlanTreeTest {

    static NodeData node(long id, Long parent, NodeKind kind, int position, String title, CostLine... costs) {
        return new NodeData(
                id,
                parent,
                kind,
                position,
                title,
                null,
                kind == NodeKind.MEASURE ? MeasureKind.KEEP : null,
                List.of(),
                List.of(),
                List.of(),
                null,
                "Město",
                null,
                List.of(costs),
                List.of(),
                0);
    }

    static NodeData withIndicator(NodeData n, Map<Integer, BigDecimal> targets) {
        return new NodeData(
                n.id(),
                n.parentId(),
                n.kind(),
                n.position(),
                n.title(),
                null,
                n.measureKind(),
                List.of(),
                List.of(),
                List.of(),
                null,
                n.responsible(),
                null,
                n.costs(),
                List.of(new IndicatorView(99L, "Klienti", "osob", BigDecimal.ONE, new TreeMap<>(targets))),
                0);
    }

    static CostLine c(int year, FundingSource source, long amount) {
        return new CostLine(year, source, amount);
    }

    /** Two priorities; the first with two goals; positions with gaps and out of order. */
    static List<NodeData> sample() {
        List<NodeData> nodes = new ArrayList<>();
        nodes.add(node(1, null, NodeKind.PRIORITY, 7, "Senioři"));
        nodes.add(node(2, null, NodeKind.PRIORITY, 3, "Rodiny"));
        nodes.add(node(10, 1L, NodeKind.GOAL, 2, "Doma"));
        nodes.add(node(11, 1L, NodeKind.GOAL, 1, "Pobytové"));
        nodes.add(node(
                100,
                10L,
                NodeKind.MEASURE,
                1,
                "Pečovatelská",
                c(2020, FundingSource.MUNICIPALITY, 1_450_000),
                c(2020, FundingSource.STATE, 2_100_000),
                c(2021, FundingSource.MUNICIPALITY, 1_500_000)));
        nodes.add(node(
                101,
                10L,
                NodeKind.MEASURE,
                2,
                "Odlehčovací",
                c(2020, FundingSource.USERS, 310_000),
                c(2021, FundingSource.STATE, 495_000)));
        nodes.add(node(102, 11L, NodeKind.MEASURE, 1, "Domov", c(2022, FundingSource.REGION, 3_400_000)));
        nodes.add(node(1000, 100L, NodeKind.ACTIVITY, 1, "Víkendy"));
        nodes.add(node(103, 20L, NodeKind.MEASURE, 1, "Pod neexistujícím cílem", c(2020, FundingSource.EU, 5)));
        return nodes;
    }

    @Test
    void numbersFollowTheOrderOfSiblingsWithoutGaps() {
        PlanTree tree = PlanTree.of(sample());

        assertThat(tree.all().stream().map(NodeView::label))
                .containsExactly(
                        "1 Rodiny",
                        "2 Senioři",
                        "2.1 Pobytové",
                        "2.1.1 Domov",
                        "2.2 Doma",
                        "2.2.1 Pečovatelská",
                        "2.2.1.1 Víkendy",
                        "2.2.2 Odlehčovací");
        NodeView seniors = tree.roots().get(1);
        assertThat(seniors.first()).isFalse();
        assertThat(seniors.last()).isTrue();
        assertThat(tree.roots().get(0).first()).isTrue();
    }

    @Test
    void costsRollUpToGoalsPrioritiesAndThePlan() {
        PlanTree tree = PlanTree.of(sample());
        NodeView seniors = tree.roots().get(1);
        NodeView home = seniors.children().get(1);
        NodeView care = home.children().get(0);

        // measure: 1 450 000 + 2 100 000 + 1 500 000
        assertThat(care.totals().total()).isEqualTo(5_050_000);
        assertThat(care.totals().yearTotal(2020)).isEqualTo(3_550_000);
        // goal "Doma": 5 050 000 + 310 000 + 495 000
        assertThat(home.totals().total()).isEqualTo(5_855_000);
        assertThat(home.totals().cell(2021, FundingSource.STATE)).isEqualTo(495_000);
        assertThat(home.totals().sourceTotal(FundingSource.MUNICIPALITY)).isEqualTo(2_950_000);
        // priority: 5 855 000 + 3 400 000
        assertThat(seniors.totals().total()).isEqualTo(9_255_000);
        assertThat(seniors.totals().yearTotal(2022)).isEqualTo(3_400_000);
        // plan: the empty priority adds nothing; the orphan measure is not part of the tree
        assertThat(tree.totals().total()).isEqualTo(9_255_000);
        assertThat(tree.totals().yearTotal(2020)).isEqualTo(1_450_000 + 2_100_000 + 310_000);
        assertThat(tree.totals().years()).containsExactly(2020, 2021, 2022);
        assertThat(tree.roots().get(0).totals().isEmpty()).isTrue();
    }

    @Test
    void costsOfTheSameCellAreAdded() {
        CostTotals totals = CostTotals.of(List.of(c(2020, FundingSource.EU, 100), c(2020, FundingSource.EU, 23)));
        assertThat(totals.cell(2020, FundingSource.EU)).isEqualTo(123);
        assertThat(totals.cell(2021, FundingSource.EU)).isZero();
    }
}
