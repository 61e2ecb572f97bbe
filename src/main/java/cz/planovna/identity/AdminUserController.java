package cz.planovna.identity;

import cz.planovna.identity.AdminForms.GrantForm;
import cz.planovna.identity.AdminForms.InviteForm;
import cz.planovna.identity.AdminForms.StatusForm;
import cz.planovna.identity.AdminForms.VersionForm;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.Htmx;
import cz.planovna.shared.web.StaleEditException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.data.domain.Page;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** User administration for system admins and coordinators; permissions are checked in the service. */
@Controller
@RequestMapping("/admin/uzivatele")
class AdminUserController {

    private final UserDirectory directory;
    private final UserManagement management;

    AdminUserController(UserDirectory directory, UserManagement management) {
        this.directory = directory;
        this.management = management;
    }

    /** {@code strana} is 1-based; with htmx only the result list is returned. */
    @GetMapping
    String list(
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(name = "strana", defaultValue = "1") int page,
            Model model,
            HttpServletRequest request) {
        String q = query.strip();
        model.addAttribute("q", q);
        Page<UserRow> users = directory.users(q, page - 1);
        model.addAttribute("users", users);
        model.addAttribute("pageNumbers", pageWindow(users));
        return Htmx.view(request, "identity/admin/users", "results");
    }

    /** Up to seven page links around the current page (1-based). */
    static List<Integer> pageWindow(Page<?> page) {
        int current = page.getNumber() + 1;
        int first = Math.max(1, current - 3);
        int last = Math.min(page.getTotalPages(), current + 3);
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    @GetMapping("/pozvat")
    String inviteForm(Model model) {
        model.addAttribute("inviteForm", InviteForm.empty());
        model.addAttribute("options", directory.grantOptions());
        return "identity/admin/invite";
    }

    @PostMapping("/pozvat")
    String invite(
            @Valid @ModelAttribute("inviteForm") InviteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                long id = management.invite(form);
                redirect.addFlashAttribute("notice", "identity.notice.invited");
                return "redirect:/admin/uzivatele/" + id;
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        model.addAttribute("options", directory.grantOptions());
        return "identity/admin/invite";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        UserDetail user = directory.user(id);
        model.addAttribute("user", user);
        model.addAttribute("grantForm", GrantForm.empty(user.version()));
        return "identity/admin/user";
    }

    @PostMapping("/{id}/role")
    String grant(
            @PathVariable long id,
            @Valid @ModelAttribute("grantForm") GrantForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                management.grant(id, form, form.version());
                redirect.addFlashAttribute("notice", "identity.notice.granted");
                return "redirect:/admin/uzivatele/" + id;
            } catch (FormRejectedException e) {
                e.addTo(binding);
            } catch (StaleEditException e) {
                return ConflictPage.render(e, model, response);
            } catch (ObjectOptimisticLockingFailureException e) {
                return ConflictPage.render(null, model, response);
            }
        }
        model.addAttribute("user", directory.user(id));
        return "identity/admin/user";
    }

    @PostMapping("/{id}/role/{grantId}/odebrat")
    String revoke(
            @PathVariable long id,
            @PathVariable long grantId,
            @ModelAttribute VersionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            management.revoke(id, grantId, form.version());
            redirect.addFlashAttribute("notice", "identity.notice.revoked");
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        } catch (StaleEditException e) {
            return ConflictPage.render(e, model, response);
        } catch (ObjectOptimisticLockingFailureException e) {
            return ConflictPage.render(null, model, response);
        }
        return "redirect:/admin/uzivatele/" + id;
    }

    @PostMapping("/{id}/stav")
    String changeStatus(
            @PathVariable long id,
            @ModelAttribute StatusForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            management.changeStatus(id, form.enabled(), form.version());
            redirect.addFlashAttribute(
                    "notice", form.enabled() ? "identity.notice.enabled" : "identity.notice.disabled");
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("problem", e.messageKey());
        } catch (StaleEditException e) {
            return ConflictPage.render(e, model, response);
        } catch (ObjectOptimisticLockingFailureException e) {
            return ConflictPage.render(null, model, response);
        }
        return "redirect:/admin/uzivatele/" + id;
    }
}
