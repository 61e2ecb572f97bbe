package cz.planovna.process;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public page of an ORP's planning process; no sign-in needed (listed as public in the identity module's SecurityConfig). */
@Controller
class PublicProcessController {

    private final PlanningQueries queries;
    private final MeetingQueries meetings;

    PublicProcessController(PlanningQueries queries, MeetingQueries meetings) {
        this.queries = queries;
        this.meetings = meetings;
    }

    @GetMapping("/orp/{code}/proces")
    String publicProcess(@PathVariable int code, Model model) {
        model.addAttribute("process", queries.publicProcess(code));
        model.addAttribute("upcoming", meetings.upcoming(code));
        model.addAttribute("mayEdit", queries.mayEdit(code));
        return "process/public";
    }
}
