package cz.planovna.strategy;

import cz.planovna.strategy.PlanDocumentModel.Cell;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.SectionBuilder;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The action plans in the strategic part: the approved action plans of the plan's years, or, when
 * none is approved yet, the latest draft, labelled as a draft. Each lists its items by priority
 * area with the budget per funding source (only sources with money), the totals of every priority
 * area and of the action plan. The same chapter is the content of a single action plan's PDF and
 * DOCX export ({@link PlanExports}).
 */
@Component
class ActionPlanDocumentSection implements PlanDocumentSection {

    static final int ORDER = 310;

    private final ActionPlanQueries actionPlans;

    ActionPlanDocumentSection(ActionPlanQueries actionPlans) {
        this.actionPlans = actionPlans;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public List<Section> chapters(PlanDocumentInput in) {
        int code = in.orp().code();
        long planId = in.plan().id();
        List<ActionPlanView> views = chosen(actionPlans.actionPlans(code, planId)).stream()
                .map(a -> actionPlans.actionPlan(code, planId, a.id()))
                .toList();
        SectionBuilder chapter = new SectionBuilder("akcni-plany", in.msg("strategy.doc.actionPlans.heading"));
        if (views.isEmpty()) {
            return List.of(
                    chapter.paragraph(in.msg("strategy.doc.actionPlans.none")).build());
        }
        chapter.paragraph(in.msg("strategy.doc.actionPlans.intro"));
        views.forEach(
                v -> chapter.sub(actionPlan(in, v, "akcni-plan-" + v.plan().id())));
        return List.of(chapter.build());
    }

    /** The approved ones by year; when there is none, the latest draft (by year, then newest). */
    static List<ActionPlanSummary> chosen(List<ActionPlanSummary> all) {
        List<ActionPlanSummary> approved = all.stream()
                .filter(ActionPlanSummary::approved)
                .sorted(Comparator.comparingInt(ActionPlanSummary::year).thenComparingLong(ActionPlanSummary::id))
                .toList();
        if (!approved.isEmpty()) {
            return approved;
        }
        return all.stream()
                .max(Comparator.comparingInt(ActionPlanSummary::year).thenComparingLong(ActionPlanSummary::id))
                .map(List::of)
                .orElse(List.of());
    }

    /** One action plan: its facts, a table of items per priority area, the totals per priority area. */
    static Section actionPlan(PlanDocumentInput in, ActionPlanView view, String id) {
        ActionPlanSummary ap = view.plan();
        String year = String.valueOf(ap.year());
        SectionBuilder s = new SectionBuilder(
                id,
                ap.approved()
                        ? in.msg("strategy.doc.actionPlan.heading", year)
                        : in.msg("strategy.doc.actionPlan.headingDraft", year));
        if (ap.approved()) {
            s.paragraph(in.msg(
                    "strategy.doc.actionPlan.approved",
                    nz(ap.approvedBy()),
                    ap.approvedOn() == null ? "" : in.fmt().date(ap.approvedOn()),
                    nz(ap.resolution())));
        } else {
            s.paragraph(in.msg("strategy.doc.actionPlan.draft"));
        }
        List<ActionItemView> items = view.activeItems();
        if (items.isEmpty()) {
            return s.paragraph(in.msg("strategy.doc.actionPlan.noItems")).build();
        }
        List<FundingSource> sources = sources(view);
        s.paragraph(in.msg(
                "strategy.doc.actionPlan.summary",
                in.fmt().number(items.size()),
                in.fmt().money(view.budgetTotal())));
        int n = 0;
        for (PriorityTotals priority : view.priorities()) {
            List<ActionItemView> own = items.stream()
                    .filter(i -> Objects.equals(i.priorityId(), priority.priorityId()))
                    .toList();
            if (own.isEmpty()) {
                continue;
            }
            n++;
            List<Row> rows = new ArrayList<>();
            for (ActionItemView item : own) {
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.text(item.number()));
                cells.add(Cell.text(item.title()));
                cells.add(Cell.text(item.responsible()));
                cells.add(Cell.text(term(in, item)));
                for (FundingSource source : sources) {
                    cells.add(item.hasAmounts() ? money(in, item.budget(source)) : Cell.text(""));
                }
                cells.add(item.hasAmounts() ? money(in, item.budgetTotal()) : Cell.text(""));
                rows.add(new Row(cells, false));
            }
            List<Cell> total = new ArrayList<>();
            total.add(Cell.text(in.msg("strategy.doc.col.total")));
            total.add(Cell.text(""));
            total.add(Cell.text(""));
            total.add(Cell.text(""));
            sources.forEach(source -> total.add(money(in, priority.budget(source))));
            total.add(money(in, priority.budgetTotal()));
            rows.add(new Row(total, true));
            List<String> header = new ArrayList<>(List.of(
                    in.msg("strategy.doc.col.number"),
                    in.msg("strategy.doc.col.item"),
                    in.msg("strategy.doc.col.responsible"),
                    in.msg("strategy.doc.col.term")));
            sources.forEach(source -> header.add(in.msg(source.messageKey())));
            header.add(in.msg("strategy.doc.col.total"));
            s.table(new Table(
                    in.msg("strategy.doc.sheet.actionItems", year, String.valueOf(n)),
                    in.msg("strategy.doc.actionPlan.items", priority.label(), year),
                    header,
                    rows,
                    true));
        }
        List<Row> rows = new ArrayList<>();
        for (PriorityTotals priority : view.priorities()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(priority.label()));
            sources.forEach(source -> cells.add(money(in, priority.budget(source))));
            cells.add(money(in, priority.budgetTotal()));
            rows.add(new Row(cells, false));
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.text(in.msg("strategy.doc.col.total")));
        sources.forEach(source -> total.add(money(in, view.budget(source))));
        total.add(money(in, view.budgetTotal()));
        rows.add(new Row(total, true));
        List<String> header = new ArrayList<>(List.of(in.msg("strategy.doc.col.priority")));
        sources.forEach(source -> header.add(in.msg(source.messageKey())));
        header.add(in.msg("strategy.doc.col.total"));
        s.table(new Table(
                in.msg("strategy.doc.sheet.actionTotals", year),
                in.msg("strategy.doc.actionPlan.totals", year),
                header,
                rows,
                true));
        return s.build();
    }

    /** The funding sources the action plan budgets money from, in their order. */
    static List<FundingSource> sources(ActionPlanView view) {
        return Arrays.stream(FundingSource.values())
                .filter(source -> view.activeItems().stream().anyMatch(i -> i.budget(source) != 0))
                .toList();
    }

    static String term(PlanDocumentInput in, ActionItemView item) {
        if (item.term() == null) {
            return "";
        }
        if (item.term() == ActionTerm.RANGE && item.dateFrom() != null && item.dateTo() != null) {
            return in.msg(
                    "strategy.action.term.range",
                    in.fmt().date(item.dateFrom()),
                    in.fmt().date(item.dateTo()));
        }
        return in.msg(item.term().messageKey());
    }

    private static Cell money(PlanDocumentInput in, long amount) {
        return new Cell(in.fmt().money(amount), amount);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
