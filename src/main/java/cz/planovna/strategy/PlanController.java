package cz.planovna.strategy;

import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.strategy.StrategyForms.AmendmentForm;
import cz.planovna.strategy.StrategyForms.CloseAmendmentForm;
import cz.planovna.strategy.StrategyForms.NodeForm;
import cz.planovna.strategy.StrategyForms.PlanForm;
import cz.planovna.strategy.StrategyForms.TransitionForm;
import cz.planovna.strategy.StrategyForms.VersionForm;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The coordinator's plan pages under /orp/{code}/planovani/plany. */
@Controller
class PlanController {

    private final StrategyQueries queries;
    private final StrategyService service;

    PlanController(StrategyQueries queries, StrategyService service) {
        this.queries = queries;
        this.service = service;
    }

    // ---- plans --------------------------------------------------------------------------------

    @GetMapping("/orp/{code}/planovani/plany")
    String list(
            @PathVariable int code,
            @RequestParam(defaultValue = "1") int strana,
            @RequestParam(defaultValue = "obdobi") String razeni,
            Model model) {
        model.addAttribute("plans", queries.plans(code, strana - 1, razeni));
        model.addAttribute("sort", razeni);
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("mayEdit", queries.mayEdit(code));
        return "strategy/plans";
    }

    @GetMapping("/orp/{code}/planovani/plany/novy")
    String newPlan(@PathVariable int code, Model model) {
        model.addAttribute("planForm", PlanForm.empty());
        return planForm(code, null, model);
    }

