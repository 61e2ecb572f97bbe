package cz.planovna.catalogue;

import cz.planovna.shared.web.Htmx;
import cz.planovna.shared.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
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
 * The public catalogue: search with filters, and the detail of a service. Every state is a plain
 * GET address; htmx only swaps the results. Parameters are read as text so that no value of them
 * can give an error page.
 */
@Controller
class CatalogueController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CatalogueSearch search;
    private final CataloguePages pages;
    private final CatalogueExports exports;

    CatalogueController(CatalogueSearch search, CataloguePages pages, CatalogueExports exports) {
        this.search = search;
        this.pages = pages;
        this.exports = exports;
    }

    /** Parameters: see {@link CatalogueSearchRequest}; unknown ones are ignored. */
    @GetMapping(CatalogueSearchRequest.PATH)
    String search(@RequestParam Map<String, String> params, Model model, HttpServletRequest request) {
        model.addAttribute("result", search.search(CatalogueSearchRequest.of(params)));
        return Htmx.view(request, "catalogue/search", "results");
    }

    /** Every service of the search (not only the page shown) as a spreadsheet; same parameters. */
    @GetMapping(CatalogueSearchRequest.EXPORT_PATH)
    ResponseEntity<byte[]> export(@RequestParam Map<String, String> params, Locale locale) {
        CatalogueSearchRequest query = CatalogueSearchRequest.of(params).withPage(1);
        byte[] xlsx = exports.spreadsheet(query, locale);
        return file(xlsx, XLSX, ContentDisposition.attachment(), "katalog-sluzeb-" + exports.today() + ".xlsx");
    }

    /** The printable catalogue of one ORP; shown in the browser, which prints or saves it. */
    @GetMapping("/katalog/orp/{code}.pdf")
    ResponseEntity<byte[]> printed(@PathVariable String code, Locale locale) {
        int orp;
        try {
            orp = Integer.parseInt(code);
        } catch (NumberFormatException e) {
            throw new NotFoundException("ORP " + code);
        }
        byte[] pdf = exports.printedCatalogue(orp, locale).orElseThrow(() -> new NotFoundException("ORP " + code));
        return file(
                pdf,
                MediaType.APPLICATION_PDF,
                ContentDisposition.inline(),
                "katalog-orp-" + orp + "-" + exports.today() + ".pdf");
    }

    private static ResponseEntity<byte[]> file(
            byte[] content, MediaType type, ContentDisposition.Builder disposition, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(fileName).build().toString())
                // generated from public data on each request; caches may keep it a few minutes
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(content);
    }

    @GetMapping("/katalog/sluzby/{id}")
    String service(@PathVariable String id, Model model) {
        long serviceId;
        try {
            serviceId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("service " + id);
        }
        model.addAttribute("page", pages.service(serviceId).orElseThrow(() -> new NotFoundException("service " + id)));
        return "catalogue/service";
    }
}
