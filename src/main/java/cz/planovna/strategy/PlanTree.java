package cz.planovna.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds the numbered tree from the stored nodes and rolls the costs up. Numbers come from the
 * order of siblings (position, then id), so they are always 1…n without gaps, whatever positions
 * are stored. Nodes whose parent is missing (removed) are not shown.
 */
record PlanTree(List<NodeView> roots, CostTotals totals) {

    static PlanTree of(List<NodeData> nodes) {
        Map<Long, List<NodeData>> byParent = new HashMap<>();
        for (NodeData n : nodes) {
            byParent.computeIfAbsent(n.parentId(), p -> new ArrayList<>()).add(n);
        }
        List<NodeView> roots = children(null, "", byParent);
        return new PlanTree(
                roots, CostTotals.sum(roots.stream().map(NodeView::totals).toList()));
    }

    private static List<NodeView> children(Long parentId, String prefix, Map<Long, List<NodeData>> byParent) {
        List<NodeData> siblings = new ArrayList<>(byParent.getOrDefault(parentId, List.of()));
        siblings.sort(Comparator.comparingInt(NodeData::position).thenComparing(NodeData::id));
        List<NodeView> views = new ArrayList<>();
        for (int i = 0; i < siblings.size(); i++) {
            NodeData n = siblings.get(i);
            String number = prefix + (i + 1);
            List<NodeView> children = children(n.id(), number + ".", byParent);
            CostTotals totals = n.kind() == NodeKind.MEASURE
                    ? CostTotals.of(n.costs())
                    : CostTotals.sum(children.stream().map(NodeView::totals).toList());
            views.add(new NodeView(
                    n.id(),
                    n.parentId(),
                    n.kind(),
                    number,
                    n.title(),
                    n.description(),
                    n.measureKind(),
                    n.serviceTypes(),
                    n.targetGroups(),
                    n.municipalities(),
                    n.justification(),
                    n.responsible(),
                    n.partners(),
                    n.costs(),
                    n.indicators(),
                    totals,
                    children,
                    i == 0,
                    i == siblings.size() - 1,
                    n.version()));
        }
        return List.copyOf(views);
    }

    /** Every node, depth first in number order. */
    void forEach(Consumer<NodeView> action) {
        roots.forEach(r -> walk(r, action));
    }

    private static void walk(NodeView node, Consumer<NodeView> action) {
        action.accept(node);
        node.children().forEach(c -> walk(c, action));
    }

    List<NodeView> all() {
        List<NodeView> all = new ArrayList<>();
        forEach(all::add);
        return all;
    }
}
