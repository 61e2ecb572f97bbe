package cz.planovna.strategy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/** Action plans for tests, made through the repositories (like the demo data), never assuming empty tables. */
class ActionPlanMother {

    private final ActionPlanRepository actionPlans;
    private final ActionItemRepository items;
    private final StrategyService strategy;
    private final TransactionTemplate tx;

    ActionPlanMother(
            ActionPlanRepository actionPlans,
            ActionItemRepository items,
            StrategyService strategy,
            TransactionTemplate tx) {
        this.actionPlans = actionPlans;
        this.items = items;
        this.strategy = strategy;
        this.tx = tx;
    }

    /** The action plan of a year generated from the plan's tree, in draft. */
    long generated(long planId, int year) {
        return tx.execute(s -> {
            ActionPlan actionPlan = actionPlans.save(new ActionPlan(planId, year, Instant.now()));
            int position = 1;
            for (ActionPlanGenerator.Generated g : ActionPlanGenerator.generate(strategy.tree(planId), year)) {
                items.save(new ActionItem(
                        actionPlan.id(), g.nodeId(), position++, ItemOrigin.GENERATED, g.planned(), g.responsible()));
            }
            return actionPlan.id();
        });
    }

    /** An action plan without items (so that any measure may be added). */
    long empty(long planId, int year) {
        return tx.execute(s ->
                actionPlans.save(new ActionPlan(planId, year, Instant.now())).id());
    }

    long approved(long planId, int year) {
        long id = generated(planId, year);
        tx.executeWithoutResult(s -> actionPlans
                .findById(id)
                .orElseThrow()
                .approve("Rada města", LocalDate.of(year, 2, 10), "RM/1/" + year, Instant.now()));
        return id;
    }

    /** Item ids in their order. */
    List<Long> itemIds(long actionPlanId) {
        return tx.execute(s -> items.findByActionPlanId(actionPlanId).stream()
                .sorted(Comparator.comparingInt(ActionItem::position))
                .map(ActionItem::id)
                .toList());
    }

    long itemVersion(long itemId) {
        return items.findById(itemId).orElseThrow().version();
    }

    long version(long actionPlanId) {
        return actionPlans.findById(actionPlanId).orElseThrow().version();
    }

    ActionPlanState state(long actionPlanId) {
        return actionPlans.findById(actionPlanId).orElseThrow().state();
    }

    ActionItemData item(long itemId) {
        return tx.execute(s -> items.findById(itemId).orElseThrow().toData());
    }
}
