package cz.planovna.strategy;

import cz.planovna.analysis.CitingMeasure;
import cz.planovna.analysis.FindingCitations;
import cz.planovna.analysis.FindingView;
import cz.planovna.analysis.FindingsQueries;
import cz.planovna.analysis.SwotQueries;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The justification of measures: which findings and SWOT items of its ORP a measure cites
 * ("Zdůvodnění: Z-003 …"), and the other way round which measures cite a finding (traceability,
 * published to the analysis module through {@link FindingCitations}). Citing is editing the
 * measure: the same rights, the same plan states, the measure's version and the plan's change log.
 */
@Service
@Transactional
public class MeasureJustifications implements FindingCitations {

    private final MeasureCitationRepository citations;
    private final NodeRepository nodes;
    private final PlanRepository plans;
    private final ChangeRepository changes;
    private final StrategyQueries queries;
    private final StrategyAccess access;
    private final FindingsQueries findings;
    private final SwotQueries swots;
    private final EntityManager entities;
    private final Clock clock;

    MeasureJustifications(
            MeasureCitationRepository citations,
            NodeRepository nodes,
            PlanRepository plans,
            ChangeRepository changes,
            StrategyQueries queries,
            StrategyAccess access,
            FindingsQueries findings,
            SwotQueries swots,
            EntityManager entities,
            ObjectProvider<Clock> clock) {
        this.citations = citations;
        this.nodes = nodes;
        this.plans = plans;
        this.changes = changes;
        this.queries = queries;
        this.access = access;
        this.findings = findings;
        this.swots = swots;
        this.entities = entities;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    /** What a measure cites, findings by number first, then SWOT items; for plan pages. */
    @Transactional(readOnly = true)
    public List<Justification> cited(long nodeId) {
        List<MeasureCitation> all = citations.findByNodeId(nodeId);
        List<Justification> result = new ArrayList<>();
        findings.findingsByIds(ids(all, true))
                .forEach(f -> result.add(new Justification(f.label(), null, f.statement())));
        swots.itemsByIds(ids(all, false))
                .forEach(i -> result.add(new Justification(i.swotName(), i.quadrant(), i.text())));
        return result;
    }

    /** The form: every finding and SWOT of the measure's ORP, what it cites now. */
    @Transactional(readOnly = true)
    public JustificationChoices choices(int code, long planId, long nodeId) {
        NodeView measure = queries.node(code, planId, nodeId); // EDIT_PLANNING, 404 for other plans
        if (!measure.isMeasure()) {
            throw new NotFoundException("measure " + nodeId);
        }
        List<MeasureCitation> now = citations.findByNodeId(nodeId);
        return new JustificationChoices(
                access.orp(code),
                queries.summary(code, planId),
                measure,
                findings.findings(code),
                swots.swots(code),
                new LinkedHashSet<>(ids(now, true)),
                new LinkedHashSet<>(ids(now, false)));
    }

    /** Replaces what a measure cites; ids of another ORP are refused. */
    public void save(int code, long planId, long nodeId, long version, Set<Long> findingIds, Set<Long> swotItemIds) {
        access.check(code, Action.EDIT_PLANNING);
        StrategicPlan plan =
                plans.findByIdAndDistrictCode(planId, code).orElseThrow(() -> new NotFoundException("plan " + planId));
        boolean amendmentOpen = queries.plan(code, planId).openAmendment() != null;
        if (!StrategyService.editable(plan.state(), amendmentOpen)) {
            throw new FormRejectedException(
                    null,
                    plan.state() == PlanState.EVALUATED
                            ? "strategy.validation.locked.evaluated"
                            : "strategy.validation.locked.adopted");
        }
        StrategyNode node = nodes.findByIdAndPlanIdAndRemovedFalse(nodeId, planId)
                .filter(n -> n.kind() == NodeKind.MEASURE)
                .orElseThrow(() -> new NotFoundException("measure " + nodeId));
        if (node.version() != version) {
            throw new StaleEditException(
                    node.title(),
                    null,
                    null,
                    StrategyUrls.plan(code, planId) + "/polozky/" + nodeId + "/zduvodneni",
                    false);
        }
        Set<Long> ownFindings =
                findings.findings(code).stream().map(FindingView::id).collect(Collectors.toSet());
        Set<Long> ownItems = swots.swots(code).stream()
                .flatMap(s -> s.quadrants().stream())
                .flatMap(q -> q.items().stream())
                .map(i -> i.id())
                .collect(Collectors.toSet());
        if (!ownFindings.containsAll(findingIds) || !ownItems.containsAll(swotItemIds)) {
            throw new FormRejectedException(null, "strategy.justification.foreign");
        }
        citations.deleteAll(citations.findByNodeId(nodeId));
        citations.flush();
        findingIds.forEach(id -> citations.save(MeasureCitation.finding(nodeId, id)));
        swotItemIds.forEach(id -> citations.save(MeasureCitation.swotItem(nodeId, id)));
        // the citations are part of the measure: a form opened before this save is now stale
        entities.lock(node, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        changes.save(new PlanChange(
                planId,
                clock.instant(),
                access.userName(),
                "nodeJustified",
                node.title() + " (" + (findingIds.size() + swotItemIds.size()) + ")"));
    }

    // ---- FindingCitations -------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public List<CitingMeasure> citingFinding(long findingId) {
        return citing(citations.findByFindingId(findingId));
    }

    @Override
    @Transactional(readOnly = true)
    public List<CitingMeasure> citingSwotItem(long swotItemId) {
        return citing(citations.findBySwotItemId(swotItemId));
    }

    private List<CitingMeasure> citing(List<MeasureCitation> list) {
        List<CitingMeasure> result = new ArrayList<>();
        for (MeasureCitation c : list) {
            nodes.findById(c.nodeId())
                    .filter(n -> !n.removed())
                    .ifPresent(node -> plans.findById(node.planId()).ifPresent(plan -> {
                        String number = numberOf(plan.id(), node.id());
                        result.add(new CitingMeasure(
                                plan.title(),
                                number == null ? node.title() : number + " " + node.title(),
                                StrategyUrls.plan(plan.districtCode(), plan.id()) + "/opatreni/" + node.id()
                                        + "/sledovatelnost"));
                    }));
        }
        return result;
    }

    private String numberOf(long planId, long nodeId) {
        return PlanTree.of(nodes.findByPlanIdAndRemovedFalse(planId).stream()
                        .map(StrategyNode::toData)
                        .toList())
                .all()
                .stream()
                .filter(n -> n.id() == nodeId)
                .map(NodeView::number)
                .findFirst()
                .orElse(null);
    }

    private static Collection<Long> ids(List<MeasureCitation> list, boolean findingIds) {
        return list.stream()
                .map(c -> findingIds ? c.findingId() : c.swotItemId())
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
