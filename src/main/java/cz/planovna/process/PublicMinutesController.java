package cz.planovna.process;

import cz.planovna.shared.format.CzechFormats;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Published minutes of an ORP's groups, for everyone, as pages and as PDF. */
@Controller
class PublicMinutesController {

    private final MeetingQueries queries;
    private final MinutesPdf pdf;
    private final CzechFormats fmt;

    PublicMinutesController(MeetingQueries queries, MinutesPdf pdf, CzechFormats fmt) {
        this.queries = queries;
        this.fmt = fmt;
        this.pdf = pdf;
    }

    @GetMapping("/orp/{code}/zapisy")
    String list(@PathVariable int code, @RequestParam(defaultValue = "1") int strana, Model model) {
        model.addAttribute("orp", queries.orp(code));
        model.addAttribute("minutes", queries.publishedMinutes(code, strana - 1));
        return "process/public-minutes-list";
    }

    @GetMapping("/orp/{code}/zapisy/{id}")
    String minutes(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("minutes", queries.publicMinutes(code, id));
        // the minutes' body is shared with the PDF, which is rendered without beans
        model.addAttribute("fmt", fmt);
        return "process/public-minutes";
    }

    @GetMapping("/orp/{code}/zapisy/{id}/pdf")
    ResponseEntity<byte[]> minutesPdf(@PathVariable int code, @PathVariable long id) {
        PublicMinutes minutes = queries.publicMinutes(code, id);
        String filename = "zapis-" + minutes.meeting().date() + "-" + id + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(filename).build().toString())
                .body(pdf.render(minutes));
    }
}
