package cz.planovna.analysis;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public service network analysis of an ORP, its XLSX export, and the needs-gap map. */
@Controller
class NetworkController {

    static final String NETWORK = "/orp/{code}/analyzy/sit-sluzeb";
    static final String GAP = "/orp/{code}/analyzy/mezery";

    /** A § of Act 108/2006 as the code book writes it: 37, 60a. */
    private static final Pattern SECTION = Pattern.compile("\\d{2}[a-z]?");

    private static final int MAX_GROUP_LENGTH = 200;

    private final NetworkAnalysis analysis;
    private final NetworkSpreadsheet spreadsheet;
    private final GapSpreadsheet gapSpreadsheet;

    NetworkController(NetworkAnalysis analysis, NetworkSpreadsheet spreadsheet, GapSpreadsheet gapSpreadsheet) {
        this.analysis = analysis;
        this.spreadsheet = spreadsheet;
        this.gapSpreadsheet = gapSpreadsheet;
    }

    @GetMapping(NETWORK)
    String network(
            @PathVariable int code,
            @RequestParam(name = "druh", required = false) String section,
            @RequestParam(name = "skupina", required = false) String group,
            @RequestParam(name = "razeni", defaultValue = "druh") String sort,
            @RequestParam(name = "strana", defaultValue = "1") int page,
            Model model) {
        model.addAttribute(
                "report", analysis.report(code, section(section), group(group), sort(sort), Math.max(1, page)));
        model.addAttribute("sorts", CapacitySort.values());
        model.addAttribute("rules", NetworkRule.values());
        return "analysis/network";
    }

    @GetMapping(NETWORK + ".xlsx")
    ResponseEntity<byte[]> export(
            @PathVariable int code,
            @RequestParam(name = "druh", required = false) String section,
            @RequestParam(name = "skupina", required = false) String group,
            @RequestParam(name = "razeni", defaultValue = "druh") String sort) {
        NetworkReport all = analysis.fullReport(code, section(section), group(group), sort(sort));
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("sit-sluzeb-" + code + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "max-age=300")
                .body(spreadsheet.write(all));
    }

    @GetMapping(GAP)
    String gap(@PathVariable int code, @RequestParam(name = "druh", defaultValue = "49") String section, Model model) {
        NetworkRule rule = NetworkRule.ofSection(section(section)).orElseThrow(NetworkController::badRequest);
        model.addAttribute("gap", analysis.gap(code, rule));
        model.addAttribute("rules", NetworkRule.values());
        model.addAttribute("classes", GapClass.values());
        return "analysis/gap";
    }

    /** The needs-gap table as XLSX (the map's data alternative, issue 8). */
    @GetMapping(GAP + ".xlsx")
    ResponseEntity<byte[]> gapExport(
            @PathVariable int code, @RequestParam(name = "druh", defaultValue = "49") String section) {
        NetworkRule rule = NetworkRule.ofSection(section(section)).orElseThrow(NetworkController::badRequest);
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("mezery-" + code + "-" + rule.section() + ".xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "max-age=300")
                .body(gapSpreadsheet.write(analysis.gap(code, rule)));
    }

    private static String section(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!SECTION.matcher(v).matches()) {
            throw badRequest();
        }
        return v;
    }

    private static String group(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_GROUP_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw badRequest();
        }
        return value.strip();
    }

    private static CapacitySort sort(String value) {
        return CapacitySort.ofParam(value).orElseThrow(NetworkController::badRequest);
    }

    private static ResponseStatusException badRequest() {
        return new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
}
