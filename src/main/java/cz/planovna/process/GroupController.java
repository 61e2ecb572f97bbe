package cz.planovna.process;

import cz.planovna.process.GroupForms.GroupForm;
import cz.planovna.process.GroupForms.MemberForm;
import cz.planovna.process.GroupForms.VersionForm;
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

/** Groups of an ORP and their members; permissions are checked in the services. */
@Controller
@RequestMapping("/orp/{code}/planovani/skupiny")
class GroupController {

    private final PlanningQueries queries;
    private final PlanningService service;

    GroupController(PlanningQueries queries, PlanningService service) {
        this.queries = queries;
        this.service = service;
    }

    @ModelAttribute("groupKinds")
    GroupKind[] groupKinds() {
        return GroupKind.values();
    }

    @ModelAttribute("memberRoles")
    MemberRole[] memberRoles() {
        return MemberRole.values();
    }

    @ModelAttribute("sectors")
    Sector[] sectors() {
        return Sector.values();
    }

    @GetMapping("/nova")
    String newGroup(@PathVariable int code, Model model) {
        model.addAttribute("orp", queries.forEditing(code));
        model.addAttribute("groupForm", GroupForm.empty());
        return "process/group-form";
    }

    @PostMapping("/nova")
    String createGroup(
            @PathVariable int code,
            @Valid @ModelAttribute("groupForm") GroupForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                long id = service.createGroup(code, form);
                redirect.addFlashAttribute("notice", "process.notice.group.created");
                return "redirect:" + PlanningService.groupUrl(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        model.addAttribute("orp", queries.forEditing(code));
        return "process/group-form";
    }

    @GetMapping("/{id}")
    String group(@PathVariable int code, @PathVariable long id, Model model) {
        GroupDetail group = queries.group(code, id);
        model.addAttribute("memberForm", MemberForm.empty(group.version()));
        return groupPage(code, group, model);
    }

    @GetMapping("/{id}/upravit")
    String editGroup(@PathVariable int code, @PathVariable long id, Model model) {
        OrpInfo orp = queries.forEditing(code);
        GroupDetail group = queries.group(code, id);
        model.addAttribute("orp", orp);
        model.addAttribute("group", group);
        model.addAttribute("groupForm", GroupForm.of(group));
        return "process/group-form";
    }

    @PostMapping("/{id}/upravit")
    String updateGroup(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("groupForm") GroupForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("orp", queries.forEditing(code));
            model.addAttribute("group", queries.group(code, id));
            return "process/group-form";
        }
        service.updateGroup(code, id, form);
        redirect.addFlashAttribute("notice", "process.notice.group.saved");
        return "redirect:" + PlanningService.groupUrl(code, id);
    }

    @PostMapping("/{id}/clenove")
    String addMember(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("memberForm") MemberForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding, service.today());
        if (binding.hasErrors()) {
            // refuse before showing anything: validation messages must not leak the group to outsiders
            queries.forEditing(code);
            return groupPage(code, queries.group(code, id), model);
        }
        service.addMember(code, id, form);
        redirect.addFlashAttribute("notice", "process.notice.member.added");
        return "redirect:" + PlanningService.groupUrl(code, id);
    }

    @PostMapping("/{id}/clenove/{memberId}/odebrat")
    String removeMember(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long memberId,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        service.removeMember(code, id, memberId, form.version());
        redirect.addFlashAttribute("notice", "process.notice.member.removed");
        return "redirect:" + PlanningService.groupUrl(code, id);
    }

    @PostMapping("/{id}/clenove/{memberId}/prehled")
    String digest(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long memberId,
            @RequestParam(defaultValue = "false") boolean wants,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        try {
            service.setDigest(code, id, memberId, wants, form.version());
            redirect.addFlashAttribute("notice", wants ? "process.notice.digest.on" : "process.notice.digest.off");
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        }
        return "redirect:" + PlanningService.groupUrl(code, id);
    }

    private String groupPage(int code, GroupDetail group, Model model) {
        model.addAttribute("orp", queries.forViewing(code));
        model.addAttribute("group", group);
        model.addAttribute("mayEdit", queries.mayEdit(code));
        return "process/group";
    }
}
