package cz.planovna.process;

import cz.planovna.process.RoundForms.GrantProjectForm;
import cz.planovna.process.RoundForms.RoundForm;
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

/** The coordinator's pages of an ORP's planning: the overview, rounds and their grant project. */
@Controller
@RequestMapping("/orp/{code}/planovani")
class RoundController {

    private final PlanningQueries queries;
    private final PlanningService service;
    private final DashboardQueries dashboard;

    RoundController(PlanningQueries queries, PlanningService service, DashboardQueries dashboard) {
        this.queries = queries;
        this.service = service;
        this.dashboard = dashboard;
    }

    @ModelAttribute("roundStates")
    RoundState[] roundStates() {
        return RoundState.values();
    }

    @GetMapping
    String overview(@PathVariable int code, Model model) {
        model.addAttribute("overview", queries.overview(code));
        model.addAttribute("dashboard", dashboard.dashboard(code));
        return "process/overview";
    }

    @GetMapping("/etapy/nova")
    String newRound(@PathVariable int code, Model model) {
        model.addAttribute("orp", queries.forEditing(code));
        model.addAttribute("roundForm", RoundForm.empty());
        return "process/round-form";
    }

    @PostMapping("/etapy/nova")
    String createRound(
            @PathVariable int code,
            @Valid @ModelAttribute("roundForm") RoundForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding);
        if (binding.hasErrors()) {
            model.addAttribute("orp", queries.forEditing(code));
            return "process/round-form";
        }
        long id = service.createRound(code, form);
        redirect.addFlashAttribute("notice", "process.notice.round.created");
        return "redirect:" + PlanningService.roundUrl(code, id);
    }

    @GetMapping("/etapy/{id}")
    String editRound(@PathVariable int code, @PathVariable long id, Model model) {
        RoundDetail round = queries.round(code, id);
        model.addAttribute("roundForm", RoundForm.of(round));
        return roundPage(code, round, "process/round-form", model);
    }

    @PostMapping("/etapy/{id}")
    String updateRound(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("roundForm") RoundForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding);
        return save(
                code,
                id,
                binding,
                model,
                redirect,
                "process/round-form",
                "process.notice.round.saved",
                () -> service.updateRound(code, id, form));
    }

    @GetMapping("/etapy/{id}/projekt")
    String editGrantProject(@PathVariable int code, @PathVariable long id, Model model) {
        RoundDetail round = queries.round(code, id);
        model.addAttribute("grantProjectForm", GrantProjectForm.of(round));
        return roundPage(code, round, "process/grant-form", model);
    }

    @PostMapping("/etapy/{id}/projekt")
    String saveGrantProject(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("grantProjectForm") GrantProjectForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding);
        return save(
                code,
                id,
                binding,
                model,
                redirect,
                "process/grant-form",
                "process.notice.grant.saved",
                () -> service.saveGrantProject(code, id, form));
    }

    @GetMapping("/etapy/{id}/tym")
    String editTeam(@PathVariable int code, @PathVariable long id, Model model) {
        RoundDetail round = queries.round(code, id);
        model.addAttribute("teamForm", TeamForm.of(round));
        return roundPage(code, round, "process/round-team", model);
    }

    @PostMapping("/etapy/{id}/tym")
    String saveTeam(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("teamForm") TeamForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        form.validate(binding);
        return save(
                code,
                id,
                binding,
                model,
                redirect,
                "process/round-team",
                "process.notice.team.saved",
                () -> service.saveTeam(code, id, form));
    }

    /** Saves a valid form of an existing round and goes back to it; an invalid one shows its page again. */
    private String save(
            int code,
            long id,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            String view,
            String notice,
            Runnable change) {
        if (binding.hasErrors()) {
            return roundPage(code, queries.round(code, id), view, model);
        }
        change.run();
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + PlanningService.roundUrl(code, id);
    }

    /** A page about one existing round: the ORP header, the round, and the form already in the model. */
    private String roundPage(int code, RoundDetail round, String view, Model model) {
        model.addAttribute("orp", queries.forEditing(code));
        model.addAttribute("round", round);
        return view;
    }
}
