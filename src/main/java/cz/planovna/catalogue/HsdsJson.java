package cz.planovna.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON of the HSDS 3.0 API. Component names are the HSDS field names (snake case) so that the
 * mapping can be read off the records; absent values are left out, as the schemas type every field
 * as a plain string or number without null.
 */
final class HsdsJson {

    private HsdsJson() {}

    /** The HSDS page envelope of every list endpoint. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Page<T>(
            long total_items,
            int total_pages,
            int page_number,
            int size,
            boolean first_page,
            boolean last_page,
            boolean empty,
            List<T> contents) {

        static <T> Page<T> of(List<T> contents, long total, HsdsPaging paging) {
            int pages = (int) ((total + paging.perPage() - 1) / paging.perPage());
            return new Page<>(
                    total,
                    pages,
                    paging.page(),
                    contents.size(),
                    paging.page() == 1,
                    paging.page() >= pages,
                    contents.isEmpty(),
                    contents);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApiInfo(String version, String profile, String openapi_url, String description) {}

    /** The body of every 4xx answer of the API. */
    record Error(int status, String error, String message) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Organization(
            String id,
            String name,
            String description,
            String email,
            String website,
            String legal_status,
            List<Phone> phones,
            List<Identifier> organization_identifiers,
            List<Service> services) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Identifier(
            String id, String organization_id, String identifier_scheme, String identifier_type, String identifier) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Service(
            String id,
            String organization_id,
            String name,
            String description,
            String url,
            String email,
            String status,
            String fees_description,
            String alert,
            String licenses,
            Organization organization,
            List<Phone> phones,
            List<ServiceAtLocation> service_at_locations,
            List<ServiceArea> service_areas,
            List<Attribute> attributes,
            List<Schedule> schedules) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Phone(String id, String number, String type, String description) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceArea(String id, String service_id, String name, String description, String extent_type) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ServiceAtLocation(
            String id,
            String service_id,
            String location_id,
            String description,
            Location location,
            Service service,
            List<Schedule> schedules) {}

    /**
     * When a service is available: {@code description} for free text (approved opening hours),
     * the RFC 5545 fields only for what the register states as data (round-the-clock provision).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Schedule(
            String id,
            String service_id,
            String freq,
            String byday,
            String opens_at,
            String closes_at,
            String description) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Location(
            String id,
            String location_type,
            String organization_id,
            String name,
            String description,
            Double latitude,
            Double longitude,
            String external_identifier,
            String external_identifier_type,
            List<Address> addresses) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Address(
            String id,
            String location_id,
            String address_1,
            String address_2,
            String city,
            String region,
            String state_province,
            String postal_code,
            String country,
            String address_type) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Attribute(
            String id,
            String link_id,
            String taxonomy_term_id,
            String link_type,
            String link_entity,
            String value,
            TaxonomyTerm taxonomy_term) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Taxonomy(String id, String name, String description, String version) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaxonomyTerm(
            String id,
            String code,
            String name,
            String description,
            String taxonomy,
            String taxonomy_id,
            String language) {}
}
