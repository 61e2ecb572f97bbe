package cz.planovna.process;

import cz.planovna.process.GroupForms.VersionForm;
import cz.planovna.process.SubscriptionForms.AddressForm;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The coordinator's pages about subscribers: a group's list and removal, and the GDPR page of an
 * address (export, erasure). Addresses travel in POST bodies only, never in URLs (and so never in
 * access logs or browser history). Permissions are checked in {@link SubscriberAdministration}.
 */
@Controller
class SubscriberController {

    private final SubscriberAdministration admin;
    private final PlanningQueries queries;

    SubscriberController(SubscriberAdministration admin, PlanningQueries queries) {
        this.admin = admin;
        this.queries = queries;
    }

    @GetMapping("/orp/{code}/planovani/skupiny/{id}/odberatele")
    String list(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("subs", admin.subscribers(code, id));
        model.addAttribute("mayEdit", queries.mayEdit(code));
        return "process/subscribers";
    }

    @GetMapping("/orp/{code}/planovani/skupiny/{id}/odberatele/{sid}/odebrat")
    String confirmRemoval(@PathVariable int code, @PathVariable long id, @PathVariable long sid, Model model) {
        SubscriberView subscriber = admin.subscriber(code, id, sid);
        model.addAttribute("subs", admin.subscribers(code, id));
        model.addAttribute("subscriber", subscriber);
        return "process/subscriber-remove";
    }

    @PostMapping("/orp/{code}/planovani/skupiny/{id}/odberatele/{sid}/odebrat")
    String remove(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long sid,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        admin.remove(code, id, sid, form.version());
        redirect.addFlashAttribute("notice", "process.notice.subscriber.removed");
        return "redirect:" + SubscriberAdministration.subscribersUrl(code, id);
    }

    @GetMapping("/orp/{code}/planovani/odberatele")
    String gdpr(@PathVariable int code, Model model) {
        model.addAttribute("addressForm", AddressForm.empty());
        return gdprPage(code, model);
    }

    @PostMapping("/orp/{code}/planovani/odberatele")
    String search(
            @PathVariable int code,
            @Valid @ModelAttribute("addressForm") AddressForm form,
            BindingResult binding,
            Model model) {
        if (!binding.hasErrors()) {
            model.addAttribute("found", admin.find(code, form.email()));
        }
        return gdprPage(code, model);
    }

    @PostMapping("/orp/{code}/planovani/odberatele/export")
    Object export(
            @PathVariable int code,
            @Valid @ModelAttribute("addressForm") AddressForm form,
            BindingResult binding,
            Model model) {
        if (binding.hasErrors()) {
            return gdprPage(code, model);
        }
        SubscriptionExport export = admin.export(code, form.email());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("odbery-orp-" + code + ".json")
                                .build()
                                .toString())
                .body(export);
    }

    @PostMapping("/orp/{code}/planovani/odberatele/vymazat/potvrdit")
    String confirmErasure(
            @PathVariable int code,
            @Valid @ModelAttribute("addressForm") AddressForm form,
            BindingResult binding,
            Model model) {
        if (binding.hasErrors()) {
            return gdprPage(code, model);
        }
        model.addAttribute("found", admin.find(code, form.email()));
        model.addAttribute("orp", queries.forEditing(code));
        return "process/subscriber-erase";
    }

    @PostMapping("/orp/{code}/planovani/odberatele/vymazat")
    String erase(
            @PathVariable int code,
            @Valid @ModelAttribute("addressForm") AddressForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return gdprPage(code, model);
        }
        int erased = admin.erase(code, form.email());
        redirect.addFlashAttribute("erased", erased);
        return "redirect:" + SubscriberAdministration.gdprUrl(code);
    }

    private String gdprPage(int code, Model model) {
        // the audit trail checks EDIT_PLANNING before any error message is shown
        model.addAttribute("audit", admin.auditTrail(code));
        model.addAttribute("orp", queries.forEditing(code));
        return "process/subscriber-gdpr";
    }
}
