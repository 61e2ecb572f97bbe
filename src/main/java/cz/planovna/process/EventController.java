package cz.planovna.process;

import cz.planovna.process.EventForms.EventForm;
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

/** The organiser's pages of events: list, create, edit, registrations; checks are in the services. */
@Controller
@RequestMapping("/orp/{code}/planovani/akce")
class EventController {

    private final EventQueries queries;
    private final EventService service;
    private final PlanningQueries planning;

    EventController(EventQueries queries, EventService service, PlanningQueries planning) {
        this.queries = queries;
        this.service = service;
        this.planning = planning;
    }

    @ModelAttribute("eventKinds")
    EventKind[] eventKinds() {
        return EventKind.values();
    }

    @GetMapping
    String list(@PathVariable int code, @RequestParam(defaultValue = "1") int strana, Model model) {
        model.addAttribute("orp", planning.forViewing(code));
        model.addAttribute("events", queries.organised(code, strana - 1));
        model.addAttribute("mayEdit", planning.mayEdit(code));
        return "process/events";
    }

    @GetMapping("/nova")
    String newEvent(@PathVariable int code, Model model) {
        model.addAttribute("eventForm", EventForm.empty());
        return formPage(code, model);
    }

    @PostMapping("/nova")
    String create(
            @PathVariable int code,
            @Valid @ModelAttribute("eventForm") EventForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding, service.today(), null);
        if (!binding.hasErrors()) {
            try {
                long id = service.create(code, form);
                redirect.addFlashAttribute("notice", "process.notice.event.created");
                return "redirect:" + EventUrls.event(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return formPage(code, model);
    }

    @GetMapping("/{id}")
    String event(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("orp", planning.forViewing(code));
        model.addAttribute("event", queries.event(code, id));
        model.addAttribute("registrations", queries.registrations(code, id));
        model.addAttribute("mayEdit", planning.mayEdit(code));
        return "process/event";
    }

    @GetMapping("/{id}/upravit")
    String edit(@PathVariable int code, @PathVariable long id, Model model) {
        EventView event = queries.event(code, id);
        model.addAttribute("event", event);
        model.addAttribute("eventForm", EventForm.of(event));
        return formPage(code, model);
    }

    @PostMapping("/{id}/upravit")
    String update(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("eventForm") EventForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        EventView event = queries.event(code, id);
        form.validate(binding, service.today(), event.date());
        if (!binding.hasErrors()) {
            try {
                service.update(code, id, form);
                redirect.addFlashAttribute("notice", "process.notice.event.saved");
                return "redirect:" + EventUrls.event(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        model.addAttribute("event", event);
        return formPage(code, model);
    }

    @PostMapping("/{id}/registrace/{registrationId}/zrusit")
    String removeRegistration(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long registrationId,
            RedirectAttributes redirect) {
        service.removeRegistration(code, id, registrationId);
        redirect.addFlashAttribute("notice", "process.notice.registration.removed");
        return "redirect:" + EventUrls.event(code, id);
    }

    private String formPage(int code, Model model) {
        model.addAttribute("orp", planning.forEditing(code));
        return "process/event-form";
    }
}
