package cz.planovna.region;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The kraj page {@code /kraj/{code}} (its ORP compared, the map, the list of all its ORP) and the
 * comparison as XLSX and PDF. Public addresses: what each visitor sees is decided per ORP by {@link
 * RegionComparisons}.
 */
@Controller
class RegionController {

    static final String PAGE = "/kraj/{code}";
    static final String XLSX = PAGE + "/porovnani.xlsx";
    static final String PDF = PAGE + "/porovnani.pdf";

    private final RegionComparisons comparisons;
    private final RegionSpreadsheet spreadsheet;
    private final RegionPdf pdf;

    RegionController(RegionComparisons comparisons, RegionSpreadsheet spreadsheet, RegionPdf pdf) {
        this.comparisons = comparisons;
        this.spreadsheet = spreadsheet;
        this.pdf = pdf;
    }

    @GetMapping(PAGE)
    String region(
            @PathVariable int code,
            @RequestParam(name = "razeni", defaultValue = "nazev") String sort,
            @RequestParam(name = "smer", defaultValue = "vzestupne") String direction,
            Model model) {
        model.addAttribute("c", comparisons.compare(code, sort(sort), descending(direction)));
        model.addAttribute("sorts", ComparisonSort.values());
        model.addAttribute("statuses", MapStatus.values());
        model.addAttribute("gapRules", cz.planovna.analysis.NetworkRule.values());
        return "region/region";
    }

    @GetMapping(XLSX)
    ResponseEntity<byte[]> xlsx(
            @PathVariable int code,
            @RequestParam(name = "razeni", defaultValue = "nazev") String sort,
            @RequestParam(name = "smer", defaultValue = "vzestupne") String direction,
            Locale locale) {
        RegionComparison c = comparisons.compare(code, sort(sort), descending(direction));
        return file(
                spreadsheet.write(c, locale),
                "porovnani-orp-kraj-" + code + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GetMapping(PDF)
    ResponseEntity<byte[]> pdf(
            @PathVariable int code,
            @RequestParam(name = "razeni", defaultValue = "nazev") String sort,
            @RequestParam(name = "smer", defaultValue = "vzestupne") String direction,
            Locale locale) {
        RegionComparison c = comparisons.compare(code, sort(sort), descending(direction));
        return file(pdf.render(c, locale), "porovnani-orp-kraj-" + code + ".pdf", MediaType.APPLICATION_PDF_VALUE);
    }

    /** An unknown column sorts by name: a stale bookmark still shows the page. */
    private static ComparisonSort sort(String value) {
        return ComparisonSort.ofParam(value).orElse(ComparisonSort.NAME);
    }

    private static boolean descending(String value) {
        return "sestupne".equals(value);
    }

    /** Private: the file may hold internal data of the visitor's ORP, so no shared cache keeps it. */
    private static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(type))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(body);
    }
}
