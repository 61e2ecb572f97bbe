package cz.planovna.strategy;

import cz.planovna.strategy.CheckItem.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * Which parts the law (§ 3h of Act 108/2006) expects of the strategic part are still empty or
 * inconsistent. Errors block approval; warnings are shown but the plan may be approved.
 */
final class PlanChecklist {

    static final String PREFIX = "strategy.check.";

    private PlanChecklist() {}

    static List<CheckItem> check(PlanSummary plan, PlanTree tree) {
        List<CheckItem> items = new ArrayList<>();
        if (plan.vision() == null || plan.vision().isBlank()) {
            items.add(new CheckItem(Severity.ERROR, PREFIX + "vision", null, null));
        }
        if (tree.roots().isEmpty()) {
            items.add(new CheckItem(Severity.ERROR, PREFIX + "noPriorities", null, null));
        }
        tree.forEach(node -> {
            String subject = node.label();
            switch (node.kind()) {
                case PRIORITY -> {
                    if (node.children().isEmpty()) {
                        items.add(new CheckItem(Severity.ERROR, PREFIX + "priorityWithoutGoals", node.id(), subject));
                    }
                }
                case GOAL -> {
                    if (node.children().isEmpty()) {
                        items.add(new CheckItem(Severity.ERROR, PREFIX + "goalWithoutMeasures", node.id(), subject));
                    }
                }
                case MEASURE -> {
                    if (node.costs().isEmpty()) {
                        items.add(new CheckItem(Severity.ERROR, PREFIX + "measureWithoutCosts", node.id(), subject));
                    }
                    if (node.costs().stream().anyMatch(c -> c.year() < plan.yearFrom() || c.year() > plan.yearTo())) {
                        items.add(new CheckItem(Severity.ERROR, PREFIX + "costsOutsideSpan", node.id(), subject));
                    }
                    if (node.indicators().isEmpty()) {
                        items.add(new CheckItem(
                                Severity.WARNING, PREFIX + "measureWithoutIndicators", node.id(), subject));
                    }
                    for (IndicatorView indicator : node.indicators()) {
                        if (indicator.targets().isEmpty()) {
                            items.add(new CheckItem(
                                    Severity.ERROR,
                                    PREFIX + "indicatorWithoutTarget",
                                    node.id(),
                                    subject + " – " + indicator.name()));
                        } else if (indicator.targets().keySet().stream()
                                .anyMatch(y -> y < plan.yearFrom() || y > plan.yearTo())) {
                            items.add(new CheckItem(
                                    Severity.ERROR,
                                    PREFIX + "targetOutsideSpan",
                                    node.id(),
                                    subject + " – " + indicator.name()));
                        }
                    }
                    if (node.responsible() == null) {
                        items.add(new CheckItem(
                                Severity.WARNING, PREFIX + "measureWithoutResponsible", node.id(), subject));
                    }
                }
                case ACTIVITY -> {
                    // activities are optional detail of a measure
                }
            }
        });
        return List.copyOf(items);
    }
}
