package cz.planovna.analysis;

import cz.planovna.analysis.FindingsForms.FindingForm;
import cz.planovna.analysis.FindingsForms.InterviewForm;
import cz.planovna.analysis.FindingsForms.VersionForm;
import cz.planovna.analysis.FindingsService.FindingFilter;
import cz.planovna.analysis.FindingsService.FindingSort;
import cz.planovna.analysis.FindingsService.InterviewSort;
import cz.planovna.shared.web.FormRejectedException;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Findings (need statements) and the interviews and focus groups they come from. */
@Controller
class FindingsController {

    static final String BASE = "/orp/{code}/planovani/zjisteni";

    private final FindingsService service;

    FindingsController(FindingsService service) {
        this.service = service;
    }

    // ---- findings -------------------------------------------------------------------------------

    @GetMapping(BASE)
    String findings(
            @PathVariable int code,
            @RequestParam(name = "skupina", required = false) String group,
            @RequestParam(name = "dulezitost", required = false) String importance,
            @RequestParam(name = "stav", required = false) String status,
            @RequestParam(name = "zdroj", required = false) String source,
            @RequestParam(name = "razeni", defaultValue = "cislo") String sort,
            @RequestParam(name = "strana", defaultValue = "1") int strana,
            Model model) {
        model.addAttribute("orp", service.forViewing(code));
        FindingFilter filter = FindingFilter.of(group, importance, status, source);
        FindingSort order = FindingSort.ofParam(sort);
        Page<FindingView> page = service.findings(code, filter, order, strana - 1);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("skupina", filter.targetGroup());
        params.put(
                "dulezitost",
                filter.importance() == null ? null : filter.importance().name());
        params.put("stav", filter.status() == null ? null : filter.status().name());
        params.put("zdroj", filter.source() == null ? null : filter.source().name());
        params.put("razeni", order.param());
        model.addAttribute("findings", page);
        model.addAttribute("pager", ListPager.of(page, FindingsUrls.findings(code), params));
        model.addAttribute("filter", filter);
        model.addAttribute("sort", order);
        model.addAttribute("sorts", FindingSort.values());
        model.addAttribute("targetGroups", service.targetGroups());
        model.addAttribute("importances", Importance.values());
        model.addAttribute("statuses", FindingStatus.values());
        model.addAttribute("sources", FindingSource.values());
        model.addAttribute("mayEdit", service.mayEdit(code));
        model.addAttribute("audit", service.audit(code));
        return "analysis/findings";
    }

    @GetMapping(BASE + "/nove")
    String newFinding(
            @PathVariable int code, @RequestParam(name = "rozhovor", required = false) Long interview, Model model) {
        model.addAttribute("findingForm", FindingForm.empty(interview));
        return findingForm(code, null, model);
    }

