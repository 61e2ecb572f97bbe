package cz.planovna.monitoring;

import cz.planovna.monitoring.MonitoringForms.MeasureEntryForm;
import cz.planovna.strategy.PlanSummary;
import cz.planovna.strategy.StrategyQueries;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The monitoring dashboard (VIEW_INTERNAL), the data entry of a year (EDIT_PLANNING), the change log. */
@Controller
class MonitoringController {

    private static final String BASE = "/orp/{code}/planovani/plany/{planId}/monitoring";

    private final MonitoringQueries queries;
    private final MonitoringService service;
    private final StrategyQueries strategy;
    private final MessageSource messages;

    MonitoringController(
            MonitoringQueries queries, MonitoringService service, StrategyQueries strategy, MessageSource messages) {
        this.messages = messages;
        this.queries = queries;
        this.service = service;
        this.strategy = strategy;
    }

    @GetMapping(BASE)
    String dashboard(
            @PathVariable int code,
            @PathVariable long planId,
            @RequestParam(name = "rok", required = false) Integer year,
            Model model) {
        PlanSummary plan = queries.plan(code, planId);
        List<Integer> monitored = queries.monitoredYears(code, planId);
        int shown = year != null ? year : defaultYear(plan, monitored);
        YearReport report = queries.yearReport(code, planId, shown);
        model.addAttribute("orp", strategy.orp(code));
        model.addAttribute("plan", plan);
        model.addAttribute("year", shown);
        model.addAttribute("monitored", monitored);
        model.addAttribute("report", report);
        model.addAttribute(
                "charts",
                queries.indicatorSeries(code, planId).stream()
                        .map(TrendChart::of)
                        .toList());
        model.addAttribute("mayEdit", service.mayEdit(code));
        return "monitoring/dashboard";
    }

    @GetMapping(BASE + "/{year}")
    String entry(@PathVariable int code, @PathVariable long planId, @PathVariable int year, Model model) {
        model.addAttribute("page", service.entryPage(code, planId, year));
        return "monitoring/entry";
    }

    @PostMapping(BASE + "/{year}/opatreni/{measureId}")
    String save(
            @PathVariable int code,
            @PathVariable long planId,
            @PathVariable int year,
            @PathVariable long measureId,
            @ModelAttribute("form") MeasureEntryForm form,
            BindingResult binding,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        service.validate(code, planId, year, measureId, form, binding);
        if (binding.hasErrors()) {
            model.addAttribute("page", service.entryPage(code, planId, year, measureId, form));
            model.addAttribute("invalidMeasure", measureId);
            Map<String, String> errors = new LinkedHashMap<>();
            binding.getFieldErrors().forEach(e -> errors.putIfAbsent(e.getField(), messages.getMessage(e, locale)));
            model.addAttribute("fieldErrors", errors);
            return "monitoring/entry";
        }
        service.save(code, planId, year, measureId, form);
        redirect.addFlashAttribute("notice", "monitoring.notice.saved");
        redirect.addFlashAttribute("savedMeasure", measureId);
        return "redirect:" + MonitoringUrls.entry(code, planId, year) + "#m-" + measureId;
    }

    @GetMapping(BASE + "/zmeny")
    String changes(
            @PathVariable int code,
            @PathVariable long planId,
            @RequestParam(name = "strana", defaultValue = "1") int page,
            Model model) {
        model.addAttribute("changes", service.changes(code, planId, page - 1));
        model.addAttribute("orp", strategy.orp(code));
        model.addAttribute("plan", queries.plan(code, planId));
        return "monitoring/changes";
    }

    /** The latest monitored year, else the current year within the span, else the first year. */
    private static int defaultYear(PlanSummary plan, List<Integer> monitored) {
        if (!monitored.isEmpty()) {
            return monitored.get(monitored.size() - 1);
        }
        int now = LocalDate.now().getYear();
        return now >= plan.yearFrom() && now <= plan.yearTo() ? now : plan.yearFrom();
    }
}
