package cz.planovna.strategy;

import cz.planovna.shared.format.CzechFormats;
import cz.planovna.strategy.PlanDocumentModel.Section;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * One action plan and the project pipeline as PDF (tagged) and DOCX, "the same way" as the plan
 * document: the chapter its section bean prints in the plan document, under a title page, written
 * by {@link PlanPdfWriter} and {@link PlanDocxWriter}. Built per request (a few pages). The
 * coordinator's variants check VIEW_INTERNAL through the queries; the public ones read only what
 * the public pages show (approved action plans of public plans, the public pipeline).
 */
@Service
class PlanExports {

    enum Kind {
        PDF,
        DOCX
    }

    private final ActionPlanQueries actionPlans;
    private final ProjectPipelineQueries pipeline;
    private final PlanPdfWriter pdf;
    private final PlanDocxWriter docx;
    private final MessageSource messages;
    private final CzechFormats fmt;
    private final Clock clock;

    PlanExports(
            ActionPlanQueries actionPlans,
            ProjectPipelineQueries pipeline,
            PlanPdfWriter pdf,
            PlanDocxWriter docx,
            MessageSource messages,
            CzechFormats fmt,
            ObjectProvider<Clock> clock) {
        this.actionPlans = actionPlans;
        this.pipeline = pipeline;
        this.pdf = pdf;
        this.docx = docx;
        this.messages = messages;
        this.fmt = fmt;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    /** An action plan of the ORP's team (VIEW_INTERNAL), draft or approved. */
    byte[] actionPlan(int code, long planId, long actionPlanId, Kind kind) {
        return write(actionPlanModel(actionPlans.actionPlan(code, planId, actionPlanId)), kind);
    }

    /** The approved action plan of a year of a public plan; 404 otherwise. */
    byte[] publicActionPlan(int code, int year, Long planId, Kind kind) {
        return write(actionPlanModel(actionPlans.publicActionPlan(code, year, planId)), kind);
    }

    /** The whole pipeline of the ORP (VIEW_INTERNAL). */
    byte[] pipeline(int code, Kind kind) {
        List<ProjectView> projects = pipeline.all(code, PipelineFilter.none());
        return write(pipelineModel(pipeline.orp(code), projects, false), kind);
    }

    /** The public pipeline: prepared, submitted and funded projects. */
    byte[] publicPipeline(int code, Kind kind) {
        List<ProjectView> projects = pipeline.publicPipeline(code, PipelineFilter.Sort.NAME);
        return write(pipelineModel(pipeline.orp(code), projects, true), kind);
    }

    PlanDocumentModel actionPlanModel(ActionPlanView view) {
        PlanDocumentInput in = input(view.orp());
        ActionPlanSummary ap = view.plan();
        String year = String.valueOf(ap.year());
        String title =
                in.msg("strategy.export.actionPlan.title", year, view.orp().name());
        List<String> facts = new ArrayList<>();
        facts.add(in.msg("strategy.doc.title.orp", view.orp().name(), view.orp().regionName()));
        facts.add(in.msg("strategy.export.actionPlan.plan", ap.planTitle()));
        facts.add(in.msg("strategy.export.actionPlan.state", in.msg(ap.state().messageKey())));
        facts.add(in.msg("strategy.export.generated", fmt.date(in.generatedOn())));
        Section chapter = ActionPlanDocumentSection.actionPlan(in, view, "akcni-plan");
        return new PlanDocumentModel(
                title,
                view.orp().name(),
                in.msg("strategy.export.actionPlan.subtitle"),
                facts,
                title,
                List.of(chapter));
    }

    PlanDocumentModel pipelineModel(OrpView orp, List<ProjectView> projects, boolean publicOnly) {
        PlanDocumentInput in = input(orp);
        String title = in.msg("strategy.export.pipeline.title", orp.name());
        List<String> facts = new ArrayList<>();
        facts.add(in.msg("strategy.doc.title.orp", orp.name(), orp.regionName()));
        facts.add(in.msg(publicOnly ? "strategy.export.pipeline.public" : "strategy.export.pipeline.internal"));
        facts.add(in.msg("strategy.export.generated", fmt.date(in.generatedOn())));
        Section chapter = PipelineDocumentSection.chapter(
                in,
                "zasobnik",
                projects,
                in.msg(publicOnly ? "strategy.export.pipeline.publicIntro" : "strategy.export.pipeline.intro"),
                false);
        return new PlanDocumentModel(
                title, orp.name(), in.msg("strategy.export.pipeline.subtitle"), facts, title, List.of(chapter));
    }

    private PlanDocumentInput input(OrpView orp) {
        return new PlanDocumentInput(
                orp,
                null,
                null,
                List.of(),
                Map.of(),
                Map.of(),
                LocalDate.now(clock),
                messages,
                PlanDocumentGenerator.CZECH,
                fmt);
    }

    private byte[] write(PlanDocumentModel model, Kind kind) {
        PlanDocumentModel typeset = model.typeset();
        return kind == Kind.PDF ? pdf.write(typeset) : docx.write(typeset);
    }
}