    @PostMapping(BASE + "/nove")
    String createFinding(
            @PathVariable int code,
            @Valid @ModelAttribute("findingForm") FindingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                long id = service.createFinding(code, form.toContent());
                redirect.addFlashAttribute("notice", "analysis.notice.finding.created");
                return "redirect:" + FindingsUrls.finding(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return findingForm(code, null, model);
    }

    @GetMapping(BASE + "/{id}")
    String finding(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("orp", service.forViewing(code));
        model.addAttribute("finding", service.finding(code, id));
        model.addAttribute("citing", service.citing(code, id));
        model.addAttribute("mayEdit", service.mayEdit(code));
        return "analysis/finding";
    }

    @GetMapping(BASE + "/{id}/upravit")
    String editFinding(@PathVariable int code, @PathVariable long id, Model model) {
        service.forEditing(code);
        FindingView finding = service.finding(code, id);
        model.addAttribute("findingForm", FindingForm.of(finding));
        return findingForm(code, finding, model);
    }

    @PostMapping(BASE + "/{id}/upravit")
    String updateFinding(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("findingForm") FindingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        service.forEditing(code);
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                service.updateFinding(code, id, form.version(), form.toContent());
                redirect.addFlashAttribute("notice", "analysis.notice.finding.saved");
                return "redirect:" + FindingsUrls.finding(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return findingForm(code, service.finding(code, id), model);
    }

    @PostMapping(BASE + "/{id}/smazat")
    String deleteFinding(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        try {
            service.deleteFinding(code, id, form.version());
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:" + FindingsUrls.finding(code, id);
        }
        redirect.addFlashAttribute("notice", "analysis.notice.finding.deleted");
        return "redirect:" + FindingsUrls.findings(code);
    }

    private String findingForm(int code, FindingView finding, Model model) {
        model.addAttribute("orp", service.forEditing(code));
        model.addAttribute("finding", finding);
        model.addAttribute("targetGroups", service.targetGroups());
        model.addAttribute("interviews", service.interviewOptions(code));
        model.addAttribute("importances", Importance.values());
        model.addAttribute("statuses", FindingStatus.values());
        model.addAttribute("sources", FindingSource.values());
        return "analysis/finding-form";
    }

    // ---- interviews -----------------------------------------------------------------------------

    @GetMapping(BASE + "/rozhovory")
    String interviews(
            @PathVariable int code,
            @RequestParam(name = "druh", required = false) String kind,
            @RequestParam(name = "razeni", defaultValue = "datum") String sort,
            @RequestParam(name = "strana", defaultValue = "1") int strana,
            Model model) {
        model.addAttribute("orp", service.forViewing(code));
        InterviewKind k = InterviewKind.ofParam(kind);
        InterviewSort order = InterviewSort.ofParam(sort);
        Page<InterviewView> page = service.interviews(code, k, order, strana - 1);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("druh", k == null ? null : k.name());
        params.put("razeni", order.param());
        model.addAttribute("interviews", page);
        model.addAttribute("pager", ListPager.of(page, FindingsUrls.interviews(code), params));
        model.addAttribute("kind", k);
        model.addAttribute("kinds", InterviewKind.values());
        model.addAttribute("sort", order);
        model.addAttribute("sorts", InterviewSort.values());
        model.addAttribute("mayEdit", service.mayEdit(code));
        return "analysis/interviews";
    }

    @GetMapping(BASE + "/rozhovory/novy")
    String newInterview(@PathVariable int code, Model model) {
        model.addAttribute("interviewForm", InterviewForm.empty());
        return interviewForm(code, null, model);
    }

    @PostMapping(BASE + "/rozhovory/novy")
    String createInterview(
            @PathVariable int code,
            @Valid @ModelAttribute("interviewForm") InterviewForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        service.forEditing(code);
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                long id = service.createInterview(code, form.toContent());
                redirect.addFlashAttribute("notice", "analysis.notice.interview.created");
                return "redirect:" + FindingsUrls.interview(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return interviewForm(code, null, model);
    }

    @GetMapping(BASE + "/rozhovory/{id}")
    String interview(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("orp", service.forViewing(code));
        model.addAttribute("interview", service.interview(code, id));
        model.addAttribute("findings", service.findingsOf(code, id));
        model.addAttribute("mayEdit", service.mayEdit(code));
        return "analysis/interview";
    }

    @GetMapping(BASE + "/rozhovory/{id}/upravit")
    String editInterview(@PathVariable int code, @PathVariable long id, Model model) {
        service.forEditing(code);
        InterviewView interview = service.interview(code, id);
        model.addAttribute("interviewForm", InterviewForm.of(interview));
        return interviewForm(code, interview, model);
    }

    @PostMapping(BASE + "/rozhovory/{id}/upravit")
    String updateInterview(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("interviewForm") InterviewForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        service.forEditing(code);
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                service.updateInterview(code, id, form.version(), form.toContent());
                redirect.addFlashAttribute("notice", "analysis.notice.interview.saved");
                return "redirect:" + FindingsUrls.interview(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return interviewForm(code, service.interview(code, id), model);
    }

    @PostMapping(BASE + "/rozhovory/{id}/smazat")
    String deleteInterview(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        try {
            service.deleteInterview(code, id, form.version());
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:" + FindingsUrls.interview(code, id);
        }
        redirect.addFlashAttribute("notice", "analysis.notice.interview.deleted");
        return "redirect:" + FindingsUrls.interviews(code);
    }

    private String interviewForm(int code, InterviewView interview, Model model) {
        model.addAttribute("orp", service.forEditing(code));
        model.addAttribute("interview", interview);
        model.addAttribute("kinds", InterviewKind.values());
        model.addAttribute("groups", service.groups(code));
        return "analysis/interview-form";
    }
}
