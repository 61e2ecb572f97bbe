package cz.planovna.catalogue;

import cz.planovna.catalogue.HsdsJson.ApiInfo;
import cz.planovna.catalogue.HsdsJson.Organization;
import cz.planovna.catalogue.HsdsJson.Page;
import cz.planovna.catalogue.HsdsJson.Service;
import cz.planovna.catalogue.HsdsJson.ServiceAtLocation;
import cz.planovna.catalogue.HsdsJson.Taxonomy;
import cz.planovna.catalogue.HsdsJson.TaxonomyTerm;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The catalogue as an HSDS 3.0 (Open Referral) read API. Parameters are read as text and checked
 * here, so that any value gives JSON: 400 with a message for a bad one, 404 for an unknown id.
 */
@RestController
@RequestMapping(path = HsdsController.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "HSDS 3.0", description = "Katalog sociálních služeb ve formátu Open Referral HSDS 3.0")
class HsdsController {

    static final String PATH = "/api/hsds";

    private final HsdsQueries queries;

    HsdsController(HsdsQueries queries) {
        this.queries = queries;
    }

    @GetMapping({"", "/"})
    @Operation(summary = "Information about this API and its relationship with HSDS")
    ApiInfo info() {
        return new ApiInfo(
                "3.0",
                "https://docs.openreferral.org/en/latest/hsds/schema_reference.html",
                "/v3/api-docs",
                "Katalog sociálních služeb Plánovny (registr poskytovatelů sociálních služeb MPSV a související"
                        + " služby). Ukončené služby mají status inactive a v seznamech nejsou.");
    }

    @GetMapping("/services")
    @Operation(summary = "Active services, one-to-one fields; Czech full text, taxonomy term and ORP filters")
    Page<Service> services(
            @Parameter(description = "Czech full text (diacritics and inflection ignored)")
                    @RequestParam(required = false)
                    String search,
            @Parameter(description = "Id (or code) of a term of /taxonomy_terms") @RequestParam(required = false)
                    String taxonomy_term_id,
            @Parameter(description = "ČSÚ code of an ORP, e.g. 3108") @RequestParam(required = false) String orp,
            @Parameter(description = "Page, from 1") @RequestParam(required = false) String page,
            @Parameter(description = "Items per page, 1–100, default 50") @RequestParam(required = false)
                    String per_page) {
        return queries.services(queries.filter(search, taxonomy_term_id, orp), HsdsPaging.of(page, per_page));
    }

    @GetMapping("/services/{id}")
    @Operation(summary = "A fully nested service")
    Service service(@PathVariable String id) {
        return found(queries.service(id), "service");
    }

    @GetMapping("/organizations")
    @Operation(summary = "Providers of active services; name search and ORP filter")
    Page<Organization> organizations(
            @RequestParam(required = false) String search,
            @Parameter(description = "ČSÚ code of an ORP, e.g. 3108") @RequestParam(required = false) String orp,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String per_page) {
        return queries.organizations(queries.filter(search, null, orp), HsdsPaging.of(page, per_page));
    }

    @GetMapping("/organizations/{id}")
    @Operation(summary = "A provider with its IČO and active services")
    Organization organization(@PathVariable String id) {
        return found(queries.organization(id), "organization");
    }

    @GetMapping("/service_at_locations")
    @Operation(summary = "Facilities of active services with their addresses")
    Page<ServiceAtLocation> servicesAtLocations(
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String taxonomy_term_id,
            @Parameter(description = "ČSÚ code of an ORP, e.g. 3108") @RequestParam(required = false) String orp,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String per_page) {
        return queries.servicesAtLocations(
                queries.filter(search, taxonomy_term_id, orp), HsdsPaging.of(page, per_page));
    }

    @GetMapping("/service_at_locations/{id}")
    @Operation(summary = "A facility of a service")
    ServiceAtLocation serviceAtLocation(@PathVariable String id) {
        return found(queries.serviceAtLocation(id), "service_at_location");
    }

    @GetMapping("/taxonomies")
    @Operation(summary = "Service types (§ of Act 108/2006) and target groups")
    Page<Taxonomy> taxonomies(
            @RequestParam(required = false) String page, @RequestParam(required = false) String per_page) {
        return queries.taxonomies(HsdsPaging.of(page, per_page));
    }

    @GetMapping("/taxonomies/{id}")
    @Operation(summary = "A taxonomy")
    Taxonomy taxonomy(@PathVariable String id) {
        return found(queries.taxonomy(id), "taxonomy");
    }

    @GetMapping("/taxonomy_terms/{id}")
    @Operation(summary = "A taxonomy term")
    TaxonomyTerm taxonomyTerm(@PathVariable String id) {
        return found(queries.taxonomyTerm(id), "taxonomy_term");
    }

    @GetMapping("/taxonomy_terms")
    @Operation(summary = "Terms of the taxonomies, with the register's codes")
    Page<TaxonomyTerm> taxonomyTerms(
            @RequestParam(required = false) String taxonomy_id,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String per_page) {
        return queries.taxonomyTerms(taxonomy_id, HsdsPaging.of(page, per_page));
    }

    @ExceptionHandler(HsdsBadRequest.class)
    ResponseEntity<HsdsJson.Error> badRequest(HsdsBadRequest e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(HsdsNotFound.class)
    ResponseEntity<HsdsJson.Error> notFound(HsdsNotFound e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    private static <T> T found(Optional<T> value, String what) {
        return value.orElseThrow(() -> new HsdsNotFound("no " + what + " with this id"));
    }

    private static ResponseEntity<HsdsJson.Error> error(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new HsdsJson.Error(status.value(), status.getReasonPhrase(), message));
    }

    /** An id that names nothing (or is no id of ours at all). */
    static class HsdsNotFound extends RuntimeException {
        HsdsNotFound(String message) {
            super(message);
        }
    }
}
