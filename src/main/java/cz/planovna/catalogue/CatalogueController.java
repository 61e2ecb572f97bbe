package cz.planovna.catalogue;

import cz.planovna.shared.web.Htmx;
import cz.planovna.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public catalogue: search with filters, and the detail of a service. Every state is a plain
 * GET address; htmx only swaps the results. Parameters are read as text so that no value of them
 * can give an error page.
 */
@Controller
class CatalogueController {

    private final CatalogueSearch search;
    private final CataloguePages pages;

    CatalogueController(CatalogueSearch search, CataloguePages pages) {
        this.search = search;
        this.pages = pages;
    }

    @GetMapping(CatalogueSearchRequest.PATH)
    String search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "druh", required = false) String type,
            @RequestParam(name = "skupina", required = false) String targetGroup,
            @RequestParam(name = "orp", required = false) String orp,
            @RequestParam(name = "obec", required = false) String obec,
            @RequestParam(name = "strana", required = false) String page,
            @RequestParam(name = "razeni", required = false) String sort,
            Model model,
            HttpServletRequest request) {
        CatalogueSearchRequest query = CatalogueSearchRequest.of(q, type, targetGroup, orp, obec, page, sort);
        model.addAttribute("result", search.search(query));
        return Htmx.view(request, "catalogue/search", "results");
    }

    @GetMapping("/katalog/sluzby/{id}")
    String service(@PathVariable String id, Model model) {
        long serviceId;
        try {
            serviceId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("service " + id);
        }
        model.addAttribute("page", pages.service(serviceId).orElseThrow(() -> new NotFoundException("service " + id)));
        return "catalogue/service";
    }
}
