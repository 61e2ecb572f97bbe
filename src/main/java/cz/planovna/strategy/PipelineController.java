package cz.planovna.strategy;

import cz.planovna.shared.web.FormRejectedException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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

/** The coordinator's project pipeline (zásobník projektů) under /orp/{code}/planovani/zasobnik-projektu. */
@Controller
class PipelineController {

    static final String BASE = "/orp/{code}/planovani/zasobnik-projektu";

    private final ProjectPipelineQueries queries;
    private final ProjectPipelineService service;
    private final PipelineSpreadsheet spreadsheet;

    PipelineController(
            ProjectPipelineQueries queries, ProjectPipelineService service, PipelineSpreadsheet spreadsheet) {
        this.queries = queries;
        this.service = service;
        this.spreadsheet = spreadsheet;
    }

    @GetMapping(BASE)
    String list(
            @PathVariable int code,
            @RequestParam(required = false) String stav,
            @RequestParam(required = false) String opatreni,
            @RequestParam(required = false) String pripravenost,
            @RequestParam(required = false) String razeni,
            @RequestParam(defaultValue = "1") int strana,
            Model model) {
        PipelineFilter filter = PipelineFilter.of(stav, opatreni, pripravenost, razeni);
        model.addAttribute("projects", queries.list(code, filter, strana - 1));
        model.addAttribute("filter", filter);
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("measureGroups", byPlan(queries.measures(code)));
        model.addAttribute("states", ProjectState.values());
        model.addAttribute("readinesses", ProjectReadiness.values());
        model.addAttribute("sorts", PipelineFilter.Sort.values());
        model.addAttribute("mayEdit", queries.mayEdit(code));
        return "strategy/pipeline";
    }

    @GetMapping(BASE + "/export.xlsx")
    ResponseEntity<byte[]> export(
            @PathVariable int code,
            @RequestParam(required = false) String stav,
            @RequestParam(required = false) String opatreni,
            @RequestParam(required = false) String pripravenost,
            @RequestParam(required = false) String razeni) {
        PipelineFilter filter = PipelineFilter.of(stav, opatreni, pripravenost, razeni);
        byte[] file = spreadsheet.write(queries.orp(code), filter, queries.all(code, filter));
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("zasobnik-projektu-" + code + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file);
    }

    @GetMapping(BASE + "/novy")
    String newProject(@PathVariable int code, Model model) {
        model.addAttribute("projectForm", ProjectForm.empty());
        return form(code, null, model);
    }

    @PostMapping(BASE + "/novy")
    String create(
            @PathVariable int code,
            @ModelAttribute("projectForm") ProjectForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        queries.checkEditing(code);
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                long id = service.create(code, form.toDetails());
                redirect.addFlashAttribute("notice", "strategy.project.notice.created");
                return "redirect:" + PipelineUrls.project(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        form.padRows();
        return form(code, null, model);
    }

    @GetMapping(BASE + "/{id}")
    String detail(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("project", queries.project(code, id));
        model.addAttribute("history", queries.history(code, id));
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("mayEdit", queries.mayEdit(code));
        return "strategy/pipeline-project";
    }

    @GetMapping(BASE + "/{id}/upravit")
    String edit(@PathVariable int code, @PathVariable long id, Model model) {
        ProjectView project = queries.project(code, id);
        model.addAttribute("projectForm", ProjectForm.of(project));
        return form(code, project, model);
    }

    @PostMapping(BASE + "/{id}/upravit")
    String update(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute("projectForm") ProjectForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        queries.checkEditing(code);
        ProjectView project = queries.project(code, id);
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                service.update(code, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("notice", "strategy.project.notice.saved");
                return "redirect:" + PipelineUrls.project(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        form.padRows();
        return form(code, project, model);
    }

    @PostMapping(BASE + "/{id}/stav")
    String transition(
            @PathVariable int code,
            @PathVariable long id,
            @RequestParam(required = false) String target,
            @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        queries.checkEditing(code);
        ProjectState state = null;
        for (ProjectState s : ProjectState.values()) {
            if (s.name().equals(target)) {
                state = s;
            }
        }
        if (state == null) {
            return failure(code, id, redirect, "strategy.project.validation.target.required", note);
        }
        try {
            service.transition(code, id, version, state, note);
        } catch (FormRejectedException e) {
            return failure(code, id, redirect, e.messageKey(), note);
        }
        redirect.addFlashAttribute("notice", "strategy.project.notice.state." + state.name());
        return "redirect:" + PipelineUrls.project(code, id);
    }

    @PostMapping(BASE + "/{id}/smazat")
    String delete(
            @PathVariable int code,
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        queries.checkEditing(code);
        try {
            service.delete(code, id, version);
        } catch (FormRejectedException e) {
            return failure(code, id, redirect, e.messageKey(), null);
        }
        redirect.addFlashAttribute("notice", "strategy.project.notice.deleted");
        return "redirect:" + PipelineUrls.list(code);
    }

    private String form(int code, ProjectView project, Model model) {
        queries.checkEditing(code);
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("project", project);
        model.addAttribute("measureGroups", byPlan(queries.measures(code)));
        model.addAttribute("readinesses", ProjectReadiness.values());
        model.addAttribute("sources", FundingSource.values());
        return "strategy/pipeline-form";
    }

    /** Measures grouped by their plan, newest plan first (for option groups). */
    static Map<String, List<MeasureOption>> byPlan(List<MeasureOption> measures) {
        Map<String, List<MeasureOption>> groups = new LinkedHashMap<>();
        measures.forEach(m ->
                groups.computeIfAbsent(m.planTitle(), t -> new ArrayList<>()).add(m));
        return groups;
    }

    /** Back to the detail with the refusal; the note typed stays in the form. */
    private static String failure(int code, long id, RedirectAttributes redirect, String key, String note) {
        redirect.addFlashAttribute("failure", key);
        if (note != null) {
            redirect.addFlashAttribute("note", note);
        }
        return "redirect:" + PipelineUrls.project(code, id);
    }
}
