package cz.planovna.monitoring;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.shared.web.StaleEditException;
import cz.planovna.survey.SurveyDigest;
import cz.planovna.survey.SurveyTemplates;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participants' questionnaire of an evaluation (issue 7, item 3): the coordinator creates it
 * from the survey module's template or links an existing questionnaire of the ORP; the detail page
 * shows it with its responses and the document takes its aggregated results. The coordinator's
 * written evaluation of the process stays beside it as the summary.
 */
@Service
@Transactional
class EvaluationSurveys {

    private final EvaluationRepository evaluations;
    private final EvaluationAuditRepository audit;
    private final EvaluationAccess access;
    private final SurveyTemplates templates;
    private final SurveyDigest digest;
    private final Clock clock;

    EvaluationSurveys(
            EvaluationRepository evaluations,
            EvaluationAuditRepository audit,
            EvaluationAccess access,
            SurveyTemplates templates,
            SurveyDigest digest,
            ObjectProvider<Clock> clock) {
        this.evaluations = evaluations;
        this.audit = audit;
        this.access = access;
        this.templates = templates;
        this.digest = digest;
        this.clock = clock.getIfAvailable(() -> Clock.system(CzechFormats.PRAGUE));
    }

    @Transactional(readOnly = true)
    EvaluationSurveyPanel panel(int code, long planId, long id) {
        access.check(code, Action.VIEW_INTERNAL);
        Evaluation e = find(code, planId, id);
        Long surveyId = e.surveyId();
        SurveyDigest.Linked linked =
                surveyId == null ? null : digest.linked(code, surveyId).orElse(null);
        List<SurveyDigest.Choice> choices = access.may(code, Action.EDIT_PLANNING) && e.state() == EvaluationState.DRAFT
                ? digest.choices(code)
                : List.of();
        return new EvaluationSurveyPanel(surveyId, linked, choices);
    }

    /** Creates the questionnaire from the template, links it and returns its id. */
    long createAndLink(int code, long planId, long id, long version) {
        access.check(code, Action.EDIT_PLANNING);
        Evaluation e = editable(code, planId, id, version);
        long surveyId = templates.createProcessEvaluation(code);
        e.linkSurvey(surveyId, clock.instant());
        audit.save(new EvaluationAudit(e, clock.instant(), access.userName(), "evaluation.audit.survey.created", null));
        return surveyId;
    }

    /** Links an existing questionnaire of the ORP; {@code surveyId} null removes the link. */
    void link(int code, long planId, long id, long version, Long surveyId) {
        access.check(code, Action.EDIT_PLANNING);
        Evaluation e = editable(code, planId, id, version);
        if (surveyId != null && digest.choices(code).stream().noneMatch(c -> c.id() == surveyId)) {
            throw new FormRejectedException("surveyId", "evaluation.survey.validation.unknown");
        }
        e.linkSurvey(surveyId, clock.instant());
        audit.save(new EvaluationAudit(
                e,
                clock.instant(),
                access.userName(),
                surveyId == null ? "evaluation.audit.survey.unlinked" : "evaluation.audit.survey.linked",
                null));
    }

    /** Aggregated results of the linked questionnaire for the document (null: none linked or deleted). */
    @Transactional(readOnly = true)
    SurveyDigest.Aggregate aggregate(int code, long evaluationId) {
        return evaluations
                .findById(evaluationId)
                .filter(e -> e.districtCode() == code && e.surveyId() != null)
                .flatMap(e -> digest.aggregate(code, e.surveyId()))
                .orElse(null);
    }

    private Evaluation editable(int code, long planId, long id, long version) {
        Evaluation e = find(code, planId, id);
        if (e.version() != version) {
            throw new StaleEditException(
                    e.kind() == EvaluationKind.YEARLY ? "Evaluace " + e.year() : "Závěrečná evaluace",
                    null,
                    null,
                    EvaluationUrls.evaluation(code, planId, id),
                    false);
        }
        if (e.state() != EvaluationState.DRAFT) {
            throw new FormRejectedException(null, "evaluation.validation.final");
        }
        return e;
    }

    private Evaluation find(int code, long planId, long id) {
        return evaluations
                .findById(id)
                .filter(e -> e.districtCode() == code && e.planId() == planId)
                .orElseThrow(() -> new NotFoundException("evaluation " + id));
    }
}
