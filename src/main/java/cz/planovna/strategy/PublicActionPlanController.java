package cz.planovna.strategy;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public, read-only pages of approved action plans; drafts are 404 for everyone here. */
@Controller
class PublicActionPlanController {

    private final ActionPlanQueries queries;
    private final ActionPlanSpreadsheet spreadsheet;

    PublicActionPlanController(ActionPlanQueries queries, ActionPlanSpreadsheet spreadsheet) {
        this.queries = queries;
        this.spreadsheet = spreadsheet;
    }

    @GetMapping("/orp/{code}/plan/akcni-plany/{year}")
    String actionPlan(
            @PathVariable int code, @PathVariable int year, @RequestParam(required = false) Long plan, Model model) {
        model.addAttribute("page", queries.publicActionPlan(code, year, plan));
        return "strategy/action-plan-public";
    }

    @GetMapping("/orp/{code}/plan/akcni-plany/{year}/export.xlsx")
    ResponseEntity<byte[]> export(
            @PathVariable int code, @PathVariable int year, @RequestParam(required = false) Long plan) {
        return spreadsheet.response(queries.publicActionPlan(code, year, plan));
    }
}
