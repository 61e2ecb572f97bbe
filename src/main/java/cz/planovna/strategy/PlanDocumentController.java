package cz.planovna.strategy;

import cz.planovna.shared.web.NotFoundException;
import cz.planovna.strategy.PlanDocumentFile.Format;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan document: the coordinator's page with the generation job, its progress (polled by
 * htmx) and the downloads under {@code /orp/{code}/planovani/plany/{id}/dokument}, and the public
 * downloads of the public plan's latest document under {@code /orp/{code}/plan/dokument.*}.
 */
@Controller
class PlanDocumentController {

    private final StrategyQueries queries;
    private final PlanDocumentJobs jobs;

    PlanDocumentController(StrategyQueries queries, PlanDocumentJobs jobs) {
        this.queries = queries;
        this.jobs = jobs;
    }

    @GetMapping("/orp/{code}/planovani/plany/{id}/dokument")
    String page(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("plan", queries.summary(code, id));
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("runs", jobs.history(code, id));
        model.addAttribute("mayEdit", queries.mayEdit(code));
        return "strategy/document";
    }

    @PostMapping("/orp/{code}/planovani/plany/{id}/dokument")
    String generate(@PathVariable int code, @PathVariable long id, RedirectAttributes redirect) {
        jobs.start(code, id);
        redirect.addFlashAttribute("notice", "strategy.doc.job.started");
        return "redirect:" + StrategyUrls.plan(code, id) + "/dokument";
    }

    /** The progress region's content; when the run has ended the page reloads to show the outcome. */
    @GetMapping("/orp/{code}/planovani/plany/{id}/dokument/{run}/prubeh")
    String progress(
            @PathVariable int code,
            @PathVariable long id,
            @PathVariable long run,
            Model model,
            HttpServletResponse response) {
        PlanDocumentView view = jobs.run(code, id, run);
        if (!view.running()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("run", view);
        return "strategy/document-fragments :: progress";
    }

    @GetMapping("/orp/{code}/planovani/plany/{id}/dokument/{run}/{format:pdf|docx|xlsx}")
    ResponseEntity<byte[]> download(
            @PathVariable int code, @PathVariable long id, @PathVariable long run, @PathVariable String format) {
        Format f = Format.ofExtension(format);
        return file(jobs.file(code, id, run, f), f, "plan-" + code + "-" + id + "-" + run, false);
    }

    @GetMapping({"/orp/{code}/plan/dokument.pdf", "/orp/{code}/plan/dokument.docx", "/orp/{code}/plan/dokument.xlsx"})
    ResponseEntity<byte[]> publicDownload(
            @PathVariable int code,
            @RequestParam(required = false) Long plan,
            jakarta.servlet.http.HttpServletRequest request) {
        String uri = request.getRequestURI();
        Format f = Format.ofExtension(uri.substring(uri.lastIndexOf('.') + 1));
        if (f == null) {
            throw new NotFoundException(uri);
        }
        PlanDocumentView run = jobs.publicDocument(code, plan).orElseThrow(() -> new NotFoundException("no document"));
        return file(jobs.publicFile(code, plan, f), f, "plan-" + code + "-" + run.planId(), true);
    }

    private static ResponseEntity<byte[]> file(byte[] content, Format format, String name, boolean cacheable) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "." + format.extension)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, cacheable ? "max-age=300" : "private, no-store")
                .body(content);
    }
}
