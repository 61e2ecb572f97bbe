package cz.planovna.strategy;

import cz.planovna.strategy.PlanDocumentModel.Cell;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.SectionBuilder;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The strategic part: vision, the plan's costs by year and funding source and by priority area,
 * then every priority area with its goals, measures (kind, who, partners, services, groups, obce,
 * costs, indicators) and activities. All sums come from {@link CostTotals}, so they add up.
 */
@Component
class StrategyDocumentSection implements PlanDocumentSection {

    static final int ORDER = 300;

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public List<Section> chapters(PlanDocumentInput in) {
        SectionBuilder chapter = new SectionBuilder("strategie", in.msg("strategy.doc.strategy.heading"));
        chapter.paragraph(in.msg("strategy.doc.strategy.intro"));
        chapter.sub(new SectionBuilder("vize", in.msg("strategy.doc.vision.heading"))
                .paragraph(in.plan().vision() != null ? in.plan().vision() : in.msg("strategy.doc.vision.none"))
                .build());

        SectionBuilder budget = new SectionBuilder("rozpocet", in.msg("strategy.doc.budget.heading"));
        if (in.tree().totals().isEmpty()) {
            budget.paragraph(in.msg("strategy.doc.budget.none"));
        } else {
            budget.paragraph(in.msg(
                    "strategy.doc.budget.intro",
                    in.fmt().money(in.tree().totals().total())));
            budget.table(sourceTable(
                    in,
                    in.msg("strategy.doc.sheet.planCosts"),
                    in.msg("strategy.doc.budget.bySource"),
                    in.tree().totals(),
                    true));
            budget.table(priorityTable(in));
        }
        chapter.sub(budget.build());

        if (in.tree().roots().isEmpty()) {
            chapter.paragraph(in.msg("strategy.doc.tree.none"));
        }
        for (NodeView priority : in.tree().roots()) {
            chapter.sub(node(in, priority));
        }
        return List.of(chapter.build());
    }

    private Section node(PlanDocumentInput in, NodeView node) {
        SectionBuilder s = new SectionBuilder(
                "uzel-" + node.id(), in.msg("strategy.doc.node." + node.kind().name(), node.number(), node.title()));
        s.paragraph(node.description());
        if (node.isMeasure()) {
            List<String> facts = new ArrayList<>();
            if (node.measureKind() != null) {
                facts.add(in.msg(
                        "strategy.doc.measure.kind", in.msg(node.measureKind().messageKey())));
            }
            facts.add(in.msg(
                    "strategy.doc.measure.responsible",
                    blank(node.responsible()) ? in.msg("strategy.doc.notGiven") : node.responsible()));
            if (!blank(node.partners())) {
                facts.add(in.msg("strategy.doc.measure.partners", node.partners()));
            }
            if (!node.serviceTypes().isEmpty()) {
                facts.add(in.msg(
                        "strategy.doc.measure.services",
                        join(node.serviceTypes().stream().map(in::label).toList())));
            }
            if (!node.targetGroups().isEmpty()) {
                facts.add(in.msg(
                        "strategy.doc.measure.groups",
                        join(node.targetGroups().stream().map(in::label).toList())));
            }
            if (!node.municipalities().isEmpty()) {
                facts.add(in.msg(
                        "strategy.doc.measure.obce",
                        join(node.municipalities().stream()
                                .map(c -> in.municipalities().getOrDefault(c, String.valueOf(c)))
                                .toList())));
            }
            if (!blank(node.justification())) {
                facts.add(in.msg("strategy.doc.measure.justification", node.justification()));
            }
            s.items(facts);
            if (node.totals().isEmpty()) {
                s.paragraph(in.msg("strategy.doc.measure.noCosts"));
            } else {
                s.table(sourceTable(
                        in, null, in.msg("strategy.doc.measure.costs", node.number()), node.totals(), false));
            }
            if (node.indicators().isEmpty()) {
                s.paragraph(in.msg("strategy.doc.measure.noIndicators"));
            } else {
                s.table(indicatorTable(
                        in, null, in.msg("strategy.doc.measure.indicators", node.number()), List.of(node), false));
            }
            List<String> activities = node.children().stream()
                    .map(a -> in.msg("strategy.doc.activity", a.number(), a.title())
                            + (blank(a.responsible())
                                    ? ""
                                    : in.msg("strategy.doc.activity.responsible", a.responsible())))
                    .toList();
            if (!activities.isEmpty()) {
                s.paragraph(in.msg("strategy.doc.activities"));
                s.items(activities);
            }
            return s.build();
        }
        if (node.children().isEmpty()) {
            s.paragraph(in.msg("strategy.doc.node.empty." + node.kind().name()));
        }
        node.children().forEach(c -> s.sub(node(in, c)));
        return s.build();
    }

