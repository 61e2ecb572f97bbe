package cz.planovna.analysis;

import cz.planovna.analysis.FindingsForms.SwotForm;
import cz.planovna.analysis.FindingsForms.SwotItemForm;
import cz.planovna.analysis.FindingsForms.VersionForm;
import cz.planovna.shared.web.FormRejectedException;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

/** SWOT analyses of an ORP: list, the 2×2 page with ranking, items, members' votes, XLSX export. */
@Controller
class SwotController {

    static final String BASE = "/orp/{code}/planovani/swot";
    static final String VOTE_PREFIX = "s-";

    private final SwotService swots;
    private final FindingsService findings;
    private final SwotSpreadsheet spreadsheet;

    SwotController(SwotService swots, FindingsService findings, SwotSpreadsheet spreadsheet) {
        this.swots = swots;
        this.findings = findings;
        this.spreadsheet = spreadsheet;
    }

    @GetMapping(BASE)
    String list(@PathVariable int code, Model model) {
        model.addAttribute("orp", findings.forViewing(code));
        model.addAttribute("swots", swots.swots(code));
        model.addAttribute("mayEdit", findings.mayEdit(code));
        return "analysis/swots";
    }

    @GetMapping(BASE + "/nova")
    String newSwot(@PathVariable int code, Model model) {
        model.addAttribute("swotForm", SwotForm.empty());
        return swotForm(code, null, model);
    }

    @PostMapping(BASE + "/nova")
    String create(
            @PathVariable int code,
            @Valid @ModelAttribute("swotForm") SwotForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        findings.forEditing(code);
        if (!binding.hasErrors()) {
            try {
                long id = swots.createSwot(code, form.name(), form.groupId());
                redirect.addFlashAttribute("notice", "analysis.notice.swot.created");
                return "redirect:" + FindingsUrls.swot(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return swotForm(code, null, model);
    }

    @GetMapping(BASE + "/{id}")
    String swot(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("orp", findings.forViewing(code));
        model.addAttribute("swot", swots.swot(code, id));
        model.addAttribute("quadrants", Quadrant.values());
        model.addAttribute("mayEdit", findings.mayEdit(code));
        if (!model.containsAttribute("swotItemForm")) {
            model.addAttribute("swotItemForm", SwotItemForm.empty());
        }
        return "analysis/swot";
    }

    @GetMapping(BASE + "/{id}.xlsx")
    ResponseEntity<byte[]> export(@PathVariable int code, @PathVariable long id) {
        OrpName orp = findings.forViewing(code);
        SwotView swot = swots.swot(code, id);
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("swot-" + code + "-" + id + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(spreadsheet.write(orp, swot));
    }

    @GetMapping(BASE + "/{id}/upravit")
    String edit(@PathVariable int code, @PathVariable long id, Model model) {
        findings.forEditing(code);
        SwotView swot = swots.swot(code, id);
        model.addAttribute("swotForm", SwotForm.of(swot));
        return swotForm(code, swot, model);
    }

    @PostMapping(BASE + "/{id}/upravit")
    String update(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("swotForm") SwotForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        findings.forEditing(code);
        if (!binding.hasErrors()) {
            try {
                swots.updateSwot(code, id, form.version(), form.name(), form.groupId());
                redirect.addFlashAttribute("notice", "analysis.notice.swot.saved");
                return "redirect:" + FindingsUrls.swot(code, id);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return swotForm(code, swots.swot(code, id), model);
    }

    @PostMapping(BASE + "/{id}/smazat")
    String delete(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        try {
            swots.deleteSwot(code, id, form.version());
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            return "redirect:" + FindingsUrls.swot(code, id);
        }
        redirect.addFlashAttribute("notice", "analysis.notice.swot.deleted");
        return "redirect:" + FindingsUrls.swots(code);
    }

    @PostMapping(BASE + "/{id}/polozky")
    String addItem(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("swotItemForm") SwotItemForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        findings.forEditing(code);
        if (binding.hasErrors()) {
            model.addAttribute("itemErrors", true);
            return swot(code, id, model);
        }
        swots.addItem(code, id, form.quadrant(), form.text());
        redirect.addFlashAttribute("notice", "analysis.notice.swot.item.added");
        return "redirect:" + FindingsUrls.swot(code, id) + "#kvadrant-"
                + form.quadrant().name().toLowerCase(java.util.Locale.ROOT);
    }

    @GetMapping(BASE + "/{id}/polozky/{itemId}")
    String editItem(@PathVariable int code, @PathVariable long id, @PathVariable long itemId, Model model) {
        SwotItemView item = swots.item(code, id, itemId);
        model.addAttribute("swotItemForm", SwotItemForm.of(item));
        return itemForm(code, id, item, model);
    }

    @PostMapping(BASE + "/{id}/polozky/{itemId}")
    String updateItem(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long itemId,
            @Valid @ModelAttribute("swotItemForm") SwotItemForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        SwotItemView item = swots.item(code, id, itemId);
        if (binding.hasErrors()) {
            return itemForm(code, id, item, model);
        }
        swots.updateItem(code, id, itemId, form.version(), form.quadrant(), form.text());
        redirect.addFlashAttribute("notice", "analysis.notice.swot.item.saved");
        return "redirect:" + FindingsUrls.swot(code, id);
    }

    @PostMapping(BASE + "/{id}/polozky/{itemId}/smazat")
    String deleteItem(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long itemId,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        try {
            swots.deleteItem(code, id, itemId, form.version());
            redirect.addFlashAttribute("notice", "analysis.notice.swot.item.deleted");
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:" + FindingsUrls.swot(code, id);
    }

    /** The member's scores: parameters s-{itemId} = 1–5, or empty to withdraw a score. */
    @PostMapping(BASE + "/{id}/hlasovani")
    String vote(
            @PathVariable int code,
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        Map<Long, Integer> scores = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!e.getKey().startsWith(VOTE_PREFIX)) {
                continue;
            }
            long itemId;
            Integer score;
            try {
                itemId = Long.parseLong(e.getKey().substring(VOTE_PREFIX.length()));
                score = e.getValue() == null || e.getValue().isBlank()
                        ? null
                        : Integer.valueOf(e.getValue().strip());
            } catch (NumberFormatException ex) {
                redirect.addFlashAttribute("failure", "analysis.validation.swot.score");
                return "redirect:" + FindingsUrls.swot(code, id);
            }
            scores.put(itemId, score);
        }
        try {
            swots.vote(code, id, scores);
            redirect.addFlashAttribute("notice", "analysis.notice.swot.voted");
        } catch (FormRejectedException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:" + FindingsUrls.swot(code, id) + "#hlasovani";
    }

    private String swotForm(int code, SwotView swot, Model model) {
        model.addAttribute("orp", findings.forEditing(code));
        model.addAttribute("swot", swot);
        model.addAttribute("groups", findings.groups(code));
        return "analysis/swot-form";
    }

    private String itemForm(int code, long swotId, SwotItemView item, Model model) {
        model.addAttribute("orp", findings.forEditing(code));
        model.addAttribute("swot", swots.swot(code, swotId));
        model.addAttribute("item", item);
        model.addAttribute("quadrants", Quadrant.values());
        return "analysis/swot-item-form";
    }
}
