package cz.planovna.strategy;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of action plans, for those who edit an ORP's planning (EDIT_PLANNING). Only a draft is
 * changed; every change is checked against the version the form showed and written to the action
 * plan's change log. An approved action plan goes back to a draft only with a recorded reason.
 */
@Service
@Transactional
class ActionPlanService {

    static final int REASON_MAX = 2000;

    private final PlanRepository plans;
    private final ActionPlanRepository actionPlans;
    private final ActionItemRepository items;
    private final ActionChangeRepository changes;
    private final NodeRepository nodes;
    private final StrategyService strategy;
    private final StrategyAccess access;
    private final Clock clock;

    ActionPlanService(
            PlanRepository plans,
            ActionPlanRepository actionPlans,
            ActionItemRepository items,
            ActionChangeRepository changes,
            NodeRepository nodes,
            StrategyService strategy,
            StrategyAccess access,
            ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.actionPlans = actionPlans;
        this.items = items;
        this.changes = changes;
        this.nodes = nodes;
        this.strategy = strategy;
        this.access = access;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    /** Generates the action plan of a year inside the plan's span from the plan's tree. */
    long generate(int code, long planId, int year) {
        access.check(code, Action.EDIT_PLANNING);
        StrategicPlan plan = plan(code, planId);
        if (!plan.contains(year)) {
            throw new FormRejectedException("year", "strategy.action.validation.year.span");
        }
        if (actionPlans.existsByPlanIdAndYear(planId, year)) {
            throw new FormRejectedException("year", "strategy.action.validation.year.duplicate");
        }
        ActionPlan actionPlan = actionPlans.save(new ActionPlan(planId, year, now()));
        List<ActionPlanGenerator.Generated> generated = ActionPlanGenerator.generate(strategy.tree(planId), year);
        int position = 1;
        for (ActionPlanGenerator.Generated g : generated) {
            items.save(new ActionItem(
                    actionPlan.id(), g.nodeId(), position++, ItemOrigin.GENERATED, g.planned(), g.responsible()));
        }
        log(actionPlan.id(), "action.generated", String.valueOf(generated.size()));
        return actionPlan.id();
    }

    void updateItem(
            int code,
            long planId,
            long actionPlanId,
            long itemId,
            long version,
            Map<FundingSource, Long> budget,
            String responsible,
            ActionTerm term,
            LocalDate from,
            LocalDate to,
            String note) {
        ActionPlan actionPlan = draft(code, planId, actionPlanId);
        ActionItem item = versioned(code, planId, actionPlan, itemId, version, responsible);
        if (item.removed()) {
            throw new FormRejectedException(null, "strategy.action.validation.itemRemoved");
        }
        checkTerm(actionPlan.year(), term, from, to);
        for (long amount : budget.values()) {
            if (amount < 0) {
                throw new FormRejectedException(null, "strategy.validation.cost.negative");
            }
            if (amount > ActionItem.AMOUNT_MAX) {
                throw new FormRejectedException(null, "strategy.action.validation.amount.absurd");
            }
        }
        item.budget(budget);
        item.schedule(responsible, term, from, to, note);
        actionPlan.touch(now());
        log(actionPlanId, "action.itemEdited", title(item));
    }

    /** Checks the term: a date range needs both dates, in order, inside the year. */
    static void checkTerm(int year, ActionTerm term, LocalDate from, LocalDate to) {
        if (term == null) {
            throw new FormRejectedException("term", "strategy.action.validation.term.required");
        }
        if (term == ActionTerm.RANGE) {
            if (from == null) {
                throw new FormRejectedException("dateFrom", "strategy.action.validation.date.required");
            }
            if (to == null) {
                throw new FormRejectedException("dateTo", "strategy.action.validation.date.required");
            }
            if (from.getYear() != year) {
                throw new FormRejectedException("dateFrom", "strategy.action.validation.date.year");
            }
            if (to.getYear() != year) {
                throw new FormRejectedException("dateTo", "strategy.action.validation.date.year");
            }
            if (from.isAfter(to)) {
                throw new FormRejectedException("dateTo", "strategy.action.validation.date.order");
            }
        }
    }

    void removeItem(int code, long planId, long actionPlanId, long itemId, long version) {
        ActionPlan actionPlan = draft(code, planId, actionPlanId);
        ActionItem item = versioned(code, planId, actionPlan, itemId, version, null);
        if (item.removed()) {
            return;
        }
        item.remove();
        renumber(actionPlanId, null);
        actionPlan.touch(now());
        log(actionPlanId, "action.itemRemoved", title(item));
    }

    void moveItem(int code, long planId, long actionPlanId, long itemId, long version, boolean up) {
        ActionPlan actionPlan = draft(code, planId, actionPlanId);
        ActionItem item = versioned(code, planId, actionPlan, itemId, version, null);
        List<ActionItem> active = active(actionPlanId);
        int index = active.indexOf(item);
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= active.size()) {
            return;
        }
        active.set(index, active.get(other));
        active.set(other, item);
        for (int i = 0; i < active.size(); i++) {
            if (active.get(i).position() != i + 1) {
                active.get(i).moveTo(i + 1);
            }
        }
        actionPlan.touch(now());
        log(actionPlanId, up ? "action.itemMovedUp" : "action.itemMovedDown", title(item));
    }

