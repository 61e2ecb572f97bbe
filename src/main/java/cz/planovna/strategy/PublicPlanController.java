package cz.planovna.strategy;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<PublicPlanSection> sections;

    PublicPlanController(
            StrategyQueries queries,
            ActionPlanQueries actionPlans,
            PlanDocumentJobs documents,
            ObjectProvider<PublicPlanSection> sections) {
        this.queries = queries;
        this.actionPlans = actionPlans;
        this.documents = documents;
        this.sections = sections;
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
        // parts other modules add (monitoring: the closed evaluations' documents)
        model.addAttribute(
                "sections",
                page == null ? List.of() : sections(code, page.plan().id()));
        return "strategy/public";
    }

    private List<PublicPlanSection.Part> sections(int code, long planId) {
        return sections.orderedStream()
                .sorted(Comparator.comparingInt(PublicPlanSection::order))
                .map(section -> section.part(code, planId))
                .flatMap(Optional::stream)
                .toList();
    }
}
