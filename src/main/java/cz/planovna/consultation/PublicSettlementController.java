package cz.planovna.consultation;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The published settlement table for everybody, as a page, a PDF and an XLSX (404 before publishing). */
@Controller
class PublicSettlementController {

    static final String BASE = "/orp/{code}/pripominky/{id}/vyporadani";

    private final SettlementQueries queries;
    private final SettlementPdf pdf;
    private final SettlementSpreadsheet spreadsheet;
    private final cz.planovna.shared.mail.Mailer links;

    PublicSettlementController(
            SettlementQueries queries,
            SettlementPdf pdf,
            SettlementSpreadsheet spreadsheet,
            cz.planovna.shared.mail.Mailer links) {
        this.queries = queries;
        this.pdf = pdf;
        this.spreadsheet = spreadsheet;
        this.links = links;
    }

    @GetMapping(BASE)
    String table(@PathVariable int code, @PathVariable long id, Model model) {
        model.addAttribute("t", queries.publicTable(code, id));
        return "consultation/settlement-public";
    }

    @GetMapping(BASE + ".pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int code, @PathVariable long id) {
        SettlementTable table = queries.publicTable(code, id);
        return file(pdf.write(table, links.link("")), name(code, id, "pdf"), MediaType.APPLICATION_PDF);
    }

    @GetMapping(BASE + ".xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int code, @PathVariable long id) {
        SettlementTable table = queries.publicTable(code, id);
        return file(
                spreadsheet.write(table, links.link("")),
                name(code, id, "xlsx"),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    private static String name(int code, long id, String extension) {
        return "vyporadani-pripominek-" + code + "-" + id + "." + extension;
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
