package cz.planovna.strategy;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Guards the medium-term plan's tree: a measure or activity that an action plan contains cannot be
 * removed; the refusal names the action plans, so the coordinator knows what to change first.
 */
@Component
class ActionPlanReferences {

    private final ActionItemRepository items;
    private final ActionPlanRepository actionPlans;

    ActionPlanReferences(ActionItemRepository items, ActionPlanRepository actionPlans) {
        this.items = items;
        this.actionPlans = actionPlans;
    }

    /** An action plan that refers to a node. */
    record Reference(long actionPlanId, int year, ActionPlanState state) {}

    List<Reference> referencing(long nodeId) {
        return items.findByNodeIdAndRemovedFalse(nodeId).stream()
                .map(i -> actionPlans.findById(i.actionPlanId()).orElseThrow())
                .map(a -> new Reference(a.id(), a.year(), a.state()))
                .sorted(Comparator.comparingInt(Reference::year))
                .toList();
    }

    /** Refuses the removal of a node that an action plan contains. */
    void checkUnused(int code, long planId, StrategyNode node) {
        List<Reference> references = referencing(node.id());
        if (!references.isEmpty()) {
            throw new NodeInUseException(code, planId, node.title(), references);
        }
    }
}
