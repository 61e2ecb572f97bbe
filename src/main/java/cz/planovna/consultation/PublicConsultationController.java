package cz.planovna.consultation;

import cz.planovna.shared.web.FormRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public pages of commenting: the ORP's consultations, one consultation with the form, thanks. */
@Controller
class PublicConsultationController {

    static final String BASE = "/orp/{code}/pripominky";
    static final String RATE_LIMIT = "consultation.comment.validation.rateLimit";

    private final ConsultationQueries queries;
    private final CommentService comments;

    PublicConsultationController(ConsultationQueries queries, CommentService comments) {
        this.queries = queries;
        this.comments = comments;
    }

    @GetMapping(BASE)
    String list(@PathVariable int code, Model model) {
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("consultations", queries.publicList(code));
        model.addAttribute("mayEdit", queries.mayEdit(code));
        return "consultation/public-list";
    }

    @GetMapping(BASE + "/{id}")
    String detail(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("commentForm", new CommentForm());
        return page(code, id, model);
    }

    @PostMapping(BASE + "/{id}")
    String submit(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute("commentForm") CommentForm form,
            BindingResult binding,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ConsultationView consultation;
        try {
            consultation = queries.forComment(code, id);
        } catch (NotOpenYetException e) {
            return refused(code, form, model, response);
        }
        form.validate(binding, consultation.anonymousAllowed());
        if (!binding.hasErrors()) {
            try {
                CommentReceipt receipt = comments.submit(code, id, form.toInput(), request.getRemoteAddr());
                redirect.addFlashAttribute("receipt", receipt);
                return "redirect:" + ConsultationUrls.publicDetail(code, id) + "/dekujeme";
            } catch (NotOpenYetException e) {
                return refused(code, form, model, response);
            } catch (FormRejectedException e) {
                if (e.field() != null) {
                    binding.rejectValue(e.field(), e.messageKey());
                } else {
                    binding.reject(e.messageKey(), new Object[] {queries.rateLimit()}, null);
                    if (RATE_LIMIT.equals(e.messageKey())) {
                        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                    }
                }
            }
        }
        model.addAttribute("submitted", true);
        return page(code, id, model);
    }

    @GetMapping(BASE + "/{id}/dekujeme")
    String thanks(@PathVariable int code, @PathVariable long id, Model model) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:" + ConsultationUrls.publicDetail(code, id);
        }
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("consultation", queries.publicConsultation(code, id));
        return "consultation/thanks";
    }

    private String page(int code, long id, Model model) {
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("consultation", queries.publicConsultation(code, id));
        model.addAttribute("comments", queries.publicComments(code, id));
        return "consultation/public-detail";
    }

    /** A comment to a consultation that is not public (yet): say so, and give the text back. */
    private String refused(int code, CommentForm form, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("text", form.getText());
        return "consultation/refused";
    }
}
