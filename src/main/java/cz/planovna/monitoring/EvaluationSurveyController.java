package cz.planovna.monitoring;

import cz.planovna.shared.web.FormRejectedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The participants' questionnaire of an evaluation: create it from the template, or link one. */
@Controller
class EvaluationSurveyController {

    static final String BASE = EvaluationController.BASE + "/{id:\\d+}/dotaznik";

    private final EvaluationSurveys surveys;

    EvaluationSurveyController(EvaluationSurveys surveys) {
        this.surveys = surveys;
    }

    /** Creates the questionnaire and opens it in the survey builder. */
    @PostMapping(BASE + "/novy")
    String create(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable long id,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            long surveyId = surveys.createAndLink(code, planId, id, version);
            redirect.addFlashAttribute("notice", "evaluation.survey.notice.created");
            return "redirect:/orp/" + code + "/planovani/dotazniky/" + surveyId;
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:" + EvaluationUrls.evaluation(code, planId, id);
        }
    }

    /** Links an existing questionnaire of the ORP; an empty choice removes the link. */
    @PostMapping(BASE)
    String link(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String surveyId,
            RedirectAttributes redirect) {
        try {
            Long chosen = parse(surveyId);
            surveys.link(code, planId, id, version, chosen);
            redirect.addFlashAttribute(
                    "notice", chosen == null ? "evaluation.survey.notice.unlinked" : "evaluation.survey.notice.linked");
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:" + EvaluationUrls.evaluation(code, planId, id) + "#dotaznik";
    }

    private static Long parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw new FormRejectedException("surveyId", "evaluation.survey.validation.unknown");
        }
    }
}
