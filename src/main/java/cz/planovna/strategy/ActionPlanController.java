package cz.planovna.strategy;

import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.strategy.ActionPlanForms.AddForm;
import cz.planovna.strategy.ActionPlanForms.ApproveForm;
import cz.planovna.strategy.ActionPlanForms.BudgetInput;
import cz.planovna.strategy.ActionPlanForms.GenerateForm;
import cz.planovna.strategy.ActionPlanForms.ItemForm;
import cz.planovna.strategy.ActionPlanForms.ReturnForm;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's action plan pages under /orp/{code}/planovani/plany/{planId}/akcni-plany. */
@Controller
class ActionPlanController {

    static final String BASE = "/orp/{code}/planovani/plany/{planId}/akcni-plany";

    private final ActionPlanQueries queries;
    private final ActionPlanService service;
    private final StrategyQueries strategy;
    private final ActionPlanSpreadsheet spreadsheet;

    ActionPlanController(
            ActionPlanQueries queries,
            ActionPlanService service,
            StrategyQueries strategy,
            ActionPlanSpreadsheet spreadsheet) {
        this.queries = queries;
        this.service = service;
        this.strategy = strategy;
        this.spreadsheet = spreadsheet;
    }

    @GetMapping(BASE)
    String list(@PathVariable int code, @PathVariable long planId, Model model) {
        model.addAttribute("generateForm", new GenerateForm(null));
        return listPage(code, planId, model);
    }

    @PostMapping(BASE)
    String generate(
            @PathVariable int code,
            @PathVariable long planId,
            @Valid @ModelAttribute("generateForm") GenerateForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        strategy.checkEditing(code);
        PlanSummary plan = strategy.summary(code, planId);
        if (!binding.hasFieldErrors("year") && (form.year() < plan.yearFrom() || form.year() > plan.yearTo())) {
            binding.rejectValue(
                    "year",
                    "strategy.action.validation.year.span",
                    new Object[] {form.year(), plan.yearFrom(), plan.yearTo()},
                    null);
        }
        if (!binding.hasErrors()) {
            try {
                long id = service.generate(code, planId, form.year());
                redirect.addFlashAttribute("notice", "strategy.action.notice.generated");
                return "redirect:" + ActionPlanUrls.detail(code, planId, id);
            } catch (FormRejectedException e) {
                binding.rejectValue(
                        e.field(), e.messageKey(), new Object[] {form.year(), plan.yearFrom(), plan.yearTo()}, null);
            }
        }
        return listPage(code, planId, model);
    }

    @GetMapping(BASE + "/{id}")
    String detail(@PathVariable int code, @PathVariable long planId, @PathVariable long id, Model model) {
        model.addAttribute("page", queries.actionPlan(code, planId, id));
        return "strategy/action-plan";
    }

    @GetMapping(BASE + "/{id}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable int code, @PathVariable long planId, @PathVariable long id) {
        return spreadsheet.response(queries.actionPlan(code, planId, id));
    }

    @PostMapping(BASE + "/{id}/polozky")
    String add(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable long id,
            @ModelAttribute AddForm form,
            RedirectAttributes redirect) {
        if (form.nodeId() == null) {
            return flashError(code, planId, id, redirect, "strategy.action.validation.node");
        }
        try {
            long itemId = service.addItem(code, planId, id, form.version(), form.nodeId());
            redirect.addFlashAttribute("notice", "strategy.action.notice.added");
            return "redirect:" + ActionPlanUrls.detail(code, planId, id) + "#polozka-" + itemId;
        } catch (FormRejectedException e) {
            return flashError(code, planId, id, redirect, e.messageKey());
        }
    }

    @GetMapping(BASE + "/{id}/polozky/{itemId}")
    String editItem(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable long id,
            @PathVariable long itemId,
            Model model) {
        ActionItemView item = queries.item(code, planId, id, itemId);
        model.addAttribute("itemForm", ItemForm.of(item));
        return itemPage(code, planId, id, item, BudgetInput.of(item), model);
    }

