package cz.planovna.strategy;

import cz.planovna.strategy.PlanExports.Kind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * PDF and DOCX of one action plan and of the project pipeline, next to their XLSX exports: the
 * coordinator's under {@code /orp/{code}/planovani/…} (any action plan, the whole pipeline), the
 * public ones under {@code /orp/{code}/plan/akcni-plany/{year}/export.*} (approved action plans of
 * public plans) and {@code /orp/{code}/zasobnik-projektu/export.*} (the public pipeline).
 */
@Controller
class PlanExportController {

    static final String ACTION_PLAN = "/orp/{code}/planovani/plany/{planId}/akcni-plany/{id}";
    static final String PUBLIC_ACTION_PLAN = "/orp/{code}/plan/akcni-plany/{year}";

    private final PlanExports exports;

    PlanExportController(PlanExports exports) {
        this.exports = exports;
    }

    @GetMapping(ACTION_PLAN + "/export.{format:pdf|docx}")
    ResponseEntity<byte[]> actionPlan(
            @PathVariable int code, @PathVariable long planId, @PathVariable long id, @PathVariable String format) {
        Kind kind = kind(format);
        return file(exports.actionPlan(code, planId, id, kind), kind, "akcni-plan-" + code + "-" + id, false);
    }

    @GetMapping(PUBLIC_ACTION_PLAN + "/export.{format:pdf|docx}")
    ResponseEntity<byte[]> publicActionPlan(
            @PathVariable int code,
            @PathVariable int year,
            @PathVariable String format,
            @RequestParam(required = false) Long plan) {
        Kind kind = kind(format);
        return file(exports.publicActionPlan(code, year, plan, kind), kind, "akcni-plan-" + code + "-" + year, true);
    }

    @GetMapping("/orp/{code}/planovani/zasobnik-projektu/export.{format:pdf|docx}")
    ResponseEntity<byte[]> pipeline(@PathVariable int code, @PathVariable String format) {
        Kind kind = kind(format);
        return file(exports.pipeline(code, kind), kind, "zasobnik-projektu-" + code, false);
    }

    @GetMapping("/orp/{code}/zasobnik-projektu/export.{format:pdf|docx}")
    ResponseEntity<byte[]> publicPipeline(@PathVariable int code, @PathVariable String format) {
        Kind kind = kind(format);
        return file(exports.publicPipeline(code, kind), kind, "zasobnik-projektu-" + code, true);
    }

    private static Kind kind(String format) {
        return "pdf".equals(format) ? Kind.PDF : Kind.DOCX;
    }

    private static ResponseEntity<byte[]> file(byte[] content, Kind kind, String name, boolean cacheable) {
        PlanDocumentFile.Format format = kind == Kind.PDF ? PlanDocumentFile.Format.PDF : PlanDocumentFile.Format.DOCX;
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
