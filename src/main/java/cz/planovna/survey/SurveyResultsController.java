package cz.planovna.survey;

import cz.planovna.identity.TerritoryAccess.Action;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Results, text answers, exports and the preview, for the ORP's team. */
@Controller
class SurveyResultsController {

    private final SurveyResults results;
    private final SurveyExports exports;
    private final SurveyAnswering answering;
    private final SurveyAccess access;

    SurveyResultsController(
            SurveyResults results, SurveyExports exports, SurveyAnswering answering, SurveyAccess access) {
        this.results = results;
        this.exports = exports;
        this.answering = answering;
        this.access = access;
    }

    @GetMapping("/orp/{code}/planovani/dotazniky/{id}/vysledky")
    String results(
            @PathVariable int code,
            @PathVariable long id,
            @RequestParam(name = "podle", required = false) Long by,
            Model model,
            HttpServletResponse response) {
        long start = System.nanoTime();
        model.addAttribute("report", results.report(code, id, by));
        // the statistics' own time, for browsers' developer tools and bench/survey.sh
        response.setHeader(
                "Server-Timing", String.format(Locale.ROOT, "stats;dur=%.1f", (System.nanoTime() - start) / 1e6));
        model.addAttribute("orp", access.info(code));
        model.addAttribute("mayEdit", access.may(code, Action.EDIT_PLANNING));
        return "survey/results";
    }

    /**
     * "Přepočítat výsledky": counts the answers again (a closed survey's stored statistics are
     * replaced). The computation's own time is in the Server-Timing header (bench/survey.sh).
     */
    @PostMapping("/orp/{code}/planovani/dotazniky/{id}/vysledky/prepocitat")
    String recompute(
            @PathVariable int code, @PathVariable long id, HttpServletResponse response, RedirectAttributes redirect) {
        long start = System.nanoTime();
        results.recompute(code, id);
        response.setHeader(
                "Server-Timing", String.format(Locale.ROOT, "stats;dur=%.1f", (System.nanoTime() - start) / 1e6));
        redirect.addFlashAttribute("notice", "survey.results.recomputed");
        return "redirect:/orp/" + code + "/planovani/dotazniky/" + id + "/vysledky";
    }

    @GetMapping("/orp/{code}/planovani/dotazniky/{id}/vysledky/texty/{question}")
    String texts(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long question,
            @RequestParam(defaultValue = "1") int strana,
            Model model) {
        AnswerForm survey = answering.preview(code, id);
        QuestionDef q = survey.question(question);
        if (q == null || !q.kind().text()) {
            throw new cz.planovna.shared.web.NotFoundException("question " + question);
        }
        model.addAttribute("answers", results.texts(code, id, question, strana - 1));
        model.addAttribute("survey", survey.survey());
        model.addAttribute("question", q);
        model.addAttribute("orp", access.info(code));
        return "survey/texts";
    }

    @GetMapping("/orp/{code}/planovani/dotazniky/{id}/nahled")
    String preview(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("form", answering.preview(code, id));
        model.addAttribute("orp", access.info(code));
        model.addAttribute("mayEdit", access.may(code, Action.EDIT_PLANNING));
        return "survey/answer";
    }

    @GetMapping("/orp/{code}/planovani/dotazniky/{id}/export.csv")
    void csv(@PathVariable int code, @PathVariable long id, Locale locale, HttpServletResponse response)
            throws IOException {
        String name = exports.fileName(code, id, "csv");
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        exports.csv(code, id, locale, response.getOutputStream());
    }

    @GetMapping("/orp/{code}/planovani/dotazniky/{id}/export.xlsx")
    void xlsx(@PathVariable int code, @PathVariable long id, Locale locale, HttpServletResponse response)
            throws IOException {
        String name = exports.fileName(code, id, "xlsx");
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"");
        exports.xlsx(code, id, locale, response.getOutputStream());
    }
}
