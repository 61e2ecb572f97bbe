package cz.planovna.strategy;

import cz.planovna.strategy.PlanDocumentModel.Cell;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.SectionBuilder;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Annex tables of the measures: an overview (kind, responsible, partners, total cost) and the
 * costs of every measure by funding source and year, the tables people copy into budgets.
 */
@Component
class MeasureOverviewSection implements PlanDocumentSection {

    @Override
    public int order() {
        return 800;
    }

    @Override
    public List<Section> chapters(PlanDocumentInput in) {
        List<NodeView> measures =
                in.tree().all().stream().filter(NodeView::isMeasure).toList();
        SectionBuilder s = new SectionBuilder("opatreni", in.msg("strategy.doc.measures.heading"));
        if (measures.isEmpty()) {
            return List.of(s.paragraph(in.msg("strategy.doc.measures.none")).build());
        }
        List<Row> overview = new ArrayList<>();
        long sum = 0;
        for (NodeView m : measures) {
            overview.add(new Row(
                    List.of(
                            Cell.text(m.number()),
                            Cell.text(m.title()),
                            Cell.text(
                                    m.measureKind() == null
                                            ? ""
                                            : in.msg(m.measureKind().messageKey())),
                            Cell.text(m.responsible()),
                            Cell.text(m.partners()),
                            StrategyDocumentSection.money(in, m.totals().total())),
                    false));
            sum += m.totals().total();
        }
        overview.add(new Row(
                List.of(
                        Cell.text(in.msg("strategy.doc.col.total")),
                        Cell.text(""),
                        Cell.text(""),
                        Cell.text(""),
                        Cell.text(""),
                        StrategyDocumentSection.money(in, sum)),
                true));
        s.table(new Table(
                in.msg("strategy.doc.sheet.measures"),
                in.msg("strategy.doc.measures.table"),
                List.of(
                        in.msg("strategy.doc.col.number"),
                        in.msg("strategy.doc.col.measure"),
                        in.msg("strategy.doc.col.kind"),
                        in.msg("strategy.doc.col.responsible"),
                        in.msg("strategy.doc.col.partners"),
                        in.msg("strategy.doc.col.total")),
                overview,
                true));

        List<Integer> years = in.plan().years();
        List<String> header = new ArrayList<>();
        header.add(in.msg("strategy.doc.col.number"));
        header.add(in.msg("strategy.doc.col.source"));
        years.forEach(y -> header.add(String.valueOf(y)));
        header.add(in.msg("strategy.doc.col.total"));
        List<Row> costs = new ArrayList<>();
        for (NodeView m : measures) {
            for (FundingSource source : FundingSource.values()) {
                if (m.totals().sourceTotal(source) == 0) {
                    continue;
                }
                List<Cell> cells = new ArrayList<>();
                cells.add(Cell.text(m.number()));
                cells.add(Cell.text(in.msg(source.messageKey())));
                years.forEach(y ->
                        cells.add(StrategyDocumentSection.money(in, m.totals().cell(y, source))));
                cells.add(StrategyDocumentSection.money(in, m.totals().sourceTotal(source)));
                costs.add(new Row(cells, false));
            }
        }
        List<Cell> total = new ArrayList<>();
        total.add(Cell.text(in.msg("strategy.doc.col.total")));
        total.add(Cell.text(""));
        years.forEach(y ->
                total.add(StrategyDocumentSection.money(in, in.tree().totals().yearTotal(y))));
        total.add(StrategyDocumentSection.money(in, in.tree().totals().total()));
        costs.add(new Row(total, true));
        s.table(new Table(
                in.msg("strategy.doc.sheet.measureCosts"), in.msg("strategy.doc.measures.costs"), header, costs, true));
        return List.of(s.build());
    }
}
