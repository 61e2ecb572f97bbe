package cz.planovna.process;

import cz.planovna.process.EventForms.RegistrationForm;
import cz.planovna.shared.web.FormRejectedException;
import jakarta.validation.Valid;
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

/** Public events of an ORP, the iCal feed, registration and its cancellation by e-mailed link. */
@Controller
class PublicEventController {

    private final EventQueries queries;
    private final EventService service;

    PublicEventController(EventQueries queries, EventService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping("/orp/{code}/akce")
    String events(@PathVariable int code, @RequestParam(defaultValue = "1") int strana, Model model) {
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("upcoming", queries.upcoming(code));
        model.addAttribute("past", queries.past(code, strana - 1));
        return "process/public-events";
    }

    @GetMapping(value = "/orp/{code}/akce.ics")
    ResponseEntity<byte[]> feed(@PathVariable int code) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .body(queries.feed(code));
    }

    @GetMapping("/orp/{code}/akce/{id}")
    String event(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("registrationForm", RegistrationForm.empty());
        return eventPage(code, id, model);
    }

    @PostMapping("/orp/{code}/akce/{id}/registrace")
    String register(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("registrationForm") RegistrationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding);
        if (!binding.hasErrors()) {
            try {
                service.register(code, id, form);
                redirect.addFlashAttribute("notice", "process.notice.registration.done");
                return "redirect:" + EventUrls.publicEvent(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return eventPage(code, id, model);
    }

    /** A page with a button: mail scanners that follow links must not cancel anything. */
    @GetMapping(EventUrls.CANCEL_PATH + "{token}")
    String cancelPage(@PathVariable String token, Model model) {
        model.addAttribute("token", token);
        return "process/registration-cancel";
    }

    @PostMapping(EventUrls.CANCEL_PATH + "{token}")
    String cancel(@PathVariable String token, Model model) {
        if (token.length() > 100) {
            throw new cz.planovna.shared.web.NotFoundException("registration link");
        }
        model.addAttribute("cancelledTitle", service.cancelByToken(token));
        return "process/registration-cancel";
    }

    private String eventPage(int code, long id, Model model) {
        EventView event = queries.publicEvent(code, id);
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("event", event);
        model.addAttribute("organiser", queries.orp(event.organiserCode()));
        model.addAttribute("acceptsRegistration", queries.acceptsRegistration(event));
        return "process/public-event";
    }
}
