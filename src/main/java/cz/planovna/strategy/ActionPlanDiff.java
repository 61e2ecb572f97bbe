package cz.planovna.strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares an action plan with what its medium-term plan planned for the year and adds it up (with
 * {@link CostTotals}, the one place where amounts are summed): per item, per priority area and for
 * the whole action plan. Left-out items count as planned with no budget; only measures carry
 * amounts.
 */
final class ActionPlanDiff {

    private ActionPlanDiff() {}

    /** What the tree says about the node an item refers to; {@code number} is null once removed. */
    record NodeInfo(long id, NodeKind kind, String number, String title, Long priorityId, String priorityLabel) {}

    record Result(List<ActionItemView> items, List<PriorityTotals> priorities, CostTotals planned, CostTotals budget) {}

    static Result build(int year, List<ActionItemData> data, Map<Long, NodeInfo> nodes) {
        List<ActionItemData> sorted = new ArrayList<>(data);
        sorted.sort(Comparator.comparingInt(ActionItemData::position).thenComparingLong(ActionItemData::id));
        List<ActionItemData> active = sorted.stream().filter(d -> !d.removed()).toList();
        List<ActionItemView> views = new ArrayList<>();
        for (ActionItemData d : sorted) {
            NodeInfo node = nodes.get(d.nodeId());
            if (node == null) {
                throw new IllegalStateException("node of action item missing: " + d.nodeId());
            }
            boolean amounts = node.kind() == NodeKind.MEASURE;
            CostTotals planned = amounts ? totals(year, d.planned()) : totals(year, Map.of());
            CostTotals budget = amounts && !d.removed() ? totals(year, d.budget()) : totals(year, Map.of());
            boolean budgetChanged = amounts
                    && !d.removed()
                    && java.util.Arrays.stream(FundingSource.values())
                            .anyMatch(s -> planned.cell(year, s) != budget.cell(year, s));
            boolean whoChanged = !d.removed() && !Objects.equals(d.plannedResponsible(), d.responsible());
            boolean whenChanged = !d.removed() && d.term() != ActionTerm.YEAR;
            ItemStatus status = d.removed()
                    ? ItemStatus.REMOVED
                    : d.origin() == ItemOrigin.ADDED
                            ? ItemStatus.ADDED
                            : budgetChanged || whoChanged || whenChanged ? ItemStatus.CHANGED : ItemStatus.UNCHANGED;
            int index = active.indexOf(d);
            views.add(new ActionItemView(
                    d.id(),
                    d.nodeId(),
                    node.kind(),
                    node.number(),
                    node.title(),
                    node.priorityId(),
                    year,
                    d.origin(),
                    status,
                    planned,
                    budget,
                    d.plannedResponsible(),
                    d.responsible(),
                    whoChanged,
                    d.term(),
                    d.dateFrom(),
                    d.dateTo(),
                    whenChanged,
                    budgetChanged,
                    d.note(),
                    index == 0,
                    index == active.size() - 1,
                    d.version()));
        }
        Map<Long, List<ActionItemView>> byPriority = new LinkedHashMap<>();
        Map<Long, String> labels = new LinkedHashMap<>();
        nodes.values().stream()
                .filter(n -> n.priorityId() != null)
                .sorted(Comparator.comparing((NodeInfo n) -> numberKey(nodes.get(n.priorityId()))))
                .forEach(n -> labels.putIfAbsent(n.priorityId(), n.priorityLabel()));
        labels.keySet().forEach(p -> byPriority.put(p, new ArrayList<>()));
        views.forEach(v -> byPriority
                .computeIfAbsent(v.priorityId(), p -> new ArrayList<>())
                .add(v));
        List<PriorityTotals> priorities = new ArrayList<>();
        byPriority.forEach((priority, items) -> {
            if (!items.isEmpty()) {
                priorities.add(new PriorityTotals(
                        priority,
                        labels.getOrDefault(priority, "–"),
                        year,
                        CostTotals.sum(
                                items.stream().map(ActionItemView::planned).toList()),
                        CostTotals.sum(
                                items.stream().map(ActionItemView::budget).toList())));
            }
        });
        return new Result(
                List.copyOf(views),
                List.copyOf(priorities),
                CostTotals.sum(priorities.stream().map(PriorityTotals::planned).toList()),
                CostTotals.sum(priorities.stream().map(PriorityTotals::budget).toList()));
    }

    private static CostTotals totals(int year, Map<FundingSource, Long> amounts) {
        return CostTotals.of(amounts.entrySet().stream()
                .map(e -> new CostLine(year, e.getKey(), e.getValue()))
                .toList());
    }

    /** Sort key of a tree number: removed (no number) last, else "1.10" after "1.9". */
    private static String numberKey(NodeInfo node) {
        if (node == null || node.number() == null) {
            return "~";
        }
        StringBuilder key = new StringBuilder();
        for (String part : node.number().split("\\.")) {
            key.append(String.format("%05d", Integer.parseInt(part))).append('.');
        }
        return key.toString();
    }
}
