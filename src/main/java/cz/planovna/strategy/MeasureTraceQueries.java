package cz.planovna.strategy;

import cz.planovna.analysis.FindingStatus;
import cz.planovna.analysis.FindingsQueries;
import cz.planovna.analysis.SwotQueries;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.strategy.MeasureTrace.Part;
import cz.planovna.strategy.MeasureTrace.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a measure's trace page: for the ORP's team from any plan (VIEW_INTERNAL), for everyone
 * from a public plan only (a draft's measure is not found). The public sees the cited findings
 * and SWOT items as the public plan page does (label and text, no links to internal pages) and
 * never a rejected finding; contributed parts are asked with {@code internal} false.
 */
@Service
@Transactional(readOnly = true)
class MeasureTraceQueries {

    private final StrategyQueries queries;
    private final StrategyAccess access;
    private final NodeRepository nodes;
    private final MeasureCitationRepository citations;
    private final FindingsQueries findings;
    private final SwotQueries swots;
    private final ObjectProvider<MeasureTraceSection> sections;

    MeasureTraceQueries(
            StrategyQueries queries,
            StrategyAccess access,
            NodeRepository nodes,
            MeasureCitationRepository citations,
            FindingsQueries findings,
            SwotQueries swots,
            ObjectProvider<MeasureTraceSection> sections) {
        this.queries = queries;
        this.access = access;
        this.nodes = nodes;
        this.citations = citations;
        this.findings = findings;
        this.swots = swots;
        this.sections = sections;
    }

    /** The internal page: VIEW_INTERNAL of the ORP; a node of another plan or not a measure → 404. */
    MeasureTrace internal(int code, long planId, long nodeId) {
        access.check(code, Action.VIEW_INTERNAL);
        return trace(queries.plan(code, planId), nodeId, true);
    }

    /** The public page: the measure of a public plan of the ORP, else 404. */
    MeasureTrace published(int code, long nodeId) {
        long planId = nodes.findById(nodeId)
                .orElseThrow(() -> new NotFoundException("measure " + nodeId))
                .planId();
        PlanPage page = queries.publicPlan(code, planId).orElseThrow(() -> new NotFoundException("plan " + planId));
        return trace(page, nodeId, false);
    }

    private MeasureTrace trace(PlanPage page, long nodeId, boolean internal) {
        NodeView measure = flatten(page.tree())
                .filter(n -> n.id() == nodeId && n.isMeasure())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("measure " + nodeId));
        int code = page.orp().code();
        long planId = page.plan().id();
        List<Part> parts = sections.orderedStream()
                .sorted(Comparator.comparingInt(MeasureTraceSection::order))
                .map(s -> new Part(s.titleKey(), List.copyOf(s.entries(code, planId, nodeId, internal))))
                .toList();
        return new MeasureTrace(page, measure, reasons(code, nodeId, internal), parts, internal);
    }

    private List<Reason> reasons(int code, long nodeId, boolean internal) {
        List<MeasureCitation> cited = citations.findByNodeId(nodeId);
        List<Reason> result = new ArrayList<>();
        findings
                .findingsByIds(cited.stream()
                        .map(MeasureCitation::findingId)
                        .filter(Objects::nonNull)
                        .toList())
                .stream()
                .filter(f -> internal || f.status() != FindingStatus.REJECTED)
                .forEach(f -> result.add(new Reason(
                        f.label(),
                        null,
                        f.statement(),
                        internal ? "/orp/" + code + "/planovani/zjisteni/" + f.id() : null)));
        swots.itemsByIds(cited.stream()
                        .map(MeasureCitation::swotItemId)
                        .filter(Objects::nonNull)
                        .toList())
                .forEach(i -> result.add(new Reason(
                        i.swotName(),
                        i.quadrant(),
                        i.text(),
                        internal ? "/orp/" + code + "/planovani/swot/" + i.swotId() : null)));
        return result;
    }

    private static Stream<NodeView> flatten(List<NodeView> nodes) {
        return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), flatten(n.children())));
    }
}
