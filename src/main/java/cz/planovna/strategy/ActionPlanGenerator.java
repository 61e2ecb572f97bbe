package cz.planovna.strategy;

import java.util.ArrayList;
import java.util.List;

/**
 * Which measures and activities of a medium-term plan make up the action plan of a year: every
 * measure with costs in that year or an indicator target for it, with its planned amounts of the
 * year by funding source, followed by its activities (they have no amounts of their own), in the
 * order of the plan's tree.
 */
final class ActionPlanGenerator {

    private ActionPlanGenerator() {}

    /** One item to create: the node, what was planned for the year, who is responsible. */
    record Generated(long nodeId, NodeKind kind, List<CostLine> planned, String responsible) {}

    static List<Generated> generate(PlanTree tree, int year) {
        List<Generated> items = new ArrayList<>();
        tree.forEach(node -> {
            if (node.kind() == NodeKind.MEASURE && scheduled(node, year)) {
                items.add(new Generated(
                        node.id(),
                        NodeKind.MEASURE,
                        node.costs().stream()
                                .filter(c -> c.year() == year && c.amount() > 0)
                                .toList(),
                        node.responsible()));
                for (NodeView activity : node.children()) {
                    items.add(new Generated(
                            activity.id(),
                            NodeKind.ACTIVITY,
                            List.of(),
                            activity.responsible() != null ? activity.responsible() : node.responsible()));
                }
            }
        });
        return items;
    }

    static boolean scheduled(NodeView measure, int year) {
        return measure.totals().yearTotal(year) > 0
                || measure.indicators().stream().anyMatch(i -> i.target(year) != null);
    }
}
