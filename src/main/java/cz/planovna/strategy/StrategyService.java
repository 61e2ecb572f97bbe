package cz.planovna.strategy;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import java.math.BigDecimal;
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
 * Changes of medium-term plans, for those who edit an ORP's planning (EDIT_PLANNING). Every change
 * is checked against the version the form showed and written to the plan's change log. A plan in
 * draft or public commenting is edited freely; an approved plan or one in force only while an
 * amendment is open; an evaluated plan never.
 */
@Service
@Transactional
public class StrategyService {

    private final PlanRepository plans;
    private final NodeRepository nodes;
    private final AmendmentRepository amendments;
    private final ChangeRepository changes;
    private final StrategyAccess access;
    private final ActionPlanReferences actionPlanReferences;
    private final Clock clock;

    StrategyService(
            PlanRepository plans,
            NodeRepository nodes,
            AmendmentRepository amendments,
            ChangeRepository changes,
            StrategyAccess access,
            ActionPlanReferences actionPlanReferences,
            ObjectProvider<Clock> clock) {
        this.plans = plans;
        this.nodes = nodes;
        this.amendments = amendments;
        this.changes = changes;
        this.access = access;
        this.actionPlanReferences = actionPlanReferences;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    // ---- plan ---------------------------------------------------------------------------------

    public long createPlan(int code, String title, int yearFrom, int yearTo, String vision) {
        TerritoryRef orp = access.check(code, Action.EDIT_PLANNING);
        if (plans.existsByDistrictCodeAndTitle(code, title.strip())) {
            throw new FormRejectedException("title", "strategy.validation.plan.duplicate");
        }
        StrategicPlan plan = plans.save(new StrategicPlan(orp, title, yearFrom, yearTo, vision, now()));
        log(plan.id(), "planCreated", plan.title());
        return plan.id();
    }

    public void updatePlan(int code, long planId, long version, String title, int yearFrom, int yearTo, String vision) {
        StrategicPlan plan = editablePlan(code, planId);
        if (plan.version() != version) {
            throw new StaleEditException(plan.title(), title, plan.title(), StrategyUrls.plan(code, planId), false);
        }
        plan.change(title, yearFrom, yearTo, vision, now());
        log(planId, "planEdited", plan.title());
    }

    /** Moves the plan to another state; approval is refused while the checklist finds errors. */
    public void transition(
            int code,
            long planId,
            long version,
            PlanState target,
            String approvedBy,
            LocalDate approvedOn,
            String resolution) {
        access.check(code, Action.EDIT_PLANNING);
        StrategicPlan plan = plan(code, planId);
        if (plan.version() != version) {
            throw new StaleEditException(
                    plan.title(),
                    target.messageKey(),
                    plan.state().messageKey(),
                    StrategyUrls.plan(code, planId),
                    true);
        }
        if (target == PlanState.APPROVED
                && PlanChecklist.check(plan.toSummary(), tree(planId)).stream().anyMatch(CheckItem::error)) {
            throw new FormRejectedException(null, "strategy.validation.approve.errors");
        }
        if (plan.state().adopted() && openAmendment(planId) != null) {
            throw new FormRejectedException(null, "strategy.validation.amendment.stillOpen");
        }
        plan.moveTo(target, approvedBy, approvedOn, resolution, now());
        log(planId, "state." + target.name(), target == PlanState.APPROVED ? approvedBy + ", " + resolution : null);
    }

    public void openAmendment(int code, long planId, long version, String summary, String reason) {
        access.check(code, Action.EDIT_PLANNING);
        StrategicPlan plan = plan(code, planId);
        if (plan.version() != version) {
            throw new StaleEditException(plan.title(), summary, null, StrategyUrls.plan(code, planId), false);
        }
        if (plan.state() != PlanState.APPROVED && plan.state() != PlanState.IN_FORCE) {
            throw new FormRejectedException(null, "strategy.validation.amendment.notAdopted");
        }
        if (openAmendment(planId) != null) {
            throw new FormRejectedException(null, "strategy.validation.amendment.alreadyOpen");
        }
        int number = amendments.findByPlanIdOrderByNumberDesc(planId).stream()
                .findFirst()
                .map(a -> a.toView().number() + 1)
                .orElse(1);
        amendments.save(new PlanAmendment(planId, number, summary, reason, access.userName(), now()));
        plan.touch(now()); // raises the version: another open form of the plan is now stale
        log(planId, "amendmentOpened", number + ": " + summary);
    }

    public void closeAmendment(
            int code, long planId, long version, String approvedBy, LocalDate approvedOn, String resolution) {
        access.check(code, Action.EDIT_PLANNING);
        StrategicPlan plan = plan(code, planId);
        if (plan.version() != version) {
            throw new StaleEditException(plan.title(), approvedBy, null, StrategyUrls.plan(code, planId), false);
        }
        PlanAmendment amendment = openAmendment(planId);
        if (amendment == null) {
            throw new FormRejectedException(null, "strategy.validation.amendment.noneOpen");
        }
        if (approvedBy == null || approvedBy.isBlank()) {
            throw new FormRejectedException("approvedBy", "strategy.validation.approvedBy.required");
        }
        if (approvedOn == null) {
            throw new FormRejectedException("approvedOn", "strategy.validation.approvedOn.required");
        }
        if (resolution == null || resolution.isBlank()) {
            throw new FormRejectedException("resolution", "strategy.validation.resolution.required");
        }
        amendment.close(approvedBy, approvedOn, resolution);
        plan.touch(now());
        log(planId, "amendmentApproved", amendment.toView().number() + ": " + approvedBy + ", " + resolution);
    }

    // ---- tree ---------------------------------------------------------------------------------

    /** Adds a node as the last child of {@code parentId} (null: a priority area of the plan). */
    public long addNode(int code, long planId, Long parentId, NodeKind kind, NodeDetails details) {
        editablePlan(code, planId);
        StrategyNode parent = parentId == null ? null : node(planId, parentId);
        List<StrategyNode> siblings = siblings(planId, parentId);
        int position = siblings.stream().mapToInt(StrategyNode::position).max().orElse(0) + 1;
        StrategyNode node;
        try {
            node = nodes.save(new StrategyNode(planId, parent, kind, position, details));
        } catch (IllegalArgumentException e) {
            throw new FormRejectedException(null, "strategy.validation.node.placement");
        }
        log(planId, "nodeAdded." + kind.name(), node.title());
        return node.id();
    }

    /** {@link #addNode(int, long, Long, NodeKind, NodeDetails)} from public types (region demo data). */
    public long addNode(
            int code,
            long planId,
            Long parentId,
            NodeKind kind,
            String title,
            MeasureKind measureKind,
            List<String> serviceTypes,
            List<String> targetGroups,
            String responsible) {
        return addNode(
                code,
                planId,
                parentId,
                kind,
                new NodeDetails(
                        title, null, responsible, measureKind, serviceTypes, targetGroups, List.of(), null, null));
    }

    public void updateNode(int code, long planId, long nodeId, long version, NodeDetails details) {
        editablePlan(code, planId);
        StrategyNode node = versioned(code, planId, nodeId, version, details.title());
        node.change(details);
        log(planId, "nodeEdited." + node.kind().name(), node.title());
    }

    /** Swaps a node with its previous (up) or next sibling; positions are rewritten 1…n. */
    public void moveNode(int code, long planId, long nodeId, long version, boolean up) {
        editablePlan(code, planId);
        StrategyNode node = versioned(code, planId, nodeId, version, null);
        List<StrategyNode> siblings = siblings(planId, node.parentId());
        int index = siblings.indexOf(node);
        int other = up ? index - 1 : index + 1;
        if (other < 0 || other >= siblings.size()) {
            return; // already first or last: nothing to do
        }
        siblings.set(index, siblings.get(other));
        siblings.set(other, node);
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).position() != i + 1) {
                siblings.get(i).moveTo(i + 1);
            }
        }
        log(planId, up ? "nodeMovedUp" : "nodeMovedDown", node.title());
    }

    /** Removes a node without children; it stays stored (marked removed) for what refers to it. */
    public void removeNode(int code, long planId, long nodeId, long version) {
        editablePlan(code, planId);
        StrategyNode node = versioned(code, planId, nodeId, version, null);
        if (nodes.countByParentIdAndRemovedFalse(nodeId) > 0) {
            throw new FormRejectedException(null, "strategy.validation.node.hasChildren");
        }
        actionPlanReferences.checkUnused(code, planId, node); // action plan: refuse while one refers to it
        node.remove();
        List<StrategyNode> siblings = siblings(planId, node.parentId());
        siblings.remove(node);
        for (int i = 0; i < siblings.size(); i++) {
            siblings.get(i).moveTo(i + 1);
        }
        log(planId, "nodeRemoved." + node.kind().name(), node.title());
    }

    /** Replaces a measure's costs; every year must be inside the plan's span, amounts ≥ 0. */
    public void saveCosts(int code, long planId, long nodeId, long version, List<CostLine> lines) {
        StrategicPlan plan = editablePlan(code, planId);
        StrategyNode node = versioned(code, planId, nodeId, version, null);
        requireMeasure(node);
        for (CostLine line : lines) {
            if (!plan.contains(line.year())) {
                throw new FormRejectedException(null, "strategy.validation.cost.year");
            }
            if (line.amount() < 0) {
                throw new FormRejectedException(null, "strategy.validation.cost.negative");
            }
        }
        node.replaceCosts(lines);
        log(planId, "costsSaved", node.title());
    }

    public void addIndicator(
            int code,
            long planId,
            long nodeId,
            long version,
            String name,
            String unit,
            BigDecimal baseline,
            Map<Integer, BigDecimal> targets) {
        StrategicPlan plan = editablePlan(code, planId);
        StrategyNode node = versioned(code, planId, nodeId, version, name);
        requireMeasure(node);
        if (targets.keySet().stream().anyMatch(y -> !plan.contains(y))) {
            throw new FormRejectedException(null, "strategy.validation.cost.year");
        }
        node.addIndicator(name, unit, baseline, targets);
        log(planId, "indicatorAdded", node.title() + " – " + name.strip());
    }

    public void removeIndicator(int code, long planId, long nodeId, long version, long indicatorId) {
        editablePlan(code, planId);
        StrategyNode node = versioned(code, planId, nodeId, version, null);
        if (!node.removeIndicator(indicatorId)) {
            throw new NotFoundException("indicator " + indicatorId);
        }
        log(planId, "indicatorRemoved", node.title());
    }

    // ---- helpers ------------------------------------------------------------------------------

    private StrategicPlan plan(int code, long planId) {
        return plans.findByIdAndDistrictCode(planId, code).orElseThrow(() -> new NotFoundException("plan " + planId));
    }

    /** The plan, if the user may edit it and its state allows edits now. */
    private StrategicPlan editablePlan(int code, long planId) {
        access.check(code, Action.EDIT_PLANNING);
        StrategicPlan plan = plan(code, planId);
        if (!editable(plan.state(), openAmendment(planId) != null)) {
            throw new FormRejectedException(
                    null,
                    plan.state() == PlanState.EVALUATED
                            ? "strategy.validation.locked.evaluated"
                            : "strategy.validation.locked.adopted");
        }
        return plan;
    }

    static boolean editable(PlanState state, boolean amendmentOpen) {
        return switch (state) {
            case DRAFT, PUBLIC_COMMENTING -> true;
            case APPROVED, IN_FORCE -> amendmentOpen;
            case EVALUATED -> false;
        };
    }

    PlanAmendment openAmendment(long planId) {
        return amendments.findByPlanIdOrderByNumberDesc(planId).stream()
                .filter(PlanAmendment::open)
                .findFirst()
                .orElse(null);
    }

    private StrategyNode node(long planId, long nodeId) {
        return nodes.findByIdAndPlanIdAndRemovedFalse(nodeId, planId)
                .orElseThrow(() -> new NotFoundException("node " + nodeId));
    }

    private StrategyNode versioned(int code, long planId, long nodeId, long version, String submitted) {
        StrategyNode node = node(planId, nodeId);
        if (node.version() != version) {
            throw new StaleEditException(
                    node.title(), submitted, node.title(), StrategyUrls.plan(code, planId) + "#uzel-" + nodeId, false);
        }
        return node;
    }

    private static void requireMeasure(StrategyNode node) {
        if (node.kind() != NodeKind.MEASURE) {
            throw new NotFoundException("costs of a " + node.kind());
        }
    }

    private List<StrategyNode> siblings(long planId, Long parentId) {
        List<StrategyNode> siblings = new ArrayList<>(nodes.findByPlanIdAndRemovedFalse(planId).stream()
                .filter(n -> java.util.Objects.equals(n.parentId(), parentId))
                .sorted(Comparator.comparingInt(StrategyNode::position).thenComparing(StrategyNode::id))
                .toList());
        return siblings;
    }

    PlanTree tree(long planId) {
        return PlanTree.of(nodes.findByPlanIdAndRemovedFalse(planId).stream()
                .map(StrategyNode::toData)
                .toList());
    }

    private void log(long planId, String action, String subject) {
        changes.save(new PlanChange(planId, now(), access.userName(), action, subject));
    }

    private Instant now() {
        return clock.instant();
    }
}
