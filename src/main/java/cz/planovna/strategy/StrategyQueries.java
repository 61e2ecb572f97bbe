package cz.planovna.strategy;

import cz.planovna.catalogue.CodeView;
import cz.planovna.catalogue.LifeSituations;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.web.NotFoundException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading plans: the coordinator's pages (VIEW_INTERNAL) and the public page. */
@Service
@Transactional(readOnly = true)
public class StrategyQueries {

    static final int PAGE_SIZE = 20;
    static final int CHANGES_SHOWN = 30;
    /** What the public page shows first when an ORP has several public plans. */
    private static final List<PlanState> PUBLIC_ORDER =
            List.of(PlanState.IN_FORCE, PlanState.APPROVED, PlanState.PUBLIC_COMMENTING, PlanState.EVALUATED);

    private final PlanRepository plans;
    private final AmendmentRepository amendments;
    private final ChangeRepository changes;
    private final StrategyService service;
    private final StrategyAccess access;
    private final LifeSituations codeLists;

    StrategyQueries(
            PlanRepository plans,
            AmendmentRepository amendments,
            ChangeRepository changes,
            StrategyService service,
            StrategyAccess access,
            LifeSituations codeLists) {
        this.plans = plans;
        this.amendments = amendments;
        this.changes = changes;
        this.service = service;
        this.access = access;
        this.codeLists = codeLists;
    }

    public OrpView orp(int code) {
        return access.orp(code);
    }

    /** Refuses (403, or the login page) who may not edit the ORP's plans. */
    public void checkEditing(int code) {
        access.check(code, Action.EDIT_PLANNING);
    }

    public boolean mayEdit(int code) {
        return access.may(code, Action.EDIT_PLANNING);
    }

    /** The ORP's plans, newest span first. */
    public Page<PlanSummary> plans(int code, int page, String sort) {
        access.check(code, Action.VIEW_INTERNAL);
        Sort order = "nazev".equals(sort)
                ? Sort.by("title", "id")
                : Sort.by(Sort.Order.desc("yearFrom"), Sort.Order.desc("id"));
        return plans.findByDistrictCode(code, PageRequest.of(Math.max(page, 0), PAGE_SIZE, order))
                .map(StrategicPlan::toSummary);
    }

    public PlanPage plan(int code, long planId) {
        access.check(code, Action.VIEW_INTERNAL);
        return page(code, find(code, planId));
    }

    /** A node for its edit form; the plan page's data with it. */
    public NodeView node(int code, long planId, long nodeId) {
        access.check(code, Action.EDIT_PLANNING);
        find(code, planId);
        return service.tree(planId).all().stream()
                .filter(n -> n.id() == nodeId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("node " + nodeId));
    }

    public PlanSummary summary(int code, long planId) {
        access.check(code, Action.VIEW_INTERNAL);
        return find(code, planId).toSummary();
    }

    /**
     * The public view: the chosen public plan, or the one in force (else approved, else in public
     * commenting, else the last evaluated). Drafts are never found here.
     */
    public Optional<PlanPage> publicPlan(int code, Long planId) {
        access.orp(code);
        List<StrategicPlan> visible = plans.findByDistrictCodeAndStateIn(code, PUBLIC_ORDER);
        Optional<StrategicPlan> chosen = planId != null
                ? visible.stream().filter(p -> p.id().equals(planId)).findFirst()
                : visible.stream()
                        .min(Comparator.comparingInt((StrategicPlan p) -> PUBLIC_ORDER.indexOf(p.state()))
                                .thenComparing(Comparator.comparingInt(StrategicPlan::yearFrom)
                                        .reversed()));
        if (planId != null && chosen.isEmpty()) {
            throw new NotFoundException("public plan " + planId);
        }
        return chosen.map(p -> page(code, p));
    }

    /** The other public plans of an ORP, for links on the public page. */
    public List<PlanSummary> publicPlans(int code) {
        return plans.findByDistrictCodeAndStateIn(code, PUBLIC_ORDER).stream()
                .map(StrategicPlan::toSummary)
                .sorted(Comparator.comparingInt(PlanSummary::yearFrom).reversed())
                .toList();
    }

    /** Service types of the register's code list (for the measure form). */
    public List<CodeView> serviceTypes() {
        return codeLists.serviceTypeOptions();
    }

    public List<CodeView> targetGroups() {
        return codeLists.targetGroupOptions();
    }

    public Map<Integer, String> municipalities(int code) {
        return access.municipalities(code);
    }

    private StrategicPlan find(int code, long planId) {
        return plans.findByIdAndDistrictCode(planId, code).orElseThrow(() -> new NotFoundException("plan " + planId));
    }

    private PlanPage page(int code, StrategicPlan plan) {
        PlanSummary summary = plan.toSummary();
        PlanTree tree = service.tree(plan.id());
        List<AmendmentView> history = amendments.findByPlanIdOrderByNumberDesc(plan.id()).stream()
                .map(PlanAmendment::toView)
                .toList();
        boolean mayEdit = access.may(code, Action.EDIT_PLANNING);
        List<ChangeView> log = access.may(code, Action.VIEW_INTERNAL)
                ? changes.findByPlanId(
                                plan.id(),
                                PageRequest.of(
                                        0, CHANGES_SHOWN, Sort.by(Sort.Order.desc("changedAt"), Sort.Order.desc("id"))))
                        .map(PlanChange::toView)
                        .getContent()
                : List.of();
        Map<String, String> labels = new HashMap<>();
        codeLists.serviceTypeOptions().forEach(c -> labels.put(c.code(), c.name()));
        codeLists.targetGroupOptions().forEach(c -> labels.put(c.code(), c.name()));
        boolean amendmentOpen = history.stream().anyMatch(AmendmentView::open);
        return new PlanPage(
                access.orp(code),
                summary,
                tree.roots(),
                tree.totals(),
                PlanChecklist.check(summary, tree),
                history,
                log,
                labels,
                access.municipalities(code),
                mayEdit,
                mayEdit && StrategyService.editable(plan.state(), amendmentOpen));
    }
}
