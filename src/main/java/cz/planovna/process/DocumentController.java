package cz.planovna.process;

import cz.planovna.process.DocumentForms.DocumentForm;
import cz.planovna.process.DocumentForms.NewVersionForm;
import cz.planovna.process.GroupForms.VersionForm;
import cz.planovna.shared.format.CzechFormats;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The document library of an ORP for its people; permissions are checked in the services. */
@Controller
@RequestMapping("/orp/{code}/planovani/dokumenty")
class DocumentController {

    private final DocumentQueries queries;
    private final DocumentService service;
    private final PlanningQueries planning;
    private final FileChecks checks;
    private final CzechFormats fmt;

    DocumentController(
            DocumentQueries queries,
            DocumentService service,
            PlanningQueries planning,
            FileChecks checks,
            CzechFormats fmt) {
        this.queries = queries;
        this.service = service;
        this.planning = planning;
        this.checks = checks;
        this.fmt = fmt;
    }

    @ModelAttribute("categories")
    DocumentCategory[] categories() {
        return DocumentCategory.values();
    }

    @ModelAttribute("visibilities")
    DocumentVisibility[] visibilities() {
        return DocumentVisibility.values();
    }

    @ModelAttribute("maxSize")
    String maxSize() {
        return fmt.fileSize(checks.maxSize());
    }

    @GetMapping
    String library(
            @PathVariable int code,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(name = "kategorie", required = false) DocumentCategory category,
            @RequestParam(name = "razeni", required = false) DocumentFilter.Sort sort,
            @RequestParam(defaultValue = "1") int strana,
            Model model) {
        DocumentFilter filter = new DocumentFilter(q, category, sort);
        model.addAttribute("orp", planning.forViewing(code));
        model.addAttribute("filter", filter);
        model.addAttribute("documents", queries.library(code, filter, strana - 1));
        model.addAttribute("deleted", queries.recentlyDeleted(code));
        model.addAttribute("mayEdit", planning.mayEdit(code));
        model.addAttribute("sorts", DocumentFilter.Sort.values());
        return "process/documents";
    }

    @GetMapping("/novy")
    String newDocument(@PathVariable int code, Model model) {
        model.addAttribute("documentForm", DocumentForm.empty());
        return formPage(code, null, model);
    }

    @PostMapping("/novy")
    String create(
            @PathVariable int code,
            @Valid @ModelAttribute("documentForm") DocumentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                long id = service.create(code, form);
                redirect.addFlashAttribute("notice", "process.notice.document.created");
                return "redirect:" + DocumentUrls.document(code, id);
            } catch (UploadRejectedException e) {
                binding.rejectValue("file", e.messageKey(), e.arguments(), null);
            }
        }
        return formPage(code, null, model);
    }

    @GetMapping("/{id}")
    String document(@PathVariable int code, @PathVariable long id, Model model) {
        DocumentDetail document = queries.document(code, id);
        model.addAttribute("newVersionForm", new NewVersionForm(null, document.version()));
        return documentPage(code, document, model);
    }

    @PostMapping("/{id}/verze")
    String addVersion(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute("newVersionForm") NewVersionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.addVersion(code, id, form.version(), form.file());
            redirect.addFlashAttribute("notice", "process.notice.document.version");
            return "redirect:" + DocumentUrls.document(code, id);
        } catch (UploadRejectedException e) {
            binding.rejectValue("file", e.messageKey(), e.arguments(), null);
        }
        return documentPage(code, queries.document(code, id), model);
    }

    @GetMapping("/{id}/verze/{number}")
    ResponseEntity<byte[]> download(@PathVariable int code, @PathVariable long id, @PathVariable int number) {
        return DocumentDownloads.attachment(queries.download(code, id, number));
    }

    @GetMapping("/{id}/upravit")
    String edit(@PathVariable int code, @PathVariable long id, Model model) {
        DocumentDetail document = queries.document(code, id);
        model.addAttribute("documentForm", DocumentForm.of(document));
        return formPage(code, document, model);
    }

    @PostMapping("/{id}/upravit")
    String update(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("documentForm") DocumentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            service.update(code, id, form);
            redirect.addFlashAttribute("notice", "process.notice.document.saved");
            return "redirect:" + DocumentUrls.document(code, id);
        }
        return formPage(code, queries.document(code, id), model);
    }

    /** Deleting asks first on a page of its own: it works without JavaScript and names what goes. */
    @GetMapping("/{id}/smazat")
    String confirmDelete(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("orp", planning.forEditing(code));
        model.addAttribute("document", queries.document(code, id));
        return "process/document-delete";
    }

    @PostMapping("/{id}/smazat")
    String delete(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        service.delete(code, id, form.version());
        redirect.addFlashAttribute("notice", "process.notice.document.deleted");
        return "redirect:" + DocumentUrls.library(code);
    }

    private String documentPage(int code, DocumentDetail document, Model model) {
        model.addAttribute("orp", planning.forViewing(code));
        model.addAttribute("document", document);
        model.addAttribute("mayEdit", planning.mayEdit(code));
        return "process/document";
    }

    private String formPage(int code, DocumentDetail document, Model model) {
        model.addAttribute("orp", planning.forEditing(code));
        model.addAttribute("document", document);
        return "process/document-form";
    }
}