    @PostMapping("/orp/{code}/planovani/plany/novy")
    String create(
            @PathVariable int code,
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                long id = service.createPlan(code, form.title(), form.yearFrom(), form.yearTo(), form.vision());
                redirect.addFlashAttribute("notice", "strategy.notice.plan.created");
                return "redirect:" + StrategyUrls.plan(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return planForm(code, null, model);
    }

    @GetMapping("/orp/{code}/planovani/plany/{id}")
    String plan(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("page", queries.plan(code, id));
        return "strategy/plan";
    }

    @GetMapping("/orp/{code}/planovani/plany/{id}/upravit")
    String edit(@PathVariable int code, @PathVariable long id, Model model) {
        PlanSummary plan = queries.summary(code, id);
        model.addAttribute("planForm", PlanForm.of(plan));
        return planForm(code, plan, model);
    }

    @PostMapping("/orp/{code}/planovani/plany/{id}/upravit")
    String update(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("planForm") PlanForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                service.updatePlan(
                        code, id, form.version(), form.title(), form.yearFrom(), form.yearTo(), form.vision());
                redirect.addFlashAttribute("notice", "strategy.notice.plan.saved");
                return "redirect:" + StrategyUrls.plan(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return planForm(code, queries.summary(code, id), model);
    }

    @PostMapping("/orp/{code}/planovani/plany/{id}/stav")
    String transition(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute TransitionForm form,
            RedirectAttributes redirect) {
        if (form.target() == null) {
            return flashError(code, id, redirect, "strategy.validation.transition");
        }
        var approvedOn = StrategyForms.date(form.approvedOn());
        if (form.target() == PlanState.APPROVED && approvedOn.isEmpty()) {
            return flashError(code, id, redirect, "strategy.validation.approvedOn.required");
        }
        try {
            service.transition(
                    code,
                    id,
                    form.version(),
                    form.target(),
                    form.approvedBy(),
                    approvedOn.orElse(null),
                    form.resolution());
        } catch (FormRejectedException e) {
            return flashError(code, id, redirect, e.messageKey());
        }
        redirect.addFlashAttribute(
                "notice", "strategy.notice.state." + form.target().name());
        return "redirect:" + StrategyUrls.plan(code, id);
    }

    @PostMapping("/orp/{code}/planovani/plany/{id}/aktualizace")
    String openAmendment(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute AmendmentForm form,
            BindingResult binding,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return flashError(code, id, redirect, "strategy.validation.amendment.required");
        }
        try {
            service.openAmendment(code, id, form.version(), form.summary(), form.reason());
        } catch (FormRejectedException e) {
            return flashError(code, id, redirect, e.messageKey());
        }
        redirect.addFlashAttribute("notice", "strategy.notice.amendment.opened");
        return "redirect:" + StrategyUrls.plan(code, id);
    }

    @PostMapping("/orp/{code}/planovani/plany/{id}/aktualizace/schvalit")
    String closeAmendment(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute CloseAmendmentForm form,
            RedirectAttributes redirect) {
        var approvedOn = StrategyForms.date(form.approvedOn());
        if (approvedOn.isEmpty()) {
            return flashError(code, id, redirect, "strategy.validation.approvedOn.required");
        }
        try {
            service.closeAmendment(code, id, form.version(), form.approvedBy(), approvedOn.get(), form.resolution());
        } catch (FormRejectedException e) {
            return flashError(code, id, redirect, e.messageKey());
        }
        redirect.addFlashAttribute("notice", "strategy.notice.amendment.approved");
        return "redirect:" + StrategyUrls.plan(code, id);
    }

    // ---- nodes --------------------------------------------------------------------------------

    @GetMapping("/orp/{code}/planovani/plany/{id}/polozky/nova")
    String newNode(
            @PathVariable int code,
            @PathVariable long id,
            @RequestParam(required = false) Long nadrazena,
            Model model) {
        model.addAttribute("nodeForm", NodeForm.empty());
        return nodeForm(code, id, nadrazena, null, model);
    }

    @PostMapping("/orp/{code}/planovani/plany/{id}/polozky/nova")
    String createNode(
            @PathVariable int code,
            @PathVariable long id,
            @RequestParam(required = false) Long nadrazena,
            @Valid @ModelAttribute("nodeForm") NodeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        NodeKind kind = kindUnder(code, id, nadrazena);
        form.validate(binding, kind);
        if (!binding.hasErrors()) {
            try {
                long nodeId = service.addNode(code, id, nadrazena, kind, form.toDetails());
                redirect.addFlashAttribute("notice", "strategy.notice.node.added");
                return "redirect:" + StrategyUrls.plan(code, id) + "#uzel-" + nodeId;
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return nodeForm(code, id, nadrazena, null, model);
    }

    @GetMapping("/orp/{code}/planovani/plany/{id}/polozky/{nodeId}")
    String editNode(@PathVariable int code, @PathVariable long id, @PathVariable long nodeId, Model model) {
        NodeView node = queries.node(code, id, nodeId);
        model.addAttribute("nodeForm", NodeForm.of(node));
        return nodeForm(code, id, node.parentId(), node, model);
    }

    @PostMapping("/orp/{code}/planovani/plany/{id}/polozky/{nodeId}")
    String updateNode(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long nodeId,
            @Valid @ModelAttribute("nodeForm") NodeForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        NodeView node = queries.node(code, id, nodeId);
        form.validate(binding, node.kind());
        if (!binding.hasErrors()) {
            try {
                service.updateNode(code, id, nodeId, form.version(), form.toDetails());
                redirect.addFlashAttribute("notice", "strategy.notice.node.saved");
                return "redirect:" + StrategyUrls.plan(code, id) + "#uzel-" + nodeId;
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return nodeForm(code, id, node.parentId(), node, model);
    }

    @PostMapping("/orp/{code}/planovani/plany/{id}/polozky/{nodeId}/posunout")
    String move(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long nodeId,
            @RequestParam String smer,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        try {
            service.moveNode(code, id, nodeId, form.version(), "nahoru".equals(smer));
        } catch (FormRejectedException e) {
            return flashError(code, id, redirect, e.messageKey());
        }
        redirect.addFlashAttribute("notice", "strategy.notice.node.moved");
        return "redirect:" + StrategyUrls.plan(code, id) + "#uzel-" + nodeId;
    }

    @PostMapping("/orp/{code}/planovani/plany/{id}/polozky/{nodeId}/smazat")
    String remove(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long nodeId,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        try {
            service.removeNode(code, id, nodeId, form.version());
        } catch (FormRejectedException e) {
            return flashError(code, id, redirect, e.messageKey());
        }
        redirect.addFlashAttribute("notice", "strategy.notice.node.removed");
        return "redirect:" + StrategyUrls.plan(code, id);
    }

    // ---- costs and indicators of a measure ----------------------------------------------------

    @GetMapping("/orp/{code}/planovani/plany/{id}/polozky/{nodeId}/naklady")
    String costs(@PathVariable int code, @PathVariable long id, @PathVariable long nodeId, Model model) {
        NodeView node = measure(code, id, nodeId);
        Map<String, String> values = new LinkedHashMap<>();
        node.costs().forEach(c -> values.put(c.year() + "-" + c.source().name(), String.valueOf(c.amount())));
        return costsPage(code, id, node, values, Map.of(), new IndicatorInput(), model);
    }

    @PostMapping("/orp/{code}/planovani/plany/{id}/polozky/{nodeId}/naklady")
    String saveCosts(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long nodeId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        NodeView node = measure(code, id, nodeId);
        PlanSummary plan = queries.summary(code, id);
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        List<CostLine> lines = new ArrayList<>();
        for (int year : plan.years()) {
            for (FundingSource source : FundingSource.values()) {
                String key = year + "-" + source.name();
                String raw = params.getOrDefault("c-" + key, "");
                values.put(key, raw);
                var amount = StrategyForms.amount(raw);
                if (amount.isEmpty()) {
                    errors.put(
                            key,
                            raw.strip().startsWith("-")
                                    ? "strategy.validation.cost.negative"
                                    : "strategy.validation.cost.number");
                } else if (amount.get() > 0) {
                    lines.add(new CostLine(year, source, amount.get()));
                }
            }
        }
        if (errors.isEmpty()) {
            try {
                service.saveCosts(code, id, nodeId, version(params), lines);
                redirect.addFlashAttribute("notice", "strategy.notice.costs.saved");
                return "redirect:" + StrategyUrls.node(code, id, nodeId) + "/naklady";
            } catch (FormRejectedException e) {
                errors.put("form", e.messageKey());
            }
        }
        return costsPage(code, id, node, values, errors, new IndicatorInput(), model);
    }

    @PostMapping("/orp/{code}/planovani/plany/{id}/polozky/{nodeId}/indikatory")
    String addIndicator(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long nodeId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        NodeView node = measure(code, id, nodeId);
        PlanSummary plan = queries.summary(code, id);
        IndicatorInput input = new IndicatorInput();
        input.name = params.getOrDefault("name", "").strip();
        input.unit = params.getOrDefault("unit", "").strip();
        input.baseline = params.getOrDefault("baseline", "").strip();
        if (input.name.isEmpty()) {
            input.errors.put("name", "strategy.validation.indicator.name.required");
        } else if (input.name.length() > Indicator.NAME_MAX) {
            input.errors.put("name", "strategy.validation.text.long");
        }
        if (input.unit.isEmpty()) {
            input.errors.put("unit", "strategy.validation.indicator.unit.required");
        } else if (input.unit.length() > Indicator.UNIT_MAX) {
            input.errors.put("unit", "strategy.validation.text.long");
        }
        BigDecimal baseline = null;
        if (!input.baseline.isEmpty()) {
            baseline = StrategyForms.decimal(input.baseline).orElse(null);
            if (baseline == null) {
                input.errors.put("baseline", "strategy.validation.indicator.number");
            }
        }
        Map<Integer, BigDecimal> targets = new TreeMap<>();
        for (int year : plan.years()) {
            String raw = params.getOrDefault("t-" + year, "").strip();
            input.targets.put(year, raw);
            if (!raw.isEmpty()) {
                var value = StrategyForms.decimal(raw);
                if (value.isEmpty()) {
                    input.errors.put("t-" + year, "strategy.validation.indicator.number");
                } else {
                    targets.put(year, value.get());
                }
            }
        }
        if (input.errors.isEmpty()) {
            try {
                service.addIndicator(code, id, nodeId, version(params), input.name, input.unit, baseline, targets);
                redirect.addFlashAttribute("notice", "strategy.notice.indicator.added");
                return "redirect:" + StrategyUrls.node(code, id, nodeId) + "/naklady";
            } catch (FormRejectedException e) {
                input.errors.put("form", e.messageKey());
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        node.costs().forEach(c -> values.put(c.year() + "-" + c.source().name(), String.valueOf(c.amount())));
        return costsPage(code, id, node, values, Map.of(), input, model);
    }

    @PostMapping("/orp/{code}/planovani/plany/{id}/polozky/{nodeId}/indikatory/{indicatorId}/smazat")
    String removeIndicator(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long nodeId,
            @PathVariable long indicatorId,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        try {
            service.removeIndicator(code, id, nodeId, form.version(), indicatorId);
        } catch (FormRejectedException e) {
            return flashError(code, id, redirect, e.messageKey());
        }
        redirect.addFlashAttribute("notice", "strategy.notice.indicator.removed");
        return "redirect:" + StrategyUrls.node(code, id, nodeId) + "/naklady";
    }

    // ---- helpers ------------------------------------------------------------------------------

    /** What the indicator form showed, with its errors (message keys by field). */
    static final class IndicatorInput {
        String name = "";
        String unit = "";
        String baseline = "";
        final Map<Integer, String> targets = new TreeMap<>();
        final Map<String, String> errors = new LinkedHashMap<>();

        public String getName() {
            return name;
        }

        public String getUnit() {
            return unit;
        }

        public String getBaseline() {
            return baseline;
        }

        public Map<Integer, String> getTargets() {
            return targets;
        }

        public Map<String, String> getErrors() {
            return errors;
        }
    }

    private static long version(Map<String, String> params) {
        try {
            return Long.parseLong(params.getOrDefault("version", "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private NodeView measure(int code, long id, long nodeId) {
        NodeView node = queries.node(code, id, nodeId);
        if (!node.isMeasure()) {
            throw new cz.planovna.shared.web.NotFoundException("costs of " + node.kind());
        }
        return node;
    }

    private String costsPage(
            int code,
            long id,
            NodeView node,
            Map<String, String> values,
            Map<String, String> errors,
            IndicatorInput indicator,
            Model model) {
        model.addAttribute("page", queries.plan(code, id));
        model.addAttribute("node", node);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("indicator", indicator);
        return "strategy/costs";
    }

    /** The kind a new node gets under the given parent (none: a priority area). */
    private NodeKind kindUnder(int code, long id, Long parentId) {
        if (parentId == null) {
            queries.summary(code, id);
            return NodeKind.PRIORITY;
        }
        NodeKind kind = queries.node(code, id, parentId).kind().childKind();
        if (kind == null) {
            throw new cz.planovna.shared.web.NotFoundException("no children under an activity");
        }
        return kind;
    }

    private String nodeForm(int code, long id, Long parentId, NodeView node, Model model) {
        queries.checkEditing(code);
        NodeKind kind = node != null ? node.kind() : kindUnder(code, id, parentId);
        model.addAttribute("page", queries.plan(code, id));
        model.addAttribute("kind", kind);
        model.addAttribute("newKey", "strategy.node.new." + kind.name());
        model.addAttribute("node", node);
        model.addAttribute("parent", parentId == null ? null : queries.node(code, id, parentId));
        if (kind == NodeKind.MEASURE) {
            model.addAttribute("serviceTypes", queries.serviceTypes());
            model.addAttribute("targetGroups", queries.targetGroups());
            model.addAttribute("municipalities", queries.municipalities(code));
            model.addAttribute("measureKinds", MeasureKind.values());
        }
        return "strategy/node-form";
    }

    private String planForm(int code, PlanSummary plan, Model model) {
        queries.checkEditing(code);
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("plan", plan);
        return "strategy/plan-form";
    }

    private static String flashError(int code, long id, RedirectAttributes redirect, String key) {
        redirect.addFlashAttribute("failure", key);
        return "redirect:" + StrategyUrls.plan(code, id);
    }
}
