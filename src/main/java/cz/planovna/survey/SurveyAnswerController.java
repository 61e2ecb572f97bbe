package cz.planovna.survey;

import cz.planovna.survey.SurveyAnswering.Outcome;
import cz.planovna.survey.SurveyAnswering.RefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public answering: the anonymous link /dotazniky/{token}, personal invitations
 * /dotazniky/pozvanka/{token} and resume links. "ulozit" saves for later, "odeslat" submits.
 */
@Controller
class SurveyAnswerController {

    private final SurveyAnswering answering;

    SurveyAnswerController(SurveyAnswering answering) {
        this.answering = answering;
    }

    @GetMapping("/dotazniky/{token}")
    String publicForm(@PathVariable String token, HttpServletResponse response, Model model) {
        return guarded(() -> form(answering.publicForm(token), model), response, model);
    }

    @PostMapping("/dotazniky/{token}")
    String answerPublic(
            @PathVariable String token,
            @RequestParam(name = "akce", defaultValue = "odeslat") String action,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return guarded(
                () -> {
                    Outcome outcome = answering.answerPublic(token, params(request), submit(action));
                    if (outcome.resumeToken() != null) {
                        model.addAttribute("resumeLink", SurveyUrls.resume(token, outcome.resumeToken()));
                    }
                    return done(outcome, response, model);
                },
                response,
                model);
    }

    @GetMapping("/dotazniky/{token}/pokracovat/{resume}")
    String resumeForm(
            @PathVariable String token, @PathVariable String resume, HttpServletResponse response, Model model) {
        model.addAttribute("resumeLink", SurveyUrls.resume(token, resume));
        return guarded(() -> form(answering.resumeForm(token, resume), model), response, model);
    }

    @PostMapping("/dotazniky/{token}/pokracovat/{resume}")
    String answerResumed(
            @PathVariable String token,
            @PathVariable String resume,
            @RequestParam(name = "akce", defaultValue = "odeslat") String action,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        return guarded(
                () -> {
                    Outcome outcome = answering.answerResumed(token, resume, params(request), submit(action));
                    if (!outcome.submitted()) {
                        model.addAttribute("resumeLink", SurveyUrls.resume(token, resume));
                    }
                    return done(outcome, response, model);
                },
                response,
                model);
    }

    @GetMapping("/dotazniky/pozvanka/{token}")
    String invitationForm(@PathVariable String token, HttpServletResponse response, Model model) {
        model.addAttribute("personal", true);
        return guarded(() -> form(answering.invitationForm(token), model), response, model);
    }

    @PostMapping("/dotazniky/pozvanka/{token}")
    String answerInvitation(
            @PathVariable String token,
            @RequestParam(name = "akce", defaultValue = "odeslat") String action,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("personal", true);
        return guarded(
                () -> done(answering.answerInvitation(token, params(request), submit(action)), response, model),
                response,
                model);
    }

    /** Runs a handler; a refused link (closed, not yet open, already sent) shows its page instead. */
    private static String guarded(
            java.util.function.Supplier<String> handler, HttpServletResponse response, Model model) {
        try {
            return handler.get();
        } catch (RefusedException e) {
            return refused(e, response, model);
        }
    }

    private static String refused(RefusedException e, HttpServletResponse response, Model model) {
        response.setStatus(
                e.refusal() == SurveyAnswering.Refusal.ALREADY_SUBMITTED
                        ? HttpStatus.CONFLICT.value()
                        : HttpStatus.GONE.value());
        model.addAttribute("survey", e.survey());
        model.addAttribute("refusal", e.refusal().name());
        return "survey/refused";
    }

    private static String done(Outcome outcome, HttpServletResponse response, Model model) {
        if (outcome.submitted()) {
            model.addAttribute("survey", outcome.form().survey());
            return "survey/thanks";
        }
        if (outcome.form().problems().isEmpty()) {
            model.addAttribute("saved", true);
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        return form(outcome.form(), model);
    }

    private static String form(AnswerForm form, Model model) {
        model.addAttribute("form", form);
        return "survey/answer";
    }

    private static boolean submit(String action) {
        return !"ulozit".equals(action);
    }

    private static Map<String, String[]> params(HttpServletRequest request) {
        return request.getParameterMap();
    }
}
