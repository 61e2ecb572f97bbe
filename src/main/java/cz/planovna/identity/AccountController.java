package cz.planovna.identity;

import cz.planovna.identity.AdminForms.ProfileForm;
import cz.planovna.identity.PasswordForms.ChangePasswordForm;
import cz.planovna.shared.web.FormRejectedException;
import cz.planovna.shared.web.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own account: name, password, roles. */
@Controller
@RequestMapping("/ucet")
class AccountController {

    private final AccountService service;

    AccountController(AccountService service) {
        this.service = service;
    }

    @GetMapping
    String account(Model model) {
        AccountView account = service.account();
        model.addAttribute("account", account);
        model.addAttribute("profileForm", new ProfileForm(account.fullName(), account.version()));
        model.addAttribute("passwordForm", ChangePasswordForm.empty());
        return "identity/account";
    }

    @PostMapping("/profil")
    String rename(
            @Valid @ModelAttribute("profileForm") ProfileForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("account", service.account());
            model.addAttribute("passwordForm", ChangePasswordForm.empty());
            return "identity/account";
        }
        try {
            service.rename(form.fullName(), form.version());
        } catch (StaleEditException e) {
            return ConflictPage.render(e, model, response);
        } catch (ObjectOptimisticLockingFailureException e) {
            return ConflictPage.render(null, model, response);
        }
        redirect.addFlashAttribute("notice", "identity.notice.profile");
        return "redirect:/ucet";
    }

    @PostMapping("/heslo")
    String changePassword(
            @Valid @ModelAttribute("passwordForm") ChangePasswordForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.changePassword(form.currentPassword(), form.password());
                redirect.addFlashAttribute("notice", "identity.notice.password");
                return "redirect:/ucet";
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        AccountView account = service.account();
        model.addAttribute("account", account);
        model.addAttribute("profileForm", new ProfileForm(account.fullName(), account.version()));
        return "identity/account";
    }
}