    @PostMapping(BASE + "/{id}/polozky/{itemId}")
    String updateItem(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable long id,
            @PathVariable long itemId,
            @Valid @ModelAttribute("itemForm") ItemForm form,
            BindingResult binding,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        ActionItemView item = queries.item(code, planId, id, itemId);
        BudgetInput budget = item.hasAmounts() ? BudgetInput.read(params) : new BudgetInput();
        LocalDate from = null;
        LocalDate to = null;
        if (form.term() == null) {
            binding.rejectValue("term", "strategy.action.validation.term.required");
        } else if (form.term() == ActionTerm.RANGE) {
            from = date(form.dateFrom(), "dateFrom", binding);
            to = date(form.dateTo(), "dateTo", binding);
        }
        if (!binding.hasErrors() && budget.errors.isEmpty()) {
            try {
                service.updateItem(
                        code,
                        planId,
                        id,
                        itemId,
                        form.version(),
                        item.hasAmounts() ? budget.amounts : Map.of(),
                        form.responsible(),
                        form.term(),
                        from,
                        to,
                        form.note());
                redirect.addFlashAttribute("notice", "strategy.action.notice.saved");
                return "redirect:" + ActionPlanUrls.detail(code, planId, id) + "#polozka-" + itemId;
            } catch (FormRejectedException e) {
                if ("strategy.action.validation.locked".equals(e.messageKey())) {
                    return flashError(code, planId, id, redirect, e.messageKey());
                }
                if (e.field() == null) {
                    binding.reject(e.messageKey());
                } else {
                    binding.rejectValue(e.field(), e.messageKey(), new Object[] {item.year()}, null);
                }
            }
        }
        return itemPage(code, planId, id, item, budget, model);
    }

    @PostMapping(BASE + "/{id}/polozky/{itemId}/smazat")
    String removeItem(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        try {
            service.removeItem(code, planId, id, itemId, version);
        } catch (FormRejectedException e) {
            return flashError(code, planId, id, redirect, e.messageKey());
        }
        redirect.addFlashAttribute("notice", "strategy.action.notice.removed");
        return "redirect:" + ActionPlanUrls.detail(code, planId, id);
    }

    @PostMapping(BASE + "/{id}/polozky/{itemId}/posunout")
    String moveItem(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "") String smer,
            RedirectAttributes redirect) {
        try {
            service.moveItem(code, planId, id, itemId, version, "nahoru".equals(smer));
        } catch (FormRejectedException e) {
            return flashError(code, planId, id, redirect, e.messageKey());
        }
        redirect.addFlashAttribute("notice", "strategy.action.notice.moved");
        return "redirect:" + ActionPlanUrls.detail(code, planId, id) + "#polozka-" + itemId;
    }

    @PostMapping(BASE + "/{id}/schvalit")
    String approve(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable long id,
            @ModelAttribute ApproveForm form,
            RedirectAttributes redirect) {
        var approvedOn = StrategyForms.date(form.approvedOn());
        if (approvedOn.isEmpty()) {
            strategy.checkEditing(code);
            return flashError(code, planId, id, redirect, "strategy.validation.approvedOn.required");
        }
        try {
            service.approve(code, planId, id, form.version(), form.approvedBy(), approvedOn.get(), form.resolution());
        } catch (FormRejectedException e) {
            return flashError(code, planId, id, redirect, e.messageKey());
        }
        redirect.addFlashAttribute("notice", "strategy.action.notice.approved");
        return "redirect:" + ActionPlanUrls.detail(code, planId, id);
    }

    @PostMapping(BASE + "/{id}/vratit")
    String returnToDraft(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable long id,
            @ModelAttribute ReturnForm form,
            RedirectAttributes redirect) {
        try {
            service.returnToDraft(code, planId, id, form.version(), form.reason());
        } catch (FormRejectedException e) {
            return flashError(code, planId, id, redirect, e.messageKey());
        }
        redirect.addFlashAttribute("notice", "strategy.action.notice.returned");
        return "redirect:" + ActionPlanUrls.detail(code, planId, id);
    }

    // ---- helpers ------------------------------------------------------------------------------

    private String listPage(int code, long planId, Model model) {
        model.addAttribute("actionPlans", queries.actionPlans(code, planId));
        model.addAttribute("plan", strategy.summary(code, planId));
        model.addAttribute("orp", strategy.orp(code));
        model.addAttribute("mayEdit", strategy.mayEdit(code));
        return "strategy/action-plans";
    }

    private String itemPage(int code, long planId, long id, ActionItemView item, BudgetInput budget, Model model) {
        ActionPlanView page = queries.actionPlan(code, planId, id);
        if (!page.editable()) {
            throw new cz.planovna.shared.web.NotFoundException("action plan not editable");
        }
        model.addAttribute("page", page);
        model.addAttribute("item", item);
        model.addAttribute("budget", budget);
        model.addAttribute("terms", ActionTerm.values());
        return "strategy/action-item-form";
    }

    private static LocalDate date(String text, String field, BindingResult binding) {
        if (text == null || text.isBlank()) {
            binding.rejectValue(field, "strategy.action.validation.date.required");
            return null;
        }
        var date = StrategyForms.date(text);
        if (date.isEmpty()) {
            binding.rejectValue(field, "strategy.action.validation.date.format");
            return null;
        }
        return date.get();
    }

    private static String flashError(int code, long planId, long id, RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("failure", key);
        return "redirect:" + ActionPlanUrls.detail(code, planId, id);
    }
}
