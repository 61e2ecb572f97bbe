package cz.planovna.identity;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Who takes part in the planning of an ORP; visible to those who see its internal pages. */
@Controller
class MembersController {

    private final UserDirectory directory;

    MembersController(UserDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/orp/{code}/clenove")
    String members(@PathVariable int code, Model model) {
        model.addAttribute("page", directory.members(code));
        return "identity/members";
    }
}
