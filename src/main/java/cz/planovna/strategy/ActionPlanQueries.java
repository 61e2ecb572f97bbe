package cz.planovna.strategy;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.web.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading action plans: the coordinator's pages (VIEW_INTERNAL), the public pages (approved action
 * plans of public plans only), and the read API for the plan document and monitoring.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlanQueries {

    static final int CHANGES_SHOWN = 30;
    private static final List<PlanState> PUBLIC_STATES =
            List.of(PlanState.PUBLIC_COMMENTING, PlanState.APPROVED, PlanState.IN_FORCE, PlanState.EVALUATED);

    private final PlanRepository plans;
    private final NodeRepository nodes;
    private final ActionPlanRepository actionPlans;
    private final ActionItemRepository items;
    private final ActionChangeRepository changes;
    private final StrategyService strategy;
    private final StrategyAccess access;

    ActionPlanQueries(
            PlanRepository plans,
            NodeRepository nodes,
            ActionPlanRepository actionPlans,
            ActionItemRepository items,
            ActionChangeRepository changes,
            StrategyService strategy,
            StrategyAccess access) {
        this.plans = plans;
        this.nodes = nodes;
        this.actionPlans = actionPlans;
        this.items = items;
        this.changes = changes;
        this.strategy = strategy;
        this.access = access;
    }

    /** The action plans of a medium-term plan, by year. */
    public List<ActionPlanSummary> actionPlans(int code, long planId) {
        access.check(code, Action.VIEW_INTERNAL);
        StrategicPlan plan = plan(code, planId);
        return actionPlans.findByPlanIdOrderByYearAsc(planId).stream()
                .map(a -> a.toSummary(plan))
                .toList();
    }

    /** An action plan with its items, the difference, the totals and (internal) its change log. */
    public ActionPlanView actionPlan(int code, long planId, long actionPlanId) {
        access.check(code, Action.VIEW_INTERNAL);
        StrategicPlan plan = plan(code, planId);
        ActionPlan actionPlan = actionPlans
                .findByIdAndPlanId(actionPlanId, planId)
                .orElseThrow(() -> new NotFoundException("action plan " + actionPlanId));
        boolean mayEdit = access.may(code, Action.EDIT_PLANNING);
        return view(code, plan, actionPlan, true, mayEdit);
    }

    /** One item of an action plan, for its edit form. */
    public ActionItemView item(int code, long planId, long actionPlanId, long itemId) {
        access.check(code, Action.EDIT_PLANNING);
        return actionPlan(code, planId, actionPlanId).items().stream()
                .filter(i -> i.id() == itemId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("action item " + itemId));
    }

    /** The approved action plans of a public medium-term plan (links on the public plan page). */
    public List<ActionPlanSummary> publicActionPlans(int code, long planId) {
        StrategicPlan plan = plans.findByIdAndDistrictCode(planId, code).orElse(null);
        if (plan == null || !plan.state().isPublic()) {
            return List.of();
        }
        return actionPlans.findByPlanIdOrderByYearAsc(planId).stream()
                .filter(a -> a.state() == ActionPlanState.APPROVED)
                .map(a -> a.toSummary(plan))
                .toList();
    }

    /**
     * The public view of the approved action plan of a year (of the given plan, else of the public
     * plan with the latest span); 404 when there is none, drafts included.
     */
    public ActionPlanView publicActionPlan(int code, int year, Long planId) {
        access.orp(code);
        List<StrategicPlan> visible = plans.findByDistrictCodeAndStateIn(code, PUBLIC_STATES).stream()
                .filter(p -> planId == null || p.id().equals(planId))
                .toList();
        Map<Long, StrategicPlan> byId = new HashMap<>();
        visible.forEach(p -> byId.put(p.id(), p));
        if (byId.isEmpty()) {
            throw new NotFoundException("no public plan of " + code);
        }
        return actionPlans.findByPlanIdInAndStateAndYear(byId.keySet(), ActionPlanState.APPROVED, year).stream()
                .max(Comparator.comparingInt(
                                (ActionPlan a) -> byId.get(a.planId()).yearFrom())
                        .thenComparing(ActionPlan::id))
                .map(a -> view(code, byId.get(a.planId()), a, false, false))
                .orElseThrow(() -> new NotFoundException("public action plan " + year));
    }

    private StrategicPlan plan(int code, long planId) {
        return plans.findByIdAndDistrictCode(planId, code).orElseThrow(() -> new NotFoundException("plan " + planId));
    }

    private ActionPlanView view(
            int code, StrategicPlan plan, ActionPlan actionPlan, boolean internal, boolean mayEdit) {
        PlanTree tree = strategy.tree(plan.id());
        List<ActionItemData> data = items.findByActionPlanId(actionPlan.id()).stream()
                .map(ActionItem::toData)
                .toList();
        Map<Long, ActionPlanDiff.NodeInfo> infos = nodeInfos(tree, data);
        ActionPlanDiff.Result result = ActionPlanDiff.build(actionPlan.year(), data, infos);
        List<ChangeView> log = internal
                ? changes.findByActionPlanId(
                                actionPlan.id(),
                                PageRequest.of(
                                        0, CHANGES_SHOWN, Sort.by(Sort.Order.desc("changedAt"), Sort.Order.desc("id"))))
                        .map(ActionPlanChange::toView)
                        .getContent()
                : List.of();
        boolean editable = mayEdit && actionPlan.state() == ActionPlanState.DRAFT;
        List<AddableNode> addable = new ArrayList<>();
        if (editable) {
            Set<Long> present = new HashSet<>();
            data.stream().filter(d -> !d.removed()).forEach(d -> present.add(d.nodeId()));
            tree.forEach(n -> {
                if ((n.kind() == NodeKind.MEASURE || n.kind() == NodeKind.ACTIVITY) && !present.contains(n.id())) {
                    addable.add(new AddableNode(n.id(), n.kind(), n.label()));
                }
            });
        }
        return new ActionPlanView(
                access.orp(code),
                actionPlan.toSummary(plan),
                result.items(),
                result.priorities(),
                result.planned(),
                result.budget(),
                log,
                addable,
                mayEdit,
                editable);
    }

    /** Number, title and priority area of every node of the tree and of removed nodes items refer to. */
    private Map<Long, ActionPlanDiff.NodeInfo> nodeInfos(PlanTree tree, List<ActionItemData> data) {
        Map<Long, ActionPlanDiff.NodeInfo> infos = new HashMap<>();
        for (NodeView priority : tree.roots()) {
            collect(priority, priority, infos);
        }
        for (ActionItemData d : data) {
            if (!infos.containsKey(d.nodeId())) {
                StrategyNode node = nodes.findById(d.nodeId()).orElseThrow();
                StrategyNode top = node;
                while (top.parentId() != null) {
                    top = nodes.findById(top.parentId()).orElseThrow();
                }
                ActionPlanDiff.NodeInfo topInfo = infos.get(top.id());
                infos.put(
                        node.id(),
                        new ActionPlanDiff.NodeInfo(
                                node.id(),
                                node.kind(),
                                null,
                                node.title(),
                                top.id(),
                                topInfo != null ? topInfo.priorityLabel() : top.title()));
            }
        }
        return infos;
    }

    private static void collect(NodeView node, NodeView priority, Map<Long, ActionPlanDiff.NodeInfo> infos) {
        infos.put(
                node.id(),
                new ActionPlanDiff.NodeInfo(
                        node.id(), node.kind(), node.number(), node.title(), priority.id(), priority.label()));
        node.children().forEach(c -> collect(c, priority, infos));
    }
}