    /** Adds a measure or activity of the plan (or takes a left-out one back) as the last item. */
    long addItem(int code, long planId, long actionPlanId, long version, long nodeId) {
        ActionPlan actionPlan = draft(code, planId, actionPlanId);
        if (actionPlan.version() != version) {
            throw new StaleEditException(
                    String.valueOf(actionPlan.year()),
                    null,
                    null,
                    ActionPlanUrls.detail(code, planId, actionPlanId),
                    false);
        }
        NodeView node = strategy.tree(planId).all().stream()
                .filter(n -> n.id() == nodeId && (n.kind() == NodeKind.MEASURE || n.kind() == NodeKind.ACTIVITY))
                .findFirst()
                .orElseThrow(() -> new FormRejectedException("nodeId", "strategy.action.validation.node"));
        int last = active(actionPlanId).stream()
                .mapToInt(ActionItem::position)
                .max()
                .orElse(0);
        ActionItem item = items.findByActionPlanId(actionPlanId).stream()
                .filter(i -> i.nodeId() == nodeId)
                .findFirst()
                .orElse(null);
        if (item != null && !item.removed()) {
            throw new FormRejectedException("nodeId", "strategy.action.validation.node.present");
        }
        if (item != null) {
            item.restore();
            item.moveTo(last + 1);
        } else {
            int year = actionPlan.year();
            List<CostLine> planned = node.kind() == NodeKind.MEASURE
                    ? node.costs().stream().filter(c -> c.year() == year).toList()
                    : List.of();
            item = items.save(
                    new ActionItem(actionPlanId, nodeId, last + 1, ItemOrigin.ADDED, planned, node.responsible()));
        }
        actionPlan.touch(now());
        log(actionPlanId, "action.itemAdded", node.title());
        return item.id();
    }

    void approve(
            int code,
            long planId,
            long actionPlanId,
            long version,
            String approvedBy,
            LocalDate approvedOn,
            String resolution) {
        access.check(code, Action.EDIT_PLANNING);
        ActionPlan actionPlan = actionPlan(code, planId, actionPlanId);
        if (actionPlan.version() != version) {
            throw new StaleEditException(
                    String.valueOf(actionPlan.year()),
                    ActionPlanState.APPROVED.messageKey(),
                    actionPlan.state().messageKey(),
                    ActionPlanUrls.detail(code, planId, actionPlanId),
                    true);
        }
        actionPlan.approve(approvedBy, approvedOn, resolution, now());
        log(actionPlanId, "action.approved", approvedBy.strip() + ", " + resolution.strip());
    }

    void returnToDraft(int code, long planId, long actionPlanId, long version, String reason) {
        access.check(code, Action.EDIT_PLANNING);
        ActionPlan actionPlan = actionPlan(code, planId, actionPlanId);
        if (actionPlan.version() != version) {
            throw new StaleEditException(
                    String.valueOf(actionPlan.year()),
                    ActionPlanState.DRAFT.messageKey(),
                    actionPlan.state().messageKey(),
                    ActionPlanUrls.detail(code, planId, actionPlanId),
                    true);
        }
        String why = Texts.optional(reason, REASON_MAX);
        if (why == null) {
            throw new FormRejectedException("reason", "strategy.action.validation.reason.required");
        }
        actionPlan.returnToDraft(now());
        log(actionPlanId, "action.returned", why);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private StrategicPlan plan(int code, long planId) {
        return plans.findByIdAndDistrictCode(planId, code).orElseThrow(() -> new NotFoundException("plan " + planId));
    }

    private ActionPlan actionPlan(int code, long planId, long actionPlanId) {
        plan(code, planId);
        return actionPlans
                .findByIdAndPlanId(actionPlanId, planId)
                .orElseThrow(() -> new NotFoundException("action plan " + actionPlanId));
    }

    private ActionPlan draft(int code, long planId, long actionPlanId) {
        access.check(code, Action.EDIT_PLANNING);
        ActionPlan actionPlan = actionPlan(code, planId, actionPlanId);
        if (actionPlan.state() != ActionPlanState.DRAFT) {
            throw new FormRejectedException(null, "strategy.action.validation.locked");
        }
        return actionPlan;
    }

    private ActionItem versioned(
            int code, long planId, ActionPlan actionPlan, long itemId, long version, String submitted) {
        ActionItem item = items.findByIdAndActionPlanId(itemId, actionPlan.id())
                .orElseThrow(() -> new NotFoundException("action item " + itemId));
        if (item.version() != version) {
            throw new StaleEditException(
                    title(item),
                    submitted,
                    item.toData().responsible(),
                    ActionPlanUrls.detail(code, planId, actionPlan.id()) + "#polozka-" + itemId,
                    false);
        }
        return item;
    }

    private List<ActionItem> active(long actionPlanId) {
        return new ArrayList<>(items.findByActionPlanId(actionPlanId).stream()
                .filter(i -> !i.removed())
                .sorted(Comparator.comparingInt(ActionItem::position).thenComparing(ActionItem::id))
                .toList());
    }

    private void renumber(long actionPlanId, ActionItem skip) {
        List<ActionItem> active = active(actionPlanId);
        active.remove(skip);
        for (int i = 0; i < active.size(); i++) {
            if (active.get(i).position() != i + 1) {
                active.get(i).moveTo(i + 1);
            }
        }
    }

    private String title(ActionItem item) {
        return nodes.findById(item.nodeId()).map(StrategyNode::title).orElse("?");
    }

    private void log(long actionPlanId, String action, String subject) {
        changes.save(new ActionPlanChange(actionPlanId, now(), access.userName(), action, subject));
    }

    private Instant now() {
        return clock.instant();
    }
}
