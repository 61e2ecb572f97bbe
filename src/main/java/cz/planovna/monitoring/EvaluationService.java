package cz.planovna.monitoring;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import cz.planovna.strategy.PlanPage;
import cz.planovna.strategy.PlanSummary;
import cz.planovna.strategy.StrategyQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations of a plan: the coordinator creates them (a yearly one per year of the plan, one
 * final one), writes conclusions and the evaluation of the process, finalises them; the ORP's team
 * reads them and downloads the documents. Every change is audited.
 */
@Service
@Transactional
class EvaluationService {

    static final int PAGE_SIZE = 20;

    private final EvaluationRepository evaluations;
    private final EvaluationAuditRepository audit;
    private final EvaluationAccess access;
    private final StrategyQueries plans;
    private final EvaluationInputs inputs;
    private final EvaluationDocumentBuilder builder;
    private final EvaluationPdfWriter pdf;
    private final EvaluationDocxWriter docx;
    private final EvaluationSurveys surveys;
    private final Clock clock;

    EvaluationService(
            EvaluationRepository evaluations,
            EvaluationAuditRepository audit,
            EvaluationAccess access,
            StrategyQueries plans,
            EvaluationInputs inputs,
            EvaluationDocumentBuilder builder,
            EvaluationPdfWriter pdf,
            EvaluationDocxWriter docx,
            EvaluationSurveys surveys,
            ObjectProvider<Clock> clock) {
        this.evaluations = evaluations;
        this.audit = audit;
        this.access = access;
        this.plans = plans;
        this.inputs = inputs;
        this.builder = builder;
        this.pdf = pdf;
        this.docx = docx;
        this.surveys = surveys;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    /** Sorts of the list: {@code rok} (kind and year), {@code upraveno} (last change first). */
    @Transactional(readOnly = true)
    Page<EvaluationView> list(int code, long planId, int page, String sort) {
        access.check(code, Action.VIEW_INTERNAL);
        plans.summary(code, planId);
        Sort order = "upraveno".equals(sort)
                ? Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))
                : Sort.by(Sort.Order.asc("kind"), Sort.Order.desc("year"), Sort.Order.desc("id"));
        return evaluations
                .findByDistrictCodeAndPlanId(code, planId, PageRequest.of(Math.max(page, 0), PAGE_SIZE, order))
                .map(Evaluation::toView);
    }

    @Transactional(readOnly = true)
    PlanSummary plan(int code, long planId) {
        access.check(code, Action.VIEW_INTERNAL);
        return plans.summary(code, planId);
    }

    @Transactional(readOnly = true)
    PlanPage planPage(int code, long planId) {
        return plans.plan(code, planId);
    }

    void checkEditing(int code) {
        access.check(code, Action.EDIT_PLANNING);
    }

    @Transactional(readOnly = true)
    cz.planovna.strategy.OrpView orp(int code) {
        return plans.orp(code);
    }

    boolean mayEdit(int code) {
        return access.may(code, Action.EDIT_PLANNING);
    }

    long create(int code, long planId, EvaluationKind kind, Integer year) {
        access.check(code, Action.EDIT_PLANNING);
        PlanSummary plan = plans.summary(code, planId);
        if (kind == EvaluationKind.YEARLY) {
            if (year == null || year < plan.yearFrom() || year > plan.yearTo()) {
                throw new FormRejectedException("year", "evaluation.validation.year.outside");
            }
            if (evaluations.existsByPlanIdAndKindAndYear(planId, kind, year)) {
                throw new FormRejectedException("year", "evaluation.validation.duplicate.YEARLY");
            }
        } else if (evaluations.existsByPlanIdAndKindAndYearIsNull(planId, kind)) {
            throw new FormRejectedException("kind", "evaluation.validation.duplicate.FINAL");
        }
        Evaluation e = evaluations.save(new Evaluation(code, planId, kind, year, clock.instant()));
        audit(e, "evaluation.audit.created", null);
        return e.id();
    }

    @Transactional(readOnly = true)
    EvaluationView evaluation(int code, long planId, long id) {
        access.check(code, Action.VIEW_INTERNAL);
        return find(code, planId, id).toView();
    }

    @Transactional(readOnly = true)
    List<EvaluationAuditView> history(int code, long planId, long id) {
        access.check(code, Action.VIEW_INTERNAL);
        find(code, planId, id);
        return audit.findTop50ByEvaluationIdOrderByAtDescIdDesc(id).stream()
                .map(EvaluationAudit::toView)
                .toList();
    }

    void update(
            int code,
            long planId,
            long id,
            long version,
            String summary,
            Map<Long, String> conclusions,
            ProcessEvaluation process) {
        access.check(code, Action.EDIT_PLANNING);
        Evaluation e = find(code, planId, id);
        stale(code, e, version, summary);
        if (e.state() != EvaluationState.DRAFT) {
            throw new FormRejectedException(null, "evaluation.validation.final");
        }
        PlanPage page = plans.plan(code, planId);
        var priorityIds = page.tree().stream().map(n -> n.id()).toList();
        Map<Long, String> known = new java.util.HashMap<>();
        conclusions.forEach((priority, text) -> {
            if (priorityIds.contains(priority)) {
                known.put(priority, text);
            }
        });
        e.write(summary, known, process, clock.instant());
        audit(e, "evaluation.audit.saved", null);
    }

    void changeState(int code, long planId, long id, long version, EvaluationState target) {
        access.check(code, Action.EDIT_PLANNING);
        Evaluation e = find(code, planId, id);
        stale(code, e, version, null);
        if (e.state() == target) {
            throw new FormRejectedException(null, "evaluation.validation.state");
        }
        e.moveTo(target, clock.instant());
        audit(e, "evaluation.audit.state." + target.name(), null);
    }

    void delete(int code, long planId, long id, long version) {
        access.check(code, Action.EDIT_PLANNING);
        Evaluation e = find(code, planId, id);
        stale(code, e, version, null);
        if (e.state() != EvaluationState.DRAFT) {
            throw new FormRejectedException(null, "evaluation.validation.delete.final");
        }
        audit(e, "evaluation.audit.deleted", null);
        evaluations.delete(e);
    }

    /** The document of an evaluation for the ORP's team. */
    @Transactional(readOnly = true)
    byte[] document(int code, long planId, long id, String format) {
        access.check(code, Action.VIEW_INTERNAL);
        EvaluationView e = find(code, planId, id).toView();
        return render(plans.plan(code, planId), e, format, true);
    }

    /** A final evaluation of a public plan, for anyone; anything else is not found. */
    @Transactional(readOnly = true)
    byte[] publicDocument(int code, long id, String format) {
        Evaluation e = evaluations
                .findById(id)
                .filter(x -> x.districtCode() == code && x.state() == EvaluationState.FINAL)
                .orElseThrow(() -> new NotFoundException("evaluation " + id));
        PlanPage page = plans.publicPlan(code, e.planId())
                .filter(p -> p.plan().id() == e.planId())
                .orElseThrow(() -> new NotFoundException("public plan " + e.planId()));
        return render(page, e.toView(), format, false);
    }

    /** The final evaluations of a public plan (empty for a plan that is not public). */
    @Transactional(readOnly = true)
    List<EvaluationView> published(int code, long planId) {
        return evaluations.findByDistrictCodeAndPlanIdAndState(code, planId, EvaluationState.FINAL).stream()
                .map(Evaluation::toView)
                .sorted(java.util.Comparator.comparing(EvaluationView::kind)
                        .thenComparing(v -> v.year() == null ? 0 : v.year()))
                .toList();
    }

    EvaluationDocument model(PlanPage page, EvaluationView e, boolean internal) {
        int code = page.orp().code();
        return builder.build(
                e, inputs.input(code, page, e, internal), surveys.aggregate(code, e.id()), LocalDate.now(clock));
    }

    private byte[] render(PlanPage page, EvaluationView e, String format, boolean internal) {
        EvaluationDocument doc = model(page, e, internal).typeset();
        return switch (format) {
            case "pdf" -> pdf.write(doc);
            case "docx" -> docx.write(doc);
            default -> throw new NotFoundException("format " + format);
        };
    }

    private Evaluation find(int code, long planId, long id) {
        return evaluations
                .findById(id)
                .filter(e -> e.districtCode() == code && e.planId() == planId)
                .orElseThrow(() -> new NotFoundException("evaluation " + id));
    }

    private void stale(int code, Evaluation e, long version, String submitted) {
        if (e.version() != version) {
            throw new StaleEditException(
                    e.kind() == EvaluationKind.YEARLY ? "Evaluace " + e.year() : "Závěrečná evaluace",
                    submitted,
                    e.summary(),
                    EvaluationUrls.evaluation(code, e.planId(), e.id()),
                    false);
        }
    }

    private void audit(Evaluation e, String what, String detail) {
        audit.save(new EvaluationAudit(e, clock.instant(), access.userName(), what, detail));
    }
}
