package cz.planovna.territory;

import cz.planovna.shared.web.Htmx;
import cz.planovna.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public territory pages: the home page, kraje → ORP → obce, and the search for an obec. The kraj page
 * {@code /kraj/{code}} belongs to the region module (its ORP compared, with the list of all its ORP).
 */
@Controller
class TerritoryController {

    private final TerritoryQueries territory;

    TerritoryController(TerritoryQueries territory) {
        this.territory = territory;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("planningDistricts", territory.planningDistricts());
        return "territory/home";
    }

    @GetMapping("/uzemi")
    String regions(@RequestParam(name = "q", required = false) String query, Model model, HttpServletRequest request) {
        String q = query == null ? "" : query.strip();
        model.addAttribute("q", q);
        model.addAttribute("hits", territory.searchMunicipalities(q));
        if (Htmx.isHtmxRequest(request)) {
            return "territory/regions :: search-results";
        }
        model.addAttribute("regions", territory.regions());
        return "territory/regions";
    }

    @GetMapping("/orp/{code}")
    String district(@PathVariable int code, Model model) {
        model.addAttribute("detail", territory.district(code).orElseThrow(() -> new NotFoundException("ORP " + code)));
        return "territory/district";
    }
}
