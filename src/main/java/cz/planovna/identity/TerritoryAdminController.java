package cz.planovna.identity;

import cz.planovna.identity.AdminForms.PlanningForm;
import cz.planovna.shared.web.StaleEditException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Marks ORP as planning in Plánovna; a stale form ends on the 409 page. */
@Controller
@RequestMapping("/admin/uzemi")
class TerritoryAdminController {

    private final TerritoryManagement management;

    TerritoryAdminController(TerritoryManagement management) {
        this.management = management;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("districts", management.districts());
        return "identity/admin/territories";
    }

    @GetMapping("/{code}")
    String detail(@PathVariable int code, Model model) {
        model.addAttribute("detail", management.district(code));
        return "identity/admin/territory";
    }

    @PostMapping("/{code}")
    String setPlanning(
            @PathVariable int code,
            @ModelAttribute PlanningForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            management.setPlanningActive(code, form.active(), form.version());
        } catch (StaleEditException e) {
            return ConflictPage.render(e, model, response);
        } catch (ObjectOptimisticLockingFailureException e) {
            return ConflictPage.render(null, model, response);
        }
        redirect.addFlashAttribute(
                "notice", form.active() ? "identity.notice.planning.on" : "identity.notice.planning.off");
        return "redirect:/admin/uzemi/" + code;
    }
}
