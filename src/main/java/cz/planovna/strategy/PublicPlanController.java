package cz.planovna.strategy;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page of an ORP's plan: adopted plans and drafts put out for comments only. */
@Controller
class PublicPlanController {

    private final StrategyQueries queries;

    PublicPlanController(StrategyQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/orp/{code}/plan")
    String plan(@PathVariable int code, @RequestParam(required = false) Long plan, Model model) {
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("page", queries.publicPlan(code, plan).orElse(null));
        model.addAttribute("others", queries.publicPlans(code));
        return "strategy/public";
    }
}
