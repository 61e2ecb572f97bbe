package cz.planovna.monitoring;

import cz.planovna.process.GrantActivityQueries.GrantRound;
import cz.planovna.shared.format.CzechFormats;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The grant report of a round (klíčové aktivity KA1–KA5) for a chosen period, and its XLSX and
 * DOCX exports (zpráva o realizaci). Internal: VIEW_INTERNAL of the ORP, checked by the queries.
 */
@Controller
class GrantReportController {

    static final String PAGE = "/orp/{code}/planovani/etapy/{roundId}/klicove-aktivity";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final GrantReportService service;
    private final GrantReportSpreadsheet spreadsheet;
    private final GrantReportDocument document;
    private final MessageSource messages;
    private final CzechFormats fmt;

    GrantReportController(
            GrantReportService service,
            GrantReportSpreadsheet spreadsheet,
            GrantReportDocument document,
            MessageSource messages,
            CzechFormats fmt) {
        this.service = service;
        this.spreadsheet = spreadsheet;
        this.document = document;
        this.messages = messages;
        this.fmt = fmt;
    }

    @GetMapping(PAGE)
    String page(
            @PathVariable int code,
            @PathVariable long roundId,
            @RequestParam(name = "od", required = false) String from,
            @RequestParam(name = "do", required = false) String to,
            Model model,
            HttpServletResponse response) {
        GrantRound round = service.round(code, roundId);
        GrantPeriodForm form = new GrantPeriodForm(from, to);
        GrantPeriodForm.Result period = form.check(round.reportFrom(), round.reportTo());
        model.addAttribute("round", round);
        model.addAttribute("form", form);
        model.addAttribute("errors", messagesOf(period));
        if (!period.valid()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return "monitoring/grant-report";
        }
        model.addAttribute("report", service.report(round, period.from(), period.to()));
        model.addAttribute("query", "?od=" + period.from() + "&do=" + period.to());
        return "monitoring/grant-report";
    }

    @GetMapping(PAGE + ".xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable int code,
            @PathVariable long roundId,
            @RequestParam(name = "od", required = false) String from,
            @RequestParam(name = "do", required = false) String to) {
        return export(code, roundId, from, to, "xlsx", XLSX);
    }

    @GetMapping(PAGE + ".docx")
    ResponseEntity<byte[]> docx(
            @PathVariable int code,
            @PathVariable long roundId,
            @RequestParam(name = "od", required = false) String from,
            @RequestParam(name = "do", required = false) String to) {
        return export(code, roundId, from, to, "docx", DOCX);
    }

    /** A file of a valid period; an invalid one goes back to the page, which says what is wrong. */
    private ResponseEntity<byte[]> export(
            int code, long roundId, String from, String to, String extension, MediaType type) {
        GrantRound round = service.round(code, roundId);
        GrantPeriodForm.Result period = new GrantPeriodForm(from, to).check(round.reportFrom(), round.reportTo());
        if (!period.valid()) {
            String back = UriComponentsBuilder.fromPath(
                            "/orp/" + code + "/planovani/etapy/" + roundId + "/klicove-aktivity")
                    .queryParamIfPresent("od", java.util.Optional.ofNullable(from))
                    .queryParamIfPresent("do", java.util.Optional.ofNullable(to))
                    .encode()
                    .build()
                    .toUriString();
            return ResponseEntity.status(302).header(HttpHeaders.LOCATION, back).build();
        }
        GrantReport report = service.report(round, period.from(), period.to());
        byte[] body = "xlsx".equals(extension) ? spreadsheet.write(report) : document.write(report);
        String name = "klicove-aktivity-" + code + "-" + period.from() + "-" + period.to() + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    /** Field → message in the user's language; dates in the arguments written the Czech way. */
    private Map<String, String> messagesOf(GrantPeriodForm.Result period) {
        Map<String, String> result = new LinkedHashMap<>();
        period.errors()
                .forEach((field, error) -> result.put(
                        field,
                        messages.getMessage(
                                error.key(),
                                Arrays.stream(error.args())
                                        .map(a -> a instanceof LocalDate d ? fmt.date(d) : a)
                                        .toArray(),
                                LocaleContextHolder.getLocale())));
        return result;
    }
}
