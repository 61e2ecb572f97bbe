package cz.planovna.survey;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.web.FormRejectedException;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's survey list and builder under /orp/{code}/planovani/dotazniky. */
@Controller
class SurveyBuilderController {

    /** Optimistic-lock version of a form that has nothing else. */
    record VersionForm(long version) {}

    /** The invitation form: addresses one per line. */
    record InviteForm(String emails, long version) {}

    private final SurveyBuilder builder;
    private final SurveyInvitations invitations;
    private final SurveyAccess access;

    SurveyBuilderController(SurveyBuilder builder, SurveyInvitations invitations, SurveyAccess access) {
        this.builder = builder;
        this.invitations = invitations;
        this.access = access;
    }

    @GetMapping("/orp/{code}/planovani/dotazniky")
    String list(@PathVariable int code, @RequestParam(defaultValue = "1") int strana, Model model) {
        model.addAttribute("surveys", builder.list(code, strana - 1));
        model.addAttribute("orp", access.info(code));
        model.addAttribute("mayEdit", access.may(code, Action.EDIT_PLANNING));
        return "survey/list";
    }

    @GetMapping("/orp/{code}/planovani/dotazniky/novy")
    String newSurvey(@PathVariable int code, Model model) {
        access.check(code, Action.EDIT_PLANNING);
        model.addAttribute("surveyForm", SurveyForm.empty());
        model.addAttribute("orp", access.info(code));
        return "survey/new";
    }

