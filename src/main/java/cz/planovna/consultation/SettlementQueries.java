package cz.planovna.consultation;

import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.strategy.NodeView;
import cz.planovna.strategy.PlanSummary;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.territory.TerritoryQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the settlement of a consultation's comments: the coordinator's overview and form (the
 * ORP's team) and the published table (everybody, once published; before that it does not exist:
 * 404). Hidden comments are in the table; the public sees the moderation reason instead of the text.
 */
@Service
@Transactional(readOnly = true)
class SettlementQueries {

    private final ConsultationRepository consultations;
    private final CommentRepository comments;
    private final SettlementAuditRepository audits;
    private final StrategyQueries strategy;
    private final TerritoryQueries territory;
    private final TerritoryAccess access;
    private final CurrentUsers users;
    private final Clock clock;

    SettlementQueries(
            ConsultationRepository consultations,
            CommentRepository comments,
            SettlementAuditRepository audits,
            StrategyQueries strategy,
            TerritoryQueries territory,
            TerritoryAccess access,
            CurrentUsers users,
            ObjectProvider<Clock> clock) {
        this.consultations = consultations;
        this.comments = comments;
        this.audits = audits;
        this.strategy = strategy;
        this.territory = territory;
        this.access = access;
        this.users = users;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    static String overviewPath(int code, long id) {
        return "/orp/" + code + "/pripominky/sprava/" + id + "/vyporadani";
    }

    static String publicPath(int code, long id) {
        return "/orp/" + code + "/pripominky/" + id + "/vyporadani";
    }

    static String nodePath(int code, long planId, long nodeId) {
        return "/orp/" + code + "/plan?plan=" + planId + "#uzel-" + nodeId;
    }

    /** The coordinator's overview: every comment with its settlement, the progress and the history. */
    SettlementViews.Overview overview(int code, long id, boolean onlyUnsettled) {
        check(code, Action.VIEW_INTERNAL);
        Consultation c = consultation(code, id);
        List<ConsultationComment> list = comments.findByConsultationIdOrderByNumberAsc(id);
        SettlementTable table = table(c, list, false);
        ConsultationState state = c.state(today());
        Map<Long, Integer> numbers =
                list.stream().collect(Collectors.toMap(ConsultationComment::id, ConsultationComment::number));
        List<SettlementViews.HistoryLine> history = audits.findByConsultationIdOrderByActedAtDescIdDesc(id).stream()
                .map(a -> new SettlementViews.HistoryLine(
                        a.actedAt(),
                        a.actedBy(),
                        a.action().messageKey(),
                        a.commentId() == null ? null : numbers.get(a.commentId()),
                        a.outcome() == null ? null : SettlementRules.outcomeKey(a.outcome()),
                        a.previousOutcome() == null ? null : SettlementRules.outcomeKey(a.previousOutcome()),
                        a.reasoning()))
                .toList();
        return new SettlementViews.Overview(
                table,
                lines(table, list).stream()
                        .filter(l -> !onlyUnsettled || !l.row().settled())
                        .toList(),
                onlyUnsettled,
                state,
                state.messageKey(),
                may(code, Action.EDIT_PLANNING),
                closed(state),
                table.rows().size() - table.settledCount(),
                publicPath(code, id),
                history);
    }

    /** The form of one comment: the comment, its current settlement, the plan's items. */
    SettlementViews.Settle settle(int code, long id, long commentId) {
        check(code, Action.EDIT_PLANNING);
        Consultation c = consultation(code, id);
        ConsultationComment comment = comments.findByIdAndConsultationId(commentId, id)
                .orElseThrow(() -> new NotFoundException("comment " + commentId));
        SettlementTable table = table(c, List.of(comment), false);
        SettlementViews.Line line = lines(table, List.of(comment)).get(0);
        return new SettlementViews.Settle(table, line, nodeOptions(code, c.planId()), closed(c.state(today())));
    }

    /** The published table; 404 before it is published or for a consultation of another ORP. */
    SettlementTable publicTable(int code, long id) {
        territory.districtRef(code).orElseThrow(() -> new NotFoundException("ORP " + code));
        Consultation c = consultation(code, id);
        if (c.settlementPublishedAt() == null) {
            throw new NotFoundException("settlement of consultation " + id + " not published");
        }
        return table(c, comments.findByConsultationIdOrderByNumberAsc(id), true);
    }

    // ---- shared with SettlementService ----------------------------------------------------------

    TerritoryRef check(int code, Action action) {
        TerritoryRef orp = territory.districtRef(code).orElseThrow(() -> new NotFoundException("ORP " + code));
        access.check(users.current(), action, orp);
        return orp;
    }

    boolean may(int code, Action action) {
        return territory
                .districtRef(code)
                .map(orp -> access.may(users.current(), action, orp))
                .orElse(false);
    }

    Consultation consultation(int code, long id) {
        return consultations
                .findByIdAndDistrictCode(id, code)
                .orElseThrow(() -> new NotFoundException("consultation " + id));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CzechFormats.PRAGUE));
    }

    static boolean closed(ConsultationState state) {
        return state == ConsultationState.CLOSED || state == ConsultationState.SETTLED;
    }

    /** The plan's items in tree order with their numbers ("1.2.3 Title"). */
    List<SettlementViews.NodeOption> nodeOptions(int code, long planId) {
        List<SettlementViews.NodeOption> options = new ArrayList<>();
        strategy.plan(code, planId).tree().forEach(n -> collect(n, options));
        return options;
    }

    private static void collect(NodeView node, List<SettlementViews.NodeOption> into) {
        into.add(new SettlementViews.NodeOption(node.id(), node.label()));
        node.children().forEach(child -> collect(child, into));
    }

    Set<Long> nodeIds(List<SettlementViews.NodeOption> options) {
        return options.stream().map(SettlementViews.NodeOption::id).collect(Collectors.toSet());
    }

    /** The table of a consultation; {@code publicView} leaves out who wrote and the hidden texts. */
    SettlementTable table(Consultation c, List<ConsultationComment> list, boolean publicView) {
        int code = c.districtCode();
        String orpName = territory.district(code).map(d -> d.district().name()).orElse(String.valueOf(code));
        boolean planPublic =
                strategy.publicPlans(code).stream().map(PlanSummary::id).anyMatch(p -> p == c.planId());
        List<SettlementRow> rows = new ArrayList<>();
        for (ConsultationComment cm : list) {
            String href =
                    cm.changedNodeId() != null && planPublic ? nodePath(code, c.planId(), cm.changedNodeId()) : null;
            rows.add(new SettlementRow(
                    cm.id(),
                    cm.number(),
                    LocalDate.ofInstant(cm.submittedAt(), CzechFormats.PRAGUE),
                    publicView ? null : cm.authorName(),
                    cm.target().numberedLabel(),
                    publicView && cm.hidden() ? null : cm.text(),
                    cm.hidden() ? reason(cm.hiddenReason()) : null,
                    cm.outcome(),
                    cm.reasoning(),
                    cm.changedNodeId() == null ? null : cm.changedItemLabel(),
                    href));
        }
        return new SettlementTable(
                c.id(),
                code,
                orpName,
                c.title(),
                c.documentTitle(),
                c.opensOn(),
                c.closesOn(),
                c.settlementPublishedAt(),
                rows);
    }

    private static String reason(String reason) {
        return reason == null || reason.isBlank() ? "–" : reason;
    }

    private static List<SettlementViews.Line> lines(SettlementTable table, List<ConsultationComment> list) {
        Map<Long, ConsultationComment> byId = new HashMap<>();
        list.forEach(cm -> byId.put(cm.id(), cm));
        return table.rows().stream()
                .map(r -> {
                    ConsultationComment cm = byId.get(r.commentId());
                    return new SettlementViews.Line(
                            r,
                            cm.changedNodeId(),
                            cm.authorEmail() != null && !cm.authorEmail().isBlank(),
                            cm.outcomeMailedAt(),
                            cm.settledBy(),
                            cm.settledAt(),
                            cm.version());
                })
                .toList();
    }
}
