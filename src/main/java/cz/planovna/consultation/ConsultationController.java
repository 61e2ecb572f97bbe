package cz.planovna.consultation;

import cz.planovna.shared.web.FormRejectedException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's pages of public commenting under /orp/{code}/pripominky/sprava. */
@Controller
class ConsultationController {

    static final String BASE = "/orp/{code}/pripominky/sprava";

    private final ConsultationQueries queries;
    private final ConsultationService service;
    private final MessageSource messages;

    ConsultationController(ConsultationQueries queries, ConsultationService service, MessageSource messages) {
        this.queries = queries;
        this.service = service;
        this.messages = messages;
    }

    @GetMapping(BASE)
    String list(
            @PathVariable int code,
            @RequestParam(required = false) String stav,
            @RequestParam(required = false) String razeni,
            @RequestParam(defaultValue = "1") int strana,
            Model model) {
        ConsultationState state = parseState(stav);
        ConsultationQueries.ListSort sort = ConsultationQueries.ListSort.of(razeni);
        model.addAttribute("consultations", queries.list(code, state, sort, strana - 1));
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("state", state);
        model.addAttribute("sort", sort);
        model.addAttribute("states", ConsultationState.values());
        model.addAttribute("sorts", ConsultationQueries.ListSort.values());
        model.addAttribute("mayEdit", queries.mayEdit(code));
        return "consultation/manage-list";
    }

    @GetMapping(BASE + "/nova")
    String newConsultation(@PathVariable int code, Model model, Locale locale) {
        queries.checkEditing(code);
        model.addAttribute(
                "consultationForm",
                ConsultationForm.empty(messages.getMessage("consultation.field.consentText.default", null, locale)));
        return form(code, null, model);
    }

    @PostMapping(BASE + "/nova")
    String create(
            @PathVariable int code,
            @ModelAttribute("consultationForm") ConsultationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        queries.checkEditing(code);
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                long id = service.create(code, form.toInput());
                redirect.addFlashAttribute("notice", "consultation.notice.created");
                return "redirect:" + ConsultationUrls.manage(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return form(code, null, model);
    }

    @GetMapping(BASE + "/{id}")
    String detail(
            @PathVariable int code,
            @PathVariable long id,
            @RequestParam(required = false) String cast,
            @RequestParam(required = false) String viditelnost,
            @RequestParam(required = false) String razeni,
            @RequestParam(defaultValue = "1") int strana,
            Model model) {
        ConsultationQueries.CommentSort sort = ConsultationQueries.CommentSort.of(razeni);
        String visibility = "skryte".equals(viditelnost) || "zobrazene".equals(viditelnost) ? viditelnost : null;
        String section = cast == null || cast.isBlank() ? null : cast;
        model.addAttribute("consultation", queries.consultation(code, id));
        model.addAttribute("comments", queries.comments(code, id, section, visibility, sort, strana - 1));
        model.addAttribute("moderation", queries.moderation(code, id));
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("section", section);
        model.addAttribute("visibility", visibility);
        model.addAttribute("sort", sort);
        model.addAttribute("sorts", ConsultationQueries.CommentSort.values());
        model.addAttribute("mayEdit", queries.mayEdit(code));
        return "consultation/manage-detail";
    }

    @GetMapping(BASE + "/{id}/upravit")
    String edit(@PathVariable int code, @PathVariable long id, Model model) {
        queries.checkEditing(code);
        ConsultationView consultation = queries.consultation(code, id);
        model.addAttribute("consultationForm", ConsultationForm.of(consultation));
        return form(code, consultation, model);
    }

    @PostMapping(BASE + "/{id}/upravit")
    String update(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute("consultationForm") ConsultationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        queries.checkEditing(code);
        ConsultationView consultation = queries.consultation(code, id);
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                service.update(code, id, form.getVersion(), form.toInput());
                redirect.addFlashAttribute("notice", "consultation.notice.saved");
                return "redirect:" + ConsultationUrls.manage(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return form(code, consultation, model);
    }

    @GetMapping(BASE + "/{id}/pripominky/{commentId}/skryt")
    String hideForm(@PathVariable int code, @PathVariable long id, @PathVariable long commentId, Model model) {
        queries.checkEditing(code);
        model.addAttribute("reason", "");
        return hidePage(code, id, commentId, model);
    }

    @PostMapping(BASE + "/{id}/pripominky/{commentId}/skryt")
    String hide(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "-1") long version,
            Model model,
            RedirectAttributes redirect) {
        queries.checkEditing(code);
        String error = null;
        if (reason.isBlank()) {
            error = "consultation.moderation.reason.required";
        } else if (reason.strip().length() > ConsultationComment.REASON_MAX) {
            error = "consultation.moderation.reason.long";
        } else {
            try {
                service.hide(code, id, commentId, version, reason);
                redirect.addFlashAttribute("notice", "consultation.notice.hidden");
                return "redirect:" + ConsultationUrls.manage(code, id) + "#pripominka-" + commentId;
            } catch (FormRejectedException e) {
                error = e.messageKey();
            }
        }
        model.addAttribute("reason", reason);
        model.addAttribute("error", error);
        return hidePage(code, id, commentId, model);
    }

    @PostMapping(BASE + "/{id}/pripominky/{commentId}/zobrazit")
    String show(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long commentId,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        queries.checkEditing(code);
        try {
            service.show(code, id, commentId, version);
            redirect.addFlashAttribute("notice", "consultation.notice.shown");
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:" + ConsultationUrls.manage(code, id) + "#pripominka-" + commentId;
    }

    private String hidePage(int code, long id, long commentId, Model model) {
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("consultation", queries.consultation(code, id));
        model.addAttribute("comment", queries.comment(code, id, commentId));
        return "consultation/hide";
    }

    private String form(int code, ConsultationView consultation, Model model) {
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("consultation", consultation);
        model.addAttribute("documents", queries.documents(code));
        return "consultation/manage-form";
    }

    private static ConsultationState parseState(String stav) {
        for (ConsultationState s : ConsultationState.values()) {
            if (s.name().equals(stav)) {
                return s;
            }
        }
        return null;
    }
}
