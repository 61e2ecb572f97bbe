package cz.planovna.process;

import cz.planovna.process.GroupForms.VersionForm;
import cz.planovna.process.MeetingForms.AttendanceForm;
import cz.planovna.process.MeetingForms.MeetingForm;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Meetings of an ORP's groups: planning, invitation, attendance; permissions are checked in the services. */
@Controller
@RequestMapping("/orp/{code}/planovani/jednani")
class MeetingController {

    private final MeetingQueries queries;
    private final MeetingService service;
    private final PlanningQueries planning;

    MeetingController(MeetingQueries queries, MeetingService service, PlanningQueries planning) {
        this.queries = queries;
        this.service = service;
        this.planning = planning;
    }

    @ModelAttribute("attendanceStatuses")
    AttendanceStatus[] attendanceStatuses() {
        return AttendanceStatus.values();
    }

    @GetMapping
    String list(@PathVariable int code, @RequestParam(defaultValue = "1") int strana, Model model) {
        model.addAttribute("orp", planning.forViewing(code));
        model.addAttribute("meetings", queries.meetings(code, strana - 1));
        model.addAttribute("mayEdit", planning.mayEdit(code));
        return "process/meetings";
    }

    @GetMapping("/nove")
    String newMeeting(
            @PathVariable int code, @RequestParam(name = "skupina", required = false) Long groupId, Model model) {
        model.addAttribute("meetingForm", MeetingForm.empty(groupId));
        return formPage(code, model);
    }

    @PostMapping("/nove")
    String create(
            @PathVariable int code,
            @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding, service.today(), null);
        if (!binding.hasErrors()) {
            try {
                long id = service.create(code, form);
                redirect.addFlashAttribute("notice", "process.notice.meeting.created");
                return "redirect:" + MeetingUrls.meeting(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return formPage(code, model);
    }

    @GetMapping("/{id}")
    String meeting(@PathVariable int code, @PathVariable long id, Model model) {
        MeetingDetail meeting = queries.meeting(code, id);
        model.addAttribute("attendanceForm", AttendanceForm.of(meeting));
        return meetingPage(code, meeting, model);
    }

    @GetMapping("/{id}/upravit")
    String edit(@PathVariable int code, @PathVariable long id, Model model) {
        MeetingDetail meeting = queries.meeting(code, id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("meetingForm", MeetingForm.of(meeting));
        return formPage(code, model);
    }

    @PostMapping("/{id}/upravit")
    String update(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("meetingForm") MeetingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        MeetingDetail meeting = queries.meeting(code, id);
        form.validate(binding, service.today(), meeting.meeting().date());
        if (!binding.hasErrors()) {
            try {
                service.update(code, id, form);
                redirect.addFlashAttribute("notice", "process.notice.meeting.saved");
                return "redirect:" + MeetingUrls.meeting(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        model.addAttribute("meeting", meeting);
        return formPage(code, model);
    }

    @PostMapping("/{id}/zrusit")
    String cancel(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        service.cancel(code, id, form.version());
        redirect.addFlashAttribute("notice", "process.notice.meeting.cancelled");
        return "redirect:" + MeetingUrls.meeting(code, id);
    }

    @PostMapping("/{id}/pozvanka")
    String invite(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        try {
            int sent = service.invite(code, id, form.version());
            redirect.addFlashAttribute("noticeCount", sent);
            redirect.addFlashAttribute("notice", "process.notice.meeting.invited");
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:" + MeetingUrls.meeting(code, id);
    }

    @PostMapping("/{id}/podklady")
    String attach(
            @PathVariable int code,
            @PathVariable long id,
            @RequestParam(name = "documentId", required = false) Long documentId,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        try {
            if (documentId == null) {
                throw new FormRejectedException(null, "process.validation.attachment.unknown");
            }
            service.attach(code, id, documentId, form.version());
            redirect.addFlashAttribute("notice", "process.notice.attachment.added");
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:" + MeetingUrls.meeting(code, id) + "#attachments-heading";
    }

    @PostMapping("/{id}/podklady/{documentId}/odebrat")
    String detach(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long documentId,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        service.detach(code, id, documentId, form.version());
        redirect.addFlashAttribute("notice", "process.notice.attachment.removed");
        return "redirect:" + MeetingUrls.meeting(code, id) + "#attachments-heading";
    }

    @PostMapping("/{id}/dochazka")
    String attendance(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute("attendanceForm") AttendanceForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding);
        if (binding.hasErrors()) {
            return meetingPage(code, queries.meeting(code, id), model);
        }
        try {
            service.recordAttendance(code, id, form);
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
            return "redirect:" + MeetingUrls.meeting(code, id);
        }
        redirect.addFlashAttribute("notice", "process.notice.meeting.attendance");
        return "redirect:" + MeetingUrls.meeting(code, id) + "#attendance-heading";
    }

    @PostMapping("/{id}/ukoly/{taskId}/hotovo")
    String taskDone(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long taskId,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        service.markTaskDone(code, id, taskId, form.version());
        redirect.addFlashAttribute("notice", "process.notice.task.done");
        return "redirect:" + MeetingUrls.meeting(code, id);
    }

    private String meetingPage(int code, MeetingDetail meeting, Model model) {
        model.addAttribute("orp", planning.forViewing(code));
        model.addAttribute("meeting", meeting);
        model.addAttribute("mayEdit", planning.mayEdit(code));
        return "process/meeting";
    }

    private String formPage(int code, Model model) {
        model.addAttribute("orp", planning.forEditing(code));
        model.addAttribute("groups", planning.overview(code).groups());
        return "process/meeting-form";
    }
}
