package cz.planovna.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
import org.springframework.web.multipart.MultipartFile;

/** The public demographic analysis of an ORP, its XLSX export, and the upload of ČSÚ figures. */
@Controller
class DemographicsController {

    static final String PAGE = "/orp/{code}/analyzy/demografie";

    private final DemographicsQueries queries;
    private final DemographicsImport importer;
    private final DemographicsSpreadsheet spreadsheet;

    DemographicsController(
            DemographicsQueries queries, DemographicsImport importer, DemographicsSpreadsheet spreadsheet) {
        this.queries = queries;
        this.importer = importer;
        this.spreadsheet = spreadsheet;
    }

    @GetMapping(PAGE)
    String page(
            @PathVariable int code,
            @RequestParam(name = "rok", required = false) Integer year,
            @RequestParam(name = "razeni", defaultValue = "nazev") String sort,
            @RequestParam(name = "strana", defaultValue = "1") int page,
            Model model) {
        model.addAttribute("report", queries.report(code, year, ObecSort.ofParam(sort), page));
        model.addAttribute("sorts", ObecSort.values());
        model.addAttribute("mayImport", importer.mayImport(code));
        return "analysis/demography";
    }

    @GetMapping(PAGE + ".xlsx")
    ResponseEntity<byte[]> export(
            @PathVariable int code,
            @RequestParam(name = "rok", required = false) Integer year,
            @RequestParam(name = "razeni", defaultValue = "nazev") String sort) {
        DemographicsReport report = queries.fullReport(code, year, ObecSort.ofParam(sort));
        String name = "demografie-" + code
                + (report.hasData() ? "-" + report.current().year() : "") + ".xlsx";
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "max-age=300")
                .body(spreadsheet.write(report));
    }

    @GetMapping(PAGE + "/import")
    String importForm(@PathVariable int code, Model model) {
        return importPage(code, model);
    }

    @PostMapping(PAGE + "/import")
    String importFile(
            @PathVariable int code, @RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        importer.checkMayImport(code);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "analysis.import.file.missing");
            return importPage(code, model);
        }
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("result", importer.importFile(code, safeName(file.getOriginalFilename()), in));
        }
        return importPage(code, model);
    }

    private String importPage(int code, Model model) {
        importer.checkMayImport(code);
        model.addAttribute("report", queries.report(code, null, ObecSort.NAZEV, 1));
        model.addAttribute("history", importer.recentImports(code));
        return "analysis/import";
    }

    /** The file's own name without folders or control characters, at most 200 characters. */
    static String safeName(String original) {
        if (original == null || original.isBlank()) {
            return "soubor.csv";
        }
        String name = original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (name.isEmpty()) {
            return "soubor.csv";
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
