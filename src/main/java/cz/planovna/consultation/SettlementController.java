package cz.planovna.consultation;

import cz.planovna.shared.web.NotFoundException;
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
 * The coordinator's settlement of a consultation's comments: the overview with the progress, the
 * form of one comment, and publishing the table.
 */
@Controller
class SettlementController {

    static final String BASE = "/orp/{code}/pripominky/sprava/{id}/vyporadani";

    private final SettlementQueries queries;
    private final SettlementService service;

    SettlementController(SettlementQueries queries, SettlementService service) {
        this.queries = queries;
        this.service = service;
    }

    @GetMapping(BASE)
    String overview(
            @PathVariable int code,
            @PathVariable long id,
            @RequestParam(name = "stav", required = false) String filter,
            Model model) {
        model.addAttribute("s", queries.overview(code, id, "nevyporadane".equals(filter)));
        return "consultation/settlement";
    }

    @GetMapping(BASE + "/{commentId}")
    String form(@PathVariable int code, @PathVariable long id, @PathVariable long commentId, Model model) {
        SettlementViews.Settle view = queries.settle(code, id, commentId);
        model.addAttribute("v", view);
        model.addAttribute("settleForm", SettleForm.of(view.line()));
        model.addAttribute("outcomes", CommentOutcome.values());
        return "consultation/settlement-form";
    }

    @PostMapping(BASE + "/{commentId}")
    String settle(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long commentId,
            @ModelAttribute("settleForm") SettleForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        try {
            service.settle(code, id, commentId, form.toCommand());
            SettlementViews.Settle view = queries.settle(code, id, commentId);
            redirect.addFlashAttribute("notice", "consultation.settlement.notice.saved");
            redirect.addFlashAttribute(
                    "noticeArg", String.valueOf(view.line().row().number()));
            return "redirect:" + SettlementQueries.overviewPath(code, id) + "#pripominka-" + commentId;
        } catch (SettlementService.Rejected e) {
            for (SettlementRules.Problem p : e.problems()) {
                if (p.field() == null) {
                    binding.reject(p.messageKey());
                } else {
                    binding.rejectValue(p.field(), p.messageKey());
                }
            }
        }
        model.addAttribute("v", queries.settle(code, id, commentId));
        model.addAttribute("outcomes", CommentOutcome.values());
        return "consultation/settlement-form";
    }

    @PostMapping(BASE + "/zverejnit")
    String publish(@PathVariable int code, @PathVariable long id, RedirectAttributes redirect) {
        try {
            SettlementService.Published published = service.publish(code, id);
            redirect.addFlashAttribute(
                    "notice",
                    published.first()
                            ? "consultation.settlement.notice.published"
                            : "consultation.settlement.notice.republished");
            redirect.addFlashAttribute("noticeArg", String.valueOf(published.mails()));
        } catch (SettlementService.PublishRefused e) {
            redirect.addFlashAttribute("failure", e.messageKey());
            redirect.addFlashAttribute("failureArg", String.valueOf(e.unsettled()));
        }
        return "redirect:" + SettlementQueries.overviewPath(code, id);
    }

    /** Keeps {@code /zverejnit} from being read as a comment id by a GET. */
    @GetMapping(BASE + "/zverejnit")
    String publishByGet(@PathVariable int code, @PathVariable long id) {
        throw new NotFoundException("publish is a POST");
    }
}
