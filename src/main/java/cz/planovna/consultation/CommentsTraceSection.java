package cz.planovna.consultation;

import cz.planovna.shared.web.NotFoundException;
import cz.planovna.strategy.MeasureTraceSection;
import cz.planovna.strategy.NodeView;
import cz.planovna.strategy.PlanPage;
import cz.planovna.strategy.StrategyQueries;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measure's trace page: the settled comments that changed the measure or one of its activities
 * ("Připomínka č. 3 – přijato", with the reasoning). The ORP's team sees every settled comment,
 * linked to the published table, or to the settlement overview while it is not published; the
 * public sees only comments of published settlements, linked to the public table.
 */
@Component
class CommentsTraceSection implements MeasureTraceSection {

    private final SettlementReads reads;
    private final StrategyQueries strategy;
    private final MessageSource messages;

    CommentsTraceSection(SettlementReads reads, StrategyQueries strategy, MessageSource messages) {
        this.reads = reads;
        this.strategy = strategy;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String titleKey() {
        return "consultation.settlement.trace.title";
    }

    @Override
    @Transactional(readOnly = true)
    public List<TraceEntry> entries(int districtCode, long planId, long measureId, boolean internal) {
        Optional<PlanPage> page;
        try {
            page = internal
                    ? Optional.of(strategy.plan(districtCode, planId))
                    : strategy.publicPlan(districtCode, planId);
        } catch (NotFoundException e) {
            return List.of();
        }
        List<Long> nodeIds = page.flatMap(p -> find(p.tree(), measureId))
                .map(CommentsTraceSection::selfAndBelow)
                .orElse(List.of());
        if (nodeIds.isEmpty()) {
            return List.of();
        }
        List<ConsultationComment> comments = reads.settledChanging(districtCode, planId, nodeIds, internal);
        Map<Long, Consultation> consultations =
                reads
                        .consultations(comments.stream()
                                .map(ConsultationComment::consultationId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(Consultation::id, Function.identity()));
        var locale = LocaleContextHolder.getLocale();
        List<TraceEntry> entries = new ArrayList<>();
        for (ConsultationComment c : comments) {
            Consultation consultation = consultations.get(c.consultationId());
            boolean published = consultation.settlementPublishedAt() != null;
            String href = published
                    ? SettlementQueries.publicPath(districtCode, consultation.id()) + "#pripominka-" + c.number()
                    : SettlementQueries.overviewPath(districtCode, consultation.id()) + "#pripominka-" + c.id();
            String label = messages.getMessage(
                    "consultation.settlement.trace.label",
                    new Object[] {
                        String.valueOf(c.number()),
                        messages.getMessage(SettlementRules.outcomeKey(c.outcome()), null, locale)
                    },
                    locale);
            entries.add(new TraceEntry(
                    label, c.reasoning(), href, consultation.closesOn().getYear()));
        }
        return entries;
    }

    private static Optional<NodeView> find(List<NodeView> nodes, long id) {
        for (NodeView n : nodes) {
            if (n.id() == id) {
                return Optional.of(n);
            }
            Optional<NodeView> below = find(n.children(), id);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private static List<Long> selfAndBelow(NodeView node) {
        List<Long> ids = new ArrayList<>();
        ids.add(node.id());
        node.children().forEach(child -> ids.addAll(selfAndBelow(child)));
        return ids;
    }
}
