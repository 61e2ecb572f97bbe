package cz.planovna.process;

import cz.planovna.process.SubscriptionForms.SubscribeForm;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Public subscription pages; no sign-in (listed as public in the identity module's SecurityConfig).
 * Links from e-mails open a page with a button: mail scanners that prefetch links only GET, and
 * that must neither confirm nor unsubscribe anybody.
 */
@Controller
class SubscriptionController {

    private final GroupSubscriptions subscriptions;

    SubscriptionController(GroupSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/orp/{code}/proces/skupiny/{id}/odber")
    String form(@PathVariable int code, @PathVariable long id, HttpServletRequest request, Model model) {
        model.addAttribute("group", subscriptions.openGroup(code, id));
        model.addAttribute("subscribeForm", SubscribeForm.empty());
        // a flag without a value: …/odber?odeslano
        model.addAttribute("sent", request.getParameterMap().containsKey("odeslano"));
        return "process/subscribe";
    }

    @PostMapping("/orp/{code}/proces/skupiny/{id}/odber")
    String subscribe(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("subscribeForm") SubscribeForm form,
            BindingResult binding,
            Model model) {
        SubscriptionGroup group = subscriptions.openGroup(code, id);
        form.validate(binding);
        if (binding.hasErrors()) {
            model.addAttribute("group", group);
            model.addAttribute("sent", false);
            return "process/subscribe";
        }
        subscriptions.subscribe(code, id, form.email());
        // the same answer for a new, pending or confirmed address
        return "redirect:/orp/" + code + "/proces/skupiny/" + id + "/odber?odeslano";
    }

    @GetMapping(SubscriptionLinks.CONFIRM_PATH + "{token}")
    ModelAndView confirmPage(@PathVariable String token) {
        return action(subscriptions.confirmation(token), "confirm", SubscriptionLinks.CONFIRM_PATH + token);
    }

    @PostMapping(SubscriptionLinks.CONFIRM_PATH + "{token}")
    ModelAndView confirm(@PathVariable String token, RedirectAttributes redirect) {
        return done(subscriptions.confirm(token), "/odber/potvrzeno", redirect);
    }

    @GetMapping("/odber/potvrzeno")
    String confirmed(Model model) {
        model.addAttribute("outcome", "confirmed");
        return "process/subscription-done";
    }

    @GetMapping(SubscriptionLinks.UNSUBSCRIBE_PATH + "{token}")
    ModelAndView unsubscribePage(@PathVariable String token) {
        return action(subscriptions.unsubscription(token), "unsubscribe", SubscriptionLinks.UNSUBSCRIBE_PATH + token);
    }

    @PostMapping(SubscriptionLinks.UNSUBSCRIBE_PATH + "{token}")
    ModelAndView unsubscribe(@PathVariable String token, RedirectAttributes redirect) {
        return done(subscriptions.unsubscribe(token), "/odber/odhlaseno", redirect);
    }

    @GetMapping("/odber/odhlaseno")
    String unsubscribed(Model model) {
        model.addAttribute("outcome", "unsubscribed");
        return "process/subscription-done";
    }

    private static ModelAndView action(Optional<SubscriptionGroup> group, String kind, String path) {
        if (group.isEmpty()) {
            return invalid();
        }
        ModelAndView view = new ModelAndView("process/subscription-action");
        view.addObject("group", group.get());
        view.addObject("kind", kind);
        view.addObject("path", path);
        return view;
    }

    private static ModelAndView done(Optional<SubscriptionGroup> group, String target, RedirectAttributes redirect) {
        if (group.isEmpty()) {
            return invalid();
        }
        // plain values: flash attributes live in the session, which may be serialized
        redirect.addFlashAttribute("groupName", group.get().name());
        redirect.addFlashAttribute("orpName", group.get().orp().name());
        redirect.addFlashAttribute("orpCode", group.get().orp().code());
        return new ModelAndView("redirect:" + target);
    }

    /** Unknown, used or expired: one page for all, so a link reveals nothing about others. */
    private static ModelAndView invalid() {
        ModelAndView view = new ModelAndView("process/subscription-link-invalid");
        view.setStatus(HttpStatus.NOT_FOUND);
        return view;
    }
}