    @PostMapping("/orp/{code}/planovani/dotazniky/novy")
    String create(
            @PathVariable int code,
            @Valid @ModelAttribute("surveyForm") SurveyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                long id = builder.create(code, form);
                redirect.addFlashAttribute("notice", "survey.notice.created");
                return "redirect:" + SurveyUrls.builder(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        access.check(code, Action.EDIT_PLANNING);
        model.addAttribute("orp", access.info(code));
        return "survey/new";
    }

    @GetMapping("/orp/{code}/planovani/dotazniky/{id}")
    String builder(@PathVariable int code, @PathVariable long id, Model model) {
        SurveyBuilderView view = builder.builder(code, id);
        if (!model.containsAttribute("surveyForm")) {
            model.addAttribute("surveyForm", SurveyForm.of(view.survey()));
        }
        if (!model.containsAttribute("questionForm")) {
            model.addAttribute("questionForm", QuestionForm.empty());
        }
        if (!model.containsAttribute("inviteForm")) {
            model.addAttribute("inviteForm", new InviteForm("", view.survey().version()));
        }
        return page(code, view, model);
    }

    @PostMapping("/orp/{code}/planovani/dotazniky/{id}")
    String updateSettings(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("surveyForm") SurveyForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                builder.updateSettings(code, id, form);
                redirect.addFlashAttribute("notice", "survey.notice.saved");
                return "redirect:" + SurveyUrls.builder(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        SurveyBuilderView view = builder.builder(code, id);
        model.addAttribute("questionForm", QuestionForm.empty());
        model.addAttribute("inviteForm", new InviteForm("", view.survey().version()));
        return page(code, view, model);
    }

    @PostMapping("/orp/{code}/planovani/dotazniky/{id}/stav")
    String changeState(
            @PathVariable int code,
            @PathVariable long id,
            @RequestParam SurveyState state,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        try {
            builder.changeState(code, id, state, form.version());
            redirect.addFlashAttribute("notice", "survey.notice.state." + state.name());
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:" + SurveyUrls.builder(code, id);
    }

    @PostMapping("/orp/{code}/planovani/dotazniky/{id}/smazat")
    String delete(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        builder.delete(code, id, form.version());
        redirect.addFlashAttribute("notice", "survey.notice.deleted");
        return "redirect:" + SurveyUrls.list(code);
    }

    // ---- questions ----------------------------------------------------------------------------

    @PostMapping("/orp/{code}/planovani/dotazniky/{id}/otazky")
    String addQuestion(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("questionForm") QuestionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                long q = builder.addQuestion(code, id, form);
                redirect.addFlashAttribute("notice", "survey.notice.question.added");
                return "redirect:" + SurveyUrls.builder(code, id) + "#q-" + q;
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        SurveyBuilderView view = builder.builder(code, id);
        model.addAttribute("surveyForm", SurveyForm.of(view.survey()));
        model.addAttribute("inviteForm", new InviteForm("", view.survey().version()));
        return page(code, view, model);
    }

    @GetMapping("/orp/{code}/planovani/dotazniky/{id}/otazky/{question}")
    String editQuestion(@PathVariable int code, @PathVariable long id, @PathVariable long question, Model model) {
        QuestionDef q = builder.question(code, id, question);
        model.addAttribute("questionForm", QuestionForm.of(q));
        return questionPage(code, id, q, model);
    }

    @PostMapping("/orp/{code}/planovani/dotazniky/{id}/otazky/{question}")
    String updateQuestion(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long question,
            @Valid @ModelAttribute("questionForm") QuestionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                builder.updateQuestion(code, id, question, form);
                redirect.addFlashAttribute("notice", "survey.notice.question.saved");
                return "redirect:" + SurveyUrls.builder(code, id) + "#q-" + question;
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return questionPage(code, id, builder.question(code, id, question), model);
    }

    @PostMapping("/orp/{code}/planovani/dotazniky/{id}/otazky/{question}/smazat")
    String deleteQuestion(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long question,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        builder.deleteQuestion(code, id, question, form.version());
        redirect.addFlashAttribute("notice", "survey.notice.question.deleted");
        return "redirect:" + SurveyUrls.builder(code, id);
    }

    @PostMapping("/orp/{code}/planovani/dotazniky/{id}/otazky/{question}/posun")
    String move(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long question,
            @RequestParam String smer,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        builder.move(code, id, question, "nahoru".equals(smer), form.version());
        redirect.addFlashAttribute("notice", "survey.notice.question.moved");
        return "redirect:" + SurveyUrls.builder(code, id) + "#q-" + question;
    }

    // ---- invitations --------------------------------------------------------------------------

    @PostMapping("/orp/{code}/planovani/dotazniky/{id}/pozvanky")
    String invite(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute("inviteForm") InviteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            int sent = invitations.invite(code, id, form.emails(), form.version());
            redirect.addFlashAttribute("notice", "survey.notice.invited");
            redirect.addFlashAttribute("noticeArgs", List.of(sent));
            return "redirect:" + SurveyUrls.builder(code, id) + "#pozvanky";
        } catch (FormRejectedException e) {
            e.addTo(binding);
        }
        SurveyBuilderView view = builder.builder(code, id);
        model.addAttribute("surveyForm", SurveyForm.of(view.survey()));
        model.addAttribute("questionForm", QuestionForm.empty());
        return page(code, view, model);
    }

    @PostMapping("/orp/{code}/planovani/dotazniky/{id}/pripominka")
    String remind(@PathVariable int code, @PathVariable long id, RedirectAttributes redirect) {
        int sent = invitations.remind(code, id);
        redirect.addFlashAttribute("notice", "survey.notice.reminded");
        redirect.addFlashAttribute("noticeArgs", List.of(sent));
        return "redirect:" + SurveyUrls.builder(code, id) + "#pozvanky";
    }

    @ExceptionHandler(SurveyRefusedException.class)
    String refused(SurveyRefusedException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("problem", e.messageKey());
        return "redirect:" + e.returnUrl();
    }

    private String page(int code, SurveyBuilderView view, Model model) {
        model.addAttribute("orp", access.info(code));
        model.addAttribute("view", view);
        model.addAttribute("survey", view.survey());
        model.addAttribute("kinds", QuestionKind.values());
        return "survey/builder";
    }

    private String questionPage(int code, long id, QuestionDef q, Model model) {
        SurveyBuilderView view = builder.builder(code, id);
        model.addAttribute("orp", access.info(code));
        model.addAttribute("view", view);
        model.addAttribute("survey", view.survey());
        model.addAttribute("question", q);
        model.addAttribute("kinds", QuestionKind.values());
        return "survey/question";
    }
}
