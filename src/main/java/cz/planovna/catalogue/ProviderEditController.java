package cz.planovna.catalogue;

import cz.planovna.catalogue.ProviderEditForms.DecisionForm;
import cz.planovna.catalogue.ProviderEditForms.ProposalForm;
import cz.planovna.shared.web.FormRejectedException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Provider self-service: "Moje služby" of a provider editor under {@code /katalog/poskytovatel}
 * and the coordinator's decisions under {@code /orp/{code}/planovani/katalog/navrhy}.
 */
@Controller
class ProviderEditController {

    static final String PROVIDER_PATH = "/katalog/poskytovatel";
    static final String REVIEW_PATH = "/orp/{code}/planovani/katalog/navrhy";

    private final ProviderEdits edits;

    ProviderEditController(ProviderEdits edits) {
        this.edits = edits;
    }

    static String providerServicePath(long serviceId) {
        return PROVIDER_PATH + "/sluzby/" + serviceId;
    }

    static String listPath(int orp) {
        return "/orp/" + orp + "/planovani/katalog/navrhy";
    }

    static String reviewPath(int orp, long proposalId) {
        return listPath(orp) + "/" + proposalId;
    }

    // ---- provider -------------------------------------------------------------------------------

    @GetMapping(PROVIDER_PATH)
    String myServices(Model model) {
        model.addAttribute("services", edits.myServices());
        return "catalogue/provider-services";
    }

    @GetMapping(PROVIDER_PATH + "/sluzby/{id}")
    String service(@PathVariable long id, Model model) {
        ProviderEditViews.ServiceEdits service = edits.forProvider(id);
        model.addAttribute("proposalForm", ProposalForm.of(service.formStart()));
        return provider(service, model);
    }

    @PostMapping(PROVIDER_PATH + "/sluzby/{id}")
    String propose(
            @PathVariable long id,
            @Valid @ModelAttribute("proposalForm") ProposalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        ProviderEditViews.ServiceEdits service = edits.forProvider(id);
        if (!binding.hasErrors()) {
            try {
                edits.propose(id, form.fields());
                redirect.addFlashAttribute("notice", "catalogue.edit.notice.proposed");
                return "redirect:" + providerServicePath(id);
            } catch (FormRejectedException e) {
                binding.reject(e.messageKey());
            }
        }
        return provider(service, model);
    }

    private static String provider(ProviderEditViews.ServiceEdits service, Model model) {
        model.addAttribute("service", service);
        return "catalogue/provider-service";
    }

    // ---- coordinator ----------------------------------------------------------------------------

    @GetMapping(REVIEW_PATH)
    String proposals(
            @PathVariable int code,
            @RequestParam(defaultValue = "1") int strana,
            @RequestParam(defaultValue = "1") int rozhodnute,
            Model model) {
        model.addAttribute("pending", edits.pending(code, strana - 1));
        model.addAttribute("decided", edits.decided(code, rozhodnute - 1));
        model.addAttribute("edited", edits.edited(code));
        model.addAttribute("orpCode", code);
        model.addAttribute("orpName", edits.orpName(code));
        return "catalogue/proposals";
    }

    @GetMapping(REVIEW_PATH + "/{id}")
    String review(@PathVariable int code, @PathVariable long id, Model model) {
        ProviderEditViews.Review review = edits.review(code, id);
        model.addAttribute("decisionForm", new DecisionForm(review.proposal().version(), ""));
        return review(code, review, model);
    }

    @PostMapping(REVIEW_PATH + "/{id}/schvalit")
    String approve(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return review(code, edits.review(code, id), model);
        }
        edits.approve(code, id, form.version());
        redirect.addFlashAttribute("notice", "catalogue.edit.notice.approved");
        return "redirect:" + listPath(code);
    }

    @PostMapping(REVIEW_PATH + "/{id}/zamitnout")
    String reject(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (form.reason() == null || form.reason().isBlank()) {
            binding.rejectValue("reason", "catalogue.edit.validation.reason.required");
        }
        if (binding.hasErrors()) {
            return review(code, edits.review(code, id), model);
        }
        edits.reject(code, id, form.version(), form.reason());
        redirect.addFlashAttribute("notice", "catalogue.edit.notice.rejected");
        return "redirect:" + listPath(code);
    }

    private String review(int code, ProviderEditViews.Review review, Model model) {
        model.addAttribute("review", review);
        model.addAttribute("orpCode", code);
        model.addAttribute("orpName", edits.orpName(code));
        return "catalogue/proposal";
    }
}
