package cz.planovna.process;

import cz.planovna.process.GroupForms.VersionForm;
import cz.planovna.process.MeetingForms.ApprovalForm;
import cz.planovna.process.MeetingForms.DecisionForm;
import cz.planovna.process.MeetingForms.MinutesForm;
import cz.planovna.process.MeetingForms.TaskForm;
import cz.planovna.shared.web.FormRejectedException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Writing the minutes of a meeting: notes per agenda item, decisions, tasks, then approval and
 * publication. Each form on the page posts on its own, so an error in one keeps the others' input.
 */
@Controller
@RequestMapping("/orp/{code}/planovani/jednani/{id}/zapis")
class MinutesController {

    private final MeetingQueries queries;
    private final MeetingService service;
    private final PlanningQueries planning;

    MinutesController(MeetingQueries queries, MeetingService service, PlanningQueries planning) {
        this.queries = queries;
        this.service = service;
        this.planning = planning;
    }

    @GetMapping
    String minutes(@PathVariable int code, @PathVariable long id, Model model) {
        return page(code, queries.meeting(code, id), model);
    }

    @PostMapping
    String save(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("minutesForm") MinutesForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding);
        return handle(
                code,
                id,
                binding,
                model,
                redirect,
                "process.notice.minutes.saved",
                () -> service.writeMinutes(code, id, form));
    }

    @PostMapping("/usneseni")
    String addDecision(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return handle(
                code,
                id,
                binding,
                model,
                redirect,
                "process.notice.decision.added",
                () -> service.addDecision(code, id, form));
    }

    @PostMapping("/usneseni/{number}/odebrat")
    String removeDecision(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable int number,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        service.removeDecision(code, id, number, form.version());
        redirect.addFlashAttribute("notice", "process.notice.decision.removed");
        return "redirect:" + MeetingUrls.minutes(code, id);
    }

    @PostMapping("/ukoly")
    String addTask(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("taskForm") TaskForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding);
        return handle(
                code, id, binding, model, redirect, "process.notice.task.added", () -> service.addTask(code, id, form));
    }

    @PostMapping("/ukoly/{taskId}/odebrat")
    String removeTask(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long taskId,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        service.removeTask(code, id, taskId, form.version());
        redirect.addFlashAttribute("notice", "process.notice.task.removed");
        return "redirect:" + MeetingUrls.minutes(code, id);
    }

    @PostMapping("/schvalit")
    String approve(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("approvalForm") ApprovalForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return handle(
                code,
                id,
                binding,
                model,
                redirect,
                "process.notice.minutes.approved",
                () -> service.approve(code, id, form));
    }

    @PostMapping("/vratit")
    String reopen(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        return simple(
                code, id, redirect, "process.notice.minutes.reopened", () -> service.reopen(code, id, form.version()));
    }

    @PostMapping("/zverejnit")
    String publish(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        return simple(
                code,
                id,
                redirect,
                "process.notice.minutes.published",
                () -> service.publish(code, id, form.version()));
    }

    private String handle(
            int code,
            long id,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            String notice,
            Runnable change) {
        if (!binding.hasErrors()) {
            try {
                change.run();
                redirect.addFlashAttribute("notice", notice);
                return "redirect:" + MeetingUrls.minutes(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return page(code, queries.meeting(code, id), model);
    }

    private String simple(int code, long id, RedirectAttributes redirect, String notice, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:" + MeetingUrls.minutes(code, id);
    }

    private String page(int code, MeetingDetail meeting, Model model) {
        model.addAttribute("orp", planning.forViewing(code));
        model.addAttribute("meeting", meeting);
        model.addAttribute("mayEdit", planning.mayEdit(code));
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", MinutesForm.of(meeting));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.empty(meeting.version()));
        }
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", TaskForm.empty(meeting.version()));
        }
        if (!model.containsAttribute("approvalForm")) {
            model.addAttribute("approvalForm", new ApprovalForm("", meeting.version()));
        }
        return "process/minutes";
    }
}
