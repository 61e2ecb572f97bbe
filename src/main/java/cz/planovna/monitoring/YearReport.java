package cz.planovna.monitoring;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The monitoring of a plan in one year: the tree with fulfilment, the plan's total, the money. */
public record YearReport(long planId, int year, List<PriorityProgress> priorities, Fulfilment total, Money money) {

    public List<MeasureProgress> measures() {
        return priorities.stream()
                .flatMap(p -> p.goals().stream())
                .flatMap(g -> g.measures().stream())
                .toList();
    }

    /** How many measures are in each state. */
    public Map<ItemState, Long> countsByState() {
        Map<ItemState, Long> counts = new java.util.EnumMap<>(ItemState.class);
        for (ItemState s : ItemState.values()) {
            counts.put(s, 0L);
        }
        counts.putAll(
                measures().stream().collect(Collectors.groupingBy(MeasureProgress::state, Collectors.counting())));
        return counts;
    }
}
