package cz.planovna.catalogue;

import cz.planovna.identity.CurrentUsers;
import cz.planovna.identity.TerritoryAccess;
import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.shared.TerritoryRef;
import cz.planovna.shared.web.NotFoundException;
import cz.planovna.territory.TerritoryQueries;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Life situations: the public list of an ORP and the detail with the matching services, and the
 * coordinator's editing under the ORP's planning (EDIT_PLANNING of that ORP).
 */
@Controller
class LifeSituationController {

    static final String PUBLIC_PATH = "/zivotni-situace";
    static final String ADMIN_PATH = "/orp/{code}/planovani/zivotni-situace";

    private final LifeSituations situations;
    private final TerritoryQueries territory;
    private final TerritoryAccess access;
    private final CurrentUsers users;

    LifeSituationController(
            LifeSituations situations, TerritoryQueries territory, TerritoryAccess access, CurrentUsers users) {
        this.situations = situations;
        this.territory = territory;
        this.access = access;
        this.users = users;
    }

    // ---- public ---------------------------------------------------------------------------------

    @GetMapping(PUBLIC_PATH)
    String list(@RequestParam(name = "orp", required = false) String orp, Model model) {
        Integer code = number(orp);
        String name = code == null ? null : situations.districtName(code).orElse(null);
        if (name == null) {
            model.addAttribute("districts", situations.districtsWithSituations());
            return "catalogue/life-situations-picker";
        }
        model.addAttribute("orpCode", code);
        model.addAttribute("orpName", name);
        model.addAttribute("situations", situations.ofDistrict(code));
        return "catalogue/life-situations";
    }

    @GetMapping(PUBLIC_PATH + "/{id}")
    String detail(@PathVariable String id, Model model) {
        Integer situationId = number(id);
        model.addAttribute(
                "detail",
                (situationId == null ? java.util.Optional.<LifeSituationDetail>empty() : situations.detail(situationId))
                        .orElseThrow(() -> new NotFoundException("life situation " + id)));
        return "catalogue/life-situation";
    }

    // ---- coordinator ----------------------------------------------------------------------------

    @GetMapping(ADMIN_PATH)
    String manage(@PathVariable int code, Model model) {
        check(code);
        model.addAttribute("orpCode", code);
        model.addAttribute("orpName", situations.districtName(code).orElseThrow());
        model.addAttribute("situations", situations.ofDistrict(code));
        return "catalogue/life-situations-manage";
    }

    @GetMapping(ADMIN_PATH + "/nova")
    String newForm(@PathVariable int code, Model model) {
        check(code);
        return form(code, null, new LifeSituationForm(), model);
    }

    @PostMapping(ADMIN_PATH + "/nova")
    String create(
            @PathVariable int code,
            @ModelAttribute("situationForm") LifeSituationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        TerritoryRef orp = check(code);
        if (!validate(form, errors)) {
            return form(code, null, form, model);
        }
        situations.create(code, orp.regionCode(), form.content());
        redirect.addFlashAttribute("notice", "catalogue.situations.saved");
        return "redirect:" + adminPath(code);
    }

    @GetMapping(ADMIN_PATH + "/{id}")
    String editForm(@PathVariable int code, @PathVariable long id, Model model) {
        check(code);
        LifeSituationView situation = situations.situation(code, id);
        return form(code, situation, LifeSituationForm.of(situation), model);
    }

    @PostMapping(ADMIN_PATH + "/{id}")
    String update(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute("situationForm") LifeSituationForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        check(code);
        LifeSituationView situation = situations.situation(code, id);
        if (!validate(form, errors)) {
            return form(code, situation, form, model);
        }
        situations.update(code, id, form.getVersion(), form.content());
        redirect.addFlashAttribute("notice", "catalogue.situations.saved");
        return "redirect:" + adminPath(code);
    }

    @GetMapping(ADMIN_PATH + "/{id}/smazat")
    String confirmDelete(@PathVariable int code, @PathVariable long id, Model model) {
        check(code);
        model.addAttribute("orpCode", code);
        model.addAttribute("orpName", situations.districtName(code).orElseThrow());
        model.addAttribute("situation", situations.situation(code, id));
        return "catalogue/life-situation-delete";
    }

    @PostMapping(ADMIN_PATH + "/{id}/smazat")
    String delete(
            @PathVariable int code, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        check(code);
        situations.delete(code, id, version);
        redirect.addFlashAttribute("notice", "catalogue.situations.deleted");
        return "redirect:" + adminPath(code);
    }

    private String form(int code, LifeSituationView situation, LifeSituationForm form, Model model) {
        model.addAttribute("orpCode", code);
        model.addAttribute("orpName", situations.districtName(code).orElseThrow());
        model.addAttribute("situation", situation);
        model.addAttribute("situationForm", form);
        model.addAttribute("typeOptions", situations.serviceTypeOptions());
        model.addAttribute("groupOptions", situations.targetGroupOptions());
        return "catalogue/life-situation-form";
    }

    private static boolean validate(LifeSituationForm form, BindingResult errors) {
        String prefix = "catalogue.situations.error.";
        if (form.getTitle() == null || form.getTitle().isBlank()) {
            errors.rejectValue("title", prefix + "title.required");
        } else if (form.getTitle().strip().length() > LifeSituations.MAX_TITLE) {
            errors.rejectValue("title", prefix + "title.long", new Object[] {LifeSituations.MAX_TITLE}, null);
        }
        if (form.getAnswer() == null || form.getAnswer().isBlank()) {
            errors.rejectValue("answer", prefix + "answer.required");
        } else if (form.getAnswer().strip().length() > LifeSituations.MAX_ANSWER) {
            errors.rejectValue("answer", prefix + "answer.long", new Object[] {LifeSituations.MAX_ANSWER}, null);
        }
        if (form.order() == null) {
            errors.rejectValue("sortOrder", prefix + "order");
        }
        if (form.getServiceTypes().isEmpty() && form.getTargetGroups().isEmpty()) {
            errors.rejectValue("serviceTypes", prefix + "links");
        }
        return !errors.hasErrors();
    }

    private TerritoryRef check(int code) {
        TerritoryRef orp = territory.districtRef(code).orElseThrow(() -> new NotFoundException("ORP " + code));
        access.check(users.current(), Action.EDIT_PLANNING, orp);
        return orp;
    }

    private static String adminPath(int code) {
        return "/orp/" + code + "/planovani/zivotni-situace";
    }

    private static Integer number(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 9) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
