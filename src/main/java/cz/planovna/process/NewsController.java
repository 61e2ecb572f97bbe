package cz.planovna.process;

import cz.planovna.process.GroupForms.VersionForm;
import cz.planovna.shared.web.FormRejectedException;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** News: the coordinator's list and editor, and the public pages /orp/{code}/aktuality. */
@Controller
class NewsController {

    private final NewsService news;
    private final PlanningQueries planning;
    private final MeetingQueries meetings;

    NewsController(NewsService news, PlanningQueries planning, MeetingQueries meetings) {
        this.news = news;
        this.planning = planning;
        this.meetings = meetings;
    }

    @GetMapping("/orp/{code}/planovani/aktuality")
    String list(@PathVariable int code, @RequestParam(defaultValue = "1") int strana, Model model) {
        model.addAttribute("orp", planning.forViewing(code));
        model.addAttribute("news", news.all(code, strana - 1));
        model.addAttribute("mayEdit", planning.mayEdit(code));
        return "process/news-list";
    }

    @GetMapping("/orp/{code}/planovani/aktuality/nova")
    String newItem(@PathVariable int code, Model model) {
        model.addAttribute("newsForm", NewsForm.empty());
        return form(code, model);
    }

    @PostMapping("/orp/{code}/planovani/aktuality/nova")
    String create(
            @PathVariable int code,
            @Valid @ModelAttribute("newsForm") NewsForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                news.create(code, form);
                redirect.addFlashAttribute("notice", "process.notice.news.created");
                return "redirect:" + NewsUrls.list(code);
            } catch (FormRejectedException e) {
                e.addTo(binding);
            }
        }
        return form(code, model);
    }

    @GetMapping("/orp/{code}/planovani/aktuality/{id}")
    String edit(@PathVariable int code, @PathVariable long id, Model model) {
        NewsView item = news.forEditing(code, id);
        model.addAttribute("item", item);
        model.addAttribute("newsForm", NewsForm.of(item));
        return form(code, model);
    }

    @PostMapping("/orp/{code}/planovani/aktuality/{id}")
    String update(
            @PathVariable int code,
            @PathVariable long id,
            @Valid @ModelAttribute("newsForm") NewsForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("item", news.forEditing(code, id));
            return form(code, model);
        }
        news.update(code, id, form);
        redirect.addFlashAttribute("notice", "process.notice.news.saved");
        return "redirect:" + NewsUrls.list(code);
    }

    @PostMapping("/orp/{code}/planovani/aktuality/{id}/smazat")
    String delete(
            @PathVariable int code,
            @PathVariable long id,
            @ModelAttribute VersionForm form,
            RedirectAttributes redirect) {
        news.delete(code, id, form.version());
        redirect.addFlashAttribute("notice", "process.notice.news.deleted");
        return "redirect:" + NewsUrls.list(code);
    }

    @GetMapping("/orp/{code}/aktuality")
    String publicList(@PathVariable int code, @RequestParam(defaultValue = "1") int strana, Model model) {
        model.addAttribute("orp", meetings.orp(code));
        model.addAttribute("news", news.published(code, strana - 1));
        return "process/public-news";
    }

    @GetMapping("/orp/{code}/aktuality/{id}")
    String publicItem(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("orp", meetings.orp(code));
        model.addAttribute("item", news.publicItem(code, id));
        return "process/public-news-item";
    }

    private String form(int code, Model model) {
        model.addAttribute("orp", planning.forEditing(code));
        return "process/news-form";
    }
}
