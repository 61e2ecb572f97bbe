package cz.planovna.monitoring;

import cz.planovna.monitoring.EvaluationForms.EvaluationEditForm;
import cz.planovna.monitoring.EvaluationForms.NewEvaluationForm;
import cz.planovna.shared.web.FormRejectedException;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evaluations of a plan under /orp/{code}/planovani/plany/{planId}/evaluace. */
@Controller
class EvaluationController {

    static final String BASE = "/orp/{code}/planovani/plany/{planId}/evaluace";
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final EvaluationService service;
    private final EvaluationSurveys surveys;

    EvaluationController(EvaluationService service, EvaluationSurveys surveys) {
        this.service = service;
        this.surveys = surveys;
    }

    @GetMapping(BASE)
    String list(
            @PathVariable int code,
            @PathVariable long planId,
            @RequestParam(defaultValue = "1") int strana,
            @RequestParam(defaultValue = "rok") String razeni,
            Model model) {
        model.addAttribute("evaluations", service.list(code, planId, strana - 1, razeni));
        model.addAttribute("sort", "upraveno".equals(razeni) ? "upraveno" : "rok");
        return common(code, planId, model, "monitoring/evaluations");
    }

    @GetMapping(BASE + "/nova")
    String newForm(@PathVariable int code, @PathVariable long planId, Model model) {
        service.checkEditing(code);
        model.addAttribute("newForm", NewEvaluationForm.empty());
        return common(code, planId, model, "monitoring/evaluation-new");
    }

    @PostMapping(BASE + "/nova")
    String create(
            @PathVariable int code,
            @PathVariable long planId,
            @Valid @ModelAttribute("newForm") NewEvaluationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        service.checkEditing(code);
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                long id = service.create(code, planId, form.kind(), form.year());
                redirect.addFlashAttribute("notice", "evaluation.notice.created");
                return "redirect:" + EvaluationUrls.evaluation(code, planId, id) + "/upravit";
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return common(code, planId, model, "monitoring/evaluation-new");
    }

    @GetMapping(BASE + "/{id:\\d+}")
    String detail(@PathVariable int code, @PathVariable long planId, @PathVariable long id, Model model) {
        model.addAttribute("evaluation", service.evaluation(code, planId, id));
        model.addAttribute("history", service.history(code, planId, id));
        model.addAttribute("page", service.planPage(code, planId));
        model.addAttribute("processSurvey", surveys.panel(code, planId, id));
        return common(code, planId, model, "monitoring/evaluation");
    }

    @GetMapping(BASE + "/{id:\\d+}/upravit")
    String editForm(@PathVariable int code, @PathVariable long planId, @PathVariable long id, Model model) {
        service.checkEditing(code);
        EvaluationView evaluation = service.evaluation(code, planId, id);
        if (!evaluation.draft()) {
            return "redirect:" + EvaluationUrls.evaluation(code, planId, id);
        }
        model.addAttribute("editForm", EvaluationEditForm.of(evaluation));
        return editPage(code, planId, evaluation, model);
    }

    @PostMapping(BASE + "/{id:\\d+}/upravit")
    String update(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable long id,
            @Valid @ModelAttribute("editForm") EvaluationEditForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        service.checkEditing(code);
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                service.update(
                        code, planId, id, form.version(), form.summary(), form.conclusionsById(), form.process());
                redirect.addFlashAttribute("notice", "evaluation.notice.saved");
                return "redirect:" + EvaluationUrls.evaluation(code, planId, id);
            } catch (FormRejectedException e) {
                binding.reject(e.messageKey());
            }
        }
        return editPage(code, planId, service.evaluation(code, planId, id), model);
    }

    @PostMapping(BASE + "/{id:\\d+}/stav")
    String changeState(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable long id,
            @RequestParam EvaluationState target,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            service.changeState(code, planId, id, version, target);
            redirect.addFlashAttribute("notice", "evaluation.notice.state." + target.name());
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:" + EvaluationUrls.evaluation(code, planId, id);
    }

    @GetMapping(BASE + "/{id:\\d+}/smazat")
    String confirmDelete(@PathVariable int code, @PathVariable long planId, @PathVariable long id, Model model) {
        service.checkEditing(code);
        model.addAttribute("evaluation", service.evaluation(code, planId, id));
        return common(code, planId, model, "monitoring/evaluation-delete");
    }

    @PostMapping(BASE + "/{id:\\d+}/smazat")
    String delete(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable long id,
            @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            service.delete(code, planId, id, version);
            redirect.addFlashAttribute("notice", "evaluation.notice.deleted");
            return "redirect:" + EvaluationUrls.list(code, planId);
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:" + EvaluationUrls.evaluation(code, planId, id);
        }
    }

    @GetMapping(BASE + "/{id:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int code, @PathVariable long planId, @PathVariable long id) {
        EvaluationView e = service.evaluation(code, planId, id);
        return file(service.document(code, planId, id, "pdf"), e.fileName() + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping(BASE + "/{id:\\d+}.docx")
    ResponseEntity<byte[]> docx(@PathVariable int code, @PathVariable long planId, @PathVariable long id) {
        EvaluationView e = service.evaluation(code, planId, id);
        return file(service.document(code, planId, id, "docx"), e.fileName() + ".docx", DOCX);
    }

    static ResponseEntity<byte[]> file(byte[] bytes, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }

    private String editPage(int code, long planId, EvaluationView evaluation, Model model) {
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("page", service.planPage(code, planId));
        return common(code, planId, model, "monitoring/evaluation-form");
    }

    private String common(int code, long planId, Model model, String view) {
        model.addAttribute("plan", service.plan(code, planId));
        model.addAttribute("orp", service.orp(code));
        model.addAttribute("mayEdit", service.mayEdit(code));
        return view;
    }
}
