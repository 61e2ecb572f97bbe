package cz.planovna.strategy;

import cz.planovna.shared.web.FormRejectedException;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The justification of a measure: the findings and SWOT items of the ORP it cites. */
@Controller
class JustificationController {

    static final String PAGE = "/orp/{code}/planovani/plany/{id}/polozky/{nodeId}/zduvodneni";

    private final MeasureJustifications justifications;

    JustificationController(MeasureJustifications justifications) {
        this.justifications = justifications;
    }

    @GetMapping(PAGE)
    String form(@PathVariable int code, @PathVariable long id, @PathVariable long nodeId, Model model) {
        model.addAttribute("choices", justifications.choices(code, id, nodeId));
        return "strategy/justification";
    }

    @PostMapping(PAGE)
    String save(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long nodeId,
            @RequestParam(name = "zjisteni", required = false) List<Long> findingIds,
            @RequestParam(name = "swot", required = false) List<Long> swotItemIds,
            @RequestParam(name = "version") long version,
            Model model,
            RedirectAttributes redirect) {
        try {
            justifications.save(
                    code,
                    id,
                    nodeId,
                    version,
                    findingIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(findingIds),
                    swotItemIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(swotItemIds));
        } catch (FormRejectedException e) {
            model.addAttribute("choices", justifications.choices(code, id, nodeId));
            model.addAttribute("failure", e.messageKey());
            return "strategy/justification";
        }
        redirect.addFlashAttribute("notice", "strategy.justification.saved");
        return "redirect:" + StrategyUrls.plan(code, id) + "#uzel-" + nodeId;
    }
}
