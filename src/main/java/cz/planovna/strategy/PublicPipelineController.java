package cz.planovna.strategy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public project pipeline of an ORP: prepared, submitted and funded projects. Raw ideas stay
 * internal (they may name organisations and people who only floated a thought) and so do rejected
 * projects.
 */
@Controller
class PublicPipelineController {

    private final ProjectPipelineQueries queries;

    PublicPipelineController(ProjectPipelineQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/orp/{code}/zasobnik-projektu")
    String list(
            @PathVariable int code,
            @RequestParam(required = false) String razeni,
            @RequestParam(defaultValue = "1") int strana,
            Model model) {
        PipelineFilter filter = PipelineFilter.of(null, null, null, razeni);
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("projects", queries.publicList(code, filter.sort(), strana - 1));
        model.addAttribute("filter", filter);
        model.addAttribute("sorts", PipelineFilter.Sort.values());
        return "strategy/pipeline-public";
    }
}