    /** Rows: funding sources with money, then the total; columns: the plan's years and the total. */
    static Table sourceTable(
            PlanDocumentInput in, String sheet, String caption, CostTotals totals, boolean allSources) {
        List<Integer> years = in.plan().years();
        List<String> header = new ArrayList<>();
        header.add(in.msg("strategy.doc.col.source"));
        years.forEach(y -> header.add(String.valueOf(y)));
        header.add(in.msg("strategy.doc.col.total"));
        List<Row> rows = new ArrayList<>();
        for (FundingSource source : FundingSource.values()) {
            if (!allSources && totals.sourceTotal(source) == 0) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(in.msg(source.messageKey())));
            years.forEach(y -> cells.add(money(in, totals.cell(y, source))));
            cells.add(money(in, totals.sourceTotal(source)));
            rows.add(new Row(cells, false));
        }
        List<Cell> sum = new ArrayList<>();
        sum.add(Cell.text(in.msg("strategy.doc.col.total")));
        years.forEach(y -> sum.add(money(in, totals.yearTotal(y))));
        sum.add(money(in, totals.total()));
        rows.add(new Row(sum, true));
        return new Table(sheet, caption, header, rows, true);
    }

    private static Table priorityTable(PlanDocumentInput in) {
        List<Integer> years = in.plan().years();
        List<String> header = new ArrayList<>();
        header.add(in.msg("strategy.doc.col.priority"));
        years.forEach(y -> header.add(String.valueOf(y)));
        header.add(in.msg("strategy.doc.col.total"));
        List<Row> rows = new ArrayList<>();
        for (NodeView p : in.tree().roots()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(p.label()));
            years.forEach(y -> cells.add(money(in, p.totals().yearTotal(y))));
            cells.add(money(in, p.totals().total()));
            rows.add(new Row(cells, false));
        }
        CostTotals all = in.tree().totals();
        List<Cell> sum = new ArrayList<>();
        sum.add(Cell.text(in.msg("strategy.doc.col.total")));
        years.forEach(y -> sum.add(money(in, all.yearTotal(y))));
        sum.add(money(in, all.total()));
        rows.add(new Row(sum, true));
        return new Table(
                in.msg("strategy.doc.sheet.priorityCosts"),
                in.msg("strategy.doc.budget.byPriority"),
                header,
                rows,
                true);
    }

    /** Indicators of the given measures: measure, name, unit, baseline and the target of each year. */
    static Table indicatorTable(
            PlanDocumentInput in, String sheet, String caption, List<NodeView> measures, boolean withMeasure) {
        List<Integer> years = in.plan().years();
        List<String> header = new ArrayList<>();
        if (withMeasure) {
            header.add(in.msg("strategy.doc.col.measure"));
        }
        header.add(in.msg("strategy.doc.col.indicator"));
        header.add(in.msg("strategy.doc.col.unit"));
        header.add(in.msg("strategy.doc.col.baseline"));
        years.forEach(y -> header.add(in.msg("strategy.doc.col.target", String.valueOf(y))));
        List<Row> rows = new ArrayList<>();
        for (NodeView m : measures) {
            for (IndicatorView i : m.indicators()) {
                List<Cell> cells = new ArrayList<>();
                if (withMeasure) {
                    cells.add(Cell.text(m.label()));
                }
                cells.add(Cell.text(i.name()));
                cells.add(Cell.text(i.unit()));
                cells.add(
                        i.baseline() == null
                                ? Cell.text("–")
                                : new Cell(in.fmt().number(i.baseline()), i.baseline()));
                years.forEach(y -> cells.add(
                        i.target(y) == null ? Cell.text("–") : new Cell(in.fmt().number(i.target(y)), i.target(y))));
                rows.add(new Row(cells, false));
            }
        }
        return new Table(sheet, caption, header, rows, true);
    }

    static Cell money(PlanDocumentInput in, long amount) {
        return new Cell(in.fmt().money(amount), amount);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String join(List<String> parts) {
        return parts.stream().collect(Collectors.joining(", "));
    }
}
