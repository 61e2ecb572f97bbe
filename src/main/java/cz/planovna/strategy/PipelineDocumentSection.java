package cz.planovna.strategy;

import cz.planovna.strategy.PlanDocumentModel.Cell;
import cz.planovna.strategy.PlanDocumentModel.Row;
import cz.planovna.strategy.PlanDocumentModel.Section;
import cz.planovna.strategy.PlanDocumentModel.SectionBuilder;
import cz.planovna.strategy.PlanDocumentModel.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The project pipeline in the strategic part: the projects linked to the plan's measures in the
 * states the public sees (prepared, submitted, funded; never raw ideas nor rejected ones, as the
 * document may be published), by measure number and name, with their state and estimated cost,
 * the total, and the counts and costs per state. The same chapter is the content of the pipeline's
 * PDF and DOCX export ({@link PlanExports}), there for the whole ORP.
 */
@Component
class PipelineDocumentSection implements PlanDocumentSection {

    static final int ORDER = 320;

    private final ProjectPipelineQueries pipeline;

    PipelineDocumentSection(ProjectPipelineQueries pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public List<Section> chapters(PlanDocumentInput in) {
        long planId = in.plan().id();
        List<ProjectView> linked = pipeline.publicPipeline(in.orp().code(), PipelineFilter.Sort.NAME).stream()
                .filter(p -> p.measure() != null
                        && !p.measure().removed()
                        && p.measure().planId() == planId)
                .toList();
        return List.of(chapter(in, "zasobnik", linked, in.msg("strategy.doc.pipeline.intro"), true));
    }

    /**
     * @param projects the projects to list
     * @param measuresOnly whether every project has a measure (the plan document) or the list is the
     *     whole pipeline (the export: projects without a measure are listed last)
     */
    static Section chapter(
            PlanDocumentInput in, String id, List<ProjectView> projects, String intro, boolean measuresOnly) {
        SectionBuilder s = new SectionBuilder(id, in.msg("strategy.doc.pipeline.heading"));
        if (projects.isEmpty()) {
            return s.paragraph(in.msg(measuresOnly ? "strategy.doc.pipeline.none" : "strategy.doc.pipeline.empty"))
                    .build();
        }
        s.paragraph(intro);
        List<ProjectView> ordered = projects.stream().sorted(byMeasure()).toList();
        long total = 0;
        List<Row> rows = new ArrayList<>();
        for (ProjectView p : ordered) {
            rows.add(new Row(
                    List.of(
                            Cell.text(
                                    p.measure() == null
                                            ? in.msg("strategy.doc.pipeline.noMeasure")
                                            : p.measure().label()),
                            Cell.text(p.title()),
                            Cell.text(p.organisation()),
                            Cell.text(in.msg(p.state().messageKey())),
                            money(in, p.estimatedCost())),
                    false));
            total += p.estimatedCost();
        }
        rows.add(new Row(
                List.of(
                        Cell.text(in.msg("strategy.doc.col.total")),
                        Cell.text(in.msg("strategy.doc.pipeline.count", in.fmt().number(ordered.size()))),
                        Cell.text(""),
                        Cell.text(""),
                        money(in, total)),
                true));
        s.table(new Table(
                in.msg("strategy.doc.sheet.pipeline"),
                in.msg("strategy.doc.pipeline.table"),
                List.of(
                        in.msg("strategy.doc.col.measure"),
                        in.msg("strategy.doc.col.project"),
                        in.msg("strategy.doc.col.submitter"),
                        in.msg("strategy.doc.col.state"),
                        in.msg("strategy.doc.col.estimatedCost")),
                rows,
                true));
        List<Row> states = new ArrayList<>();
        for (ProjectState state : ProjectState.values()) {
            List<ProjectView> inState =
                    ordered.stream().filter(p -> p.state() == state).toList();
            if (inState.isEmpty()) {
                continue;
            }
            states.add(new Row(
                    List.of(
                            Cell.text(in.msg(state.messageKey())),
                            new Cell(in.fmt().number(inState.size()), inState.size()),
                            money(
                                    in,
                                    inState.stream()
                                            .mapToLong(ProjectView::estimatedCost)
                                            .sum())),
                    false));
        }
        states.add(new Row(
                List.of(
                        Cell.text(in.msg("strategy.doc.col.total")),
                        new Cell(in.fmt().number(ordered.size()), ordered.size()),
                        money(in, total)),
                true));
        s.table(new Table(
                in.msg("strategy.doc.sheet.pipelineStates"),
                in.msg("strategy.doc.pipeline.states"),
                List.of(
                        in.msg("strategy.doc.col.state"),
                        in.msg("strategy.doc.col.projects"),
                        in.msg("strategy.doc.col.estimatedCost")),
                states,
                true));
        return s.build();
    }

    /** By the measure's number (numerically, 1.10 after 1.9; without a measure last), then by name. */
    static Comparator<ProjectView> byMeasure() {
        return Comparator.comparing(
                        (ProjectView p) ->
                                p.measure() == null ? null : p.measure().number(),
                        Comparator.nullsLast(PipelineDocumentSection::compareNumbers))
                .thenComparing(ProjectPipelineQueries.order(PipelineFilter.Sort.NAME));
    }

    static int compareNumbers(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Long.compare(parse(x[i]), parse(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static Cell money(PlanDocumentInput in, long amount) {
        return new Cell(in.fmt().money(amount), amount);
    }
}
