package cz.planovna.identity;

import cz.planovna.identity.PasswordForms.ForgotPasswordForm;
import cz.planovna.identity.PasswordForms.NewPasswordForm;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** "Forgotten password" and the one-time links that set a password (reset and invitation). */
@Controller
class PasswordResetController {

    private final PasswordResetService service;

    PasswordResetController(PasswordResetService service) {
        this.service = service;
    }

    @GetMapping("/zapomenute-heslo")
    String forgotForm(HttpServletRequest request, Model model) {
        model.addAttribute("forgotForm", ForgotPasswordForm.empty());
        // a flag without a value: /zapomenute-heslo?odeslano
        model.addAttribute("sent", request.getParameterMap().containsKey("odeslano"));
        return "identity/forgot-password";
    }

    @PostMapping("/zapomenute-heslo")
    String requestReset(
            @Valid @ModelAttribute("forgotForm") ForgotPasswordForm form, BindingResult binding, Model model) {
        if (binding.hasErrors()) {
            model.addAttribute("sent", false);
            return "identity/forgot-password";
        }
        service.requestReset(form.email());
        // the same answer whether or not the account exists
        return "redirect:/zapomenute-heslo?odeslano";
    }

    @GetMapping("/obnova-hesla/{token}")
    ModelAndView resetForm(@PathVariable String token) {
        return form(token, TokenPurpose.PASSWORD_RESET);
    }

    @PostMapping("/obnova-hesla/{token}")
    ModelAndView reset(
            @PathVariable String token,
            @Valid @ModelAttribute("passwordForm") NewPasswordForm form,
            BindingResult binding) {
        return submit(token, TokenPurpose.PASSWORD_RESET, form, binding);
    }

    @GetMapping("/pozvanka/{token}")
    ModelAndView invitationForm(@PathVariable String token) {
        return form(token, TokenPurpose.INVITATION);
    }

    @PostMapping("/pozvanka/{token}")
    ModelAndView acceptInvitation(
            @PathVariable String token,
            @Valid @ModelAttribute("passwordForm") NewPasswordForm form,
            BindingResult binding) {
        return submit(token, TokenPurpose.INVITATION, form, binding);
    }

    private ModelAndView form(String token, TokenPurpose purpose) {
        return service.check(token, purpose)
                .map(link -> page(token, link).addObject("passwordForm", NewPasswordForm.empty()))
                .orElseGet(() -> invalid(purpose));
    }

    private ModelAndView submit(String token, TokenPurpose purpose, NewPasswordForm form, BindingResult binding) {
        if (binding.hasErrors()) {
            Optional<PasswordResetService.LinkInfo> link = service.check(token, purpose);
            return link.map(l -> page(token, l)).orElseGet(() -> invalid(purpose));
        }
        if (!service.setPassword(token, purpose, form.password())) {
            return invalid(purpose);
        }
        return new ModelAndView("redirect:/login?heslo");
    }

    private static ModelAndView page(String token, PasswordResetService.LinkInfo link) {
        ModelAndView view = new ModelAndView("identity/set-password");
        view.addObject("token", token);
        view.addObject("link", link);
        view.addObject("invitation", link.purpose() == TokenPurpose.INVITATION);
        view.addObject("action", link.purpose().path() + token);
        return view;
    }

    /** Unknown, used or expired: a clear page with the way forward, status 404. */
    private static ModelAndView invalid(TokenPurpose purpose) {
        ModelAndView view = new ModelAndView("identity/link-invalid");
        view.addObject("invitation", purpose == TokenPurpose.INVITATION);
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }
}
