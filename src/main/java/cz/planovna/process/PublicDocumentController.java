package cz.planovna.process;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public documents of an ORP, for everyone. */
@Controller
class PublicDocumentController {

    private final DocumentQueries queries;
    private final PlanningQueries planning;

    PublicDocumentController(DocumentQueries queries, PlanningQueries planning) {
        this.queries = queries;
        this.planning = planning;
    }

    @GetMapping("/orp/{code}/dokumenty")
    String library(
            @PathVariable int code,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(name = "kategorie", required = false) DocumentCategory category,
            @RequestParam(name = "razeni", required = false) DocumentFilter.Sort sort,
            @RequestParam(defaultValue = "1") int strana,
            Model model) {
        DocumentFilter filter = new DocumentFilter(q, category, sort);
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("filter", filter);
        model.addAttribute("documents", queries.publicLibrary(code, filter, strana - 1));
        model.addAttribute("categories", DocumentCategory.values());
        model.addAttribute("sorts", DocumentFilter.Sort.values());
        model.addAttribute("mayEdit", planning.mayEdit(code));
        return "process/public-documents";
    }

    @GetMapping("/orp/{code}/dokumenty/{id}/stahnout")
    ResponseEntity<byte[]> download(@PathVariable int code, @PathVariable long id) {
        return DocumentDownloads.attachment(queries.publicDownload(code, id));
    }
}
