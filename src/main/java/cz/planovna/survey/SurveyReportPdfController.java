package cz.planovna.survey;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The PDF report of a survey's results, with the cross-tabulation chosen on the results page. */
@Controller
class SurveyReportPdfController {

    private final SurveyReportPdf reports;

    SurveyReportPdfController(SurveyReportPdf reports) {
        this.reports = reports;
    }

    @GetMapping("/orp/{code}/planovani/dotazniky/{id}/vysledky.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable int code,
            @PathVariable long id,
            @RequestParam(name = "podle", required = false) Long by,
            Locale locale) {
        byte[] pdf = reports.render(code, id, by, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(reports.fileName(id))
                                .build()
                                .toString())
                .body(pdf);
    }
}
