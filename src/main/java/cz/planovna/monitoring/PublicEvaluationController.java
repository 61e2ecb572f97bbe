package cz.planovna.monitoring;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of the final evaluations of a public plan, linked from the public plan page. */
@Controller
class PublicEvaluationController {

    private final EvaluationService service;

    PublicEvaluationController(EvaluationService service) {
        this.service = service;
    }

    @GetMapping("/orp/{code}/plan/evaluace/{id:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int code, @PathVariable long id) {
        return EvaluationController.file(
                service.publicDocument(code, id, "pdf"), "evaluace-" + id + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/orp/{code}/plan/evaluace/{id:\\d+}.docx")
    ResponseEntity<byte[]> docx(@PathVariable int code, @PathVariable long id) {
        return EvaluationController.file(
                service.publicDocument(code, id, "docx"), "evaluace-" + id + ".docx", EvaluationController.DOCX);
    }
}
