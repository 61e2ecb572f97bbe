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
    private final ActionPlanQueries actionPlans;
    private final PlanDocumentJobs documents;

    PublicPlanController(StrategyQueries queries, ActionPlanQueries actionPlans, PlanDocumentJobs documents) {
        this.queries = queries;
        this.actionPlans = actionPlans;
        this.documents = documents;
    }

    @GetMapping("/orp/{code}/plan")
    String plan(@PathVariable int code, @RequestParam(required = false) Long plan, Model model) {
        model.addAttribute("orp", queries.orp(code));
        PlanPage page = queries.publicPlan(code, plan).orElse(null);
        model.addAttribute("page", page);
        model.addAttribute(
                "actionPlans",
                page == null
                        ? java.util.List.of()
                        : actionPlans.publicActionPlans(code, page.plan().id()));
        model.addAttribute(
                "document",
                page == null ? null : documents.latestDone(page.plan().id()).orElse(null));
        model.addAttribute("others", queries.publicPlans(code));
        return "strategy/public";
    }
}
