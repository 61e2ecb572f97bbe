package cz.planovna.catalogue;

import static cz.planovna.catalogue.HsdsSchemas.assertValid;
import static cz.planovna.catalogue.HsdsSchemas.assertValidPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

/**
 * The HSDS API as an anonymous client sees it: every endpoint's real answer validated against the
 * HSDS 3.0 schemas, the page envelope, the filters and JSON errors. The fixture's service names
 * carry a tag, so {@code search=<tag>} selects this test's services among others in the context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries queries;

    CatalogueMother mother;

    @BeforeAll
    void importFixture() {
        mother = CatalogueMother.tagged();
        assertThat(mother.importInto(registerImport).applied()).isTrue();
    }

    JsonNode json(String url, int status) throws Exception {
        String body = mvc.perform(get(url))
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return HsdsSchemas.read(body);
    }

    String uuid(String local) {
        return HsdsIds.SERVICE.of(
                queries.serviceByRegisterId(mother.id(local)).orElseThrow().id());
    }

    static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("contents").forEach(s -> names.add(s.get("name").asString()));
        return names;
    }

    String termId(String code) throws Exception {
        for (JsonNode term : json("/api/hsds/taxonomy_terms?per_page=100", 200).get("contents")) {
            if (term.get("code").asString().equals(code)) {
                return term.get("id").asString();
            }
        }
        throw new AssertionError("no term " + code);
    }

    @Test
    void theSchemasRejectWhatIsNotHsds() {
        // the validator is live: a numeric id, an unknown status and a missing name are all caught
        assertThat(HsdsSchemas.errors("compiled_service_list", HsdsSchemas.read("{\"id\":\"42\",\"status\":\"open\"}")))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(HsdsSchemas.errors(
                        "compiled_organization",
                        HsdsSchemas.read("{\"id\":\"" + HsdsIds.ORGANIZATION.of(1) + "\",\"name\":\"A\","
                                + "\"description\":\"B\",\"website\":\"www example\"}")))
                .isNotEmpty();
    }

    @Test
    void apiInfoNamesTheVersionAndTheOpenApiDocument() throws Exception {
        JsonNode info = json("/api/hsds/", 200);
        assertThat(info.get("version").asString()).isEqualTo("3.0");
        assertThat(info.get("openapi_url").asString()).isEqualTo("/v3/api-docs");
    }

    @Test
    void serviceListAndDetailValidateAndEndedServicesAreInactive() throws Exception {
        JsonNode page = json("/api/hsds/services?search=" + mother.tag, 200);
        assertValidPage("compiled_service_list", page);
        // nine in the fixture, one ended: the list shows what the public catalogue shows
        assertThat(page.get("total_items").asLong()).isEqualTo(8);
        assertThat(names(page)).doesNotContain(mother.name("Domov pro seniory Ukončený"));

        JsonNode detail = json("/api/hsds/services/" + uuid("domov-pisek"), 200);
        assertValid("compiled_service", detail);
        assertThat(detail.get("status").asString()).isEqualTo("active");
        assertThat(detail.get("organization").get("name").asString())
                .isEqualTo("Poskytovatel " + mother.id("domov-pisek"));
        assertThat(detail.at("/service_at_locations/0/location/addresses/0/city")
                        .asString())
                .isEqualTo("Písek");
        assertThat(detail.at("/service_at_locations/0/location/addresses/0/state_province")
                        .asString())
                .isEqualTo("Jihočeský kraj");
        List<String> terms = new ArrayList<>();
        detail.get("attributes")
                .forEach(a -> terms.add(a.at("/taxonomy_term/code").asString()));
        assertThat(terms).containsExactly(CatalogueMother.HOME_FOR_ELDERLY, CatalogueMother.SENIORS);
        assertThat(detail.at("/attributes/0/taxonomy_term/name").asString()).isEqualTo("Domovy pro seniory");

        JsonNode ended = json("/api/hsds/services/" + uuid("konec"), 200);
        assertValid("compiled_service", ended);
        assertThat(ended.get("status").asString()).isEqualTo("inactive");
    }

    @Test
    void organizationsValidateAndCarryTheIco() throws Exception {
        JsonNode page = json("/api/hsds/organizations?search=" + mother.tag, 200);
        assertValidPage("compiled_organization_list", page);
        assertThat(page.get("total_items").asLong()).isEqualTo(8);

        JsonNode service = json("/api/hsds/services/" + uuid("poradna"), 200);
        JsonNode organization =
                json("/api/hsds/organizations/" + service.get("organization_id").asString(), 200);
        assertValid("compiled_organization", organization);
        assertThat(organization
                        .at("/organization_identifiers/0/identifier_type")
                        .asString())
                .isEqualTo("IČO");
        assertThat(organization.at("/organization_identifiers/0/identifier").asString())
                .isEqualTo(RegisterFolderMother.ServiceJson.icoFor(mother.id("poradna")));
        assertThat(organization.at("/services/0/name").asString()).isEqualTo(mother.name("Krizová poradna Blatná"));
    }

    @Test
    void servicesAtLocationsValidate() throws Exception {
        JsonNode page = json("/api/hsds/service_at_locations?search=" + mother.tag + "&orp=3101", 200);
        assertValidPage("compiled_service_at_location_list", page);
        assertThat(page.get("total_items").asLong()).isEqualTo(2);
        String id = page.at("/contents/0/id").asString();
        JsonNode one = json("/api/hsds/service_at_locations/" + id, 200);
        assertValid("compiled_service_at_location", one);
        assertThat(one.at("/location/location_type").asString()).isEqualTo("physical");
        assertThat(one.at("/service/name").asString()).isEqualTo(mother.name("Domov pro seniory Blatná"));
    }

    @Test
    void taxonomiesAreServiceTypesAndTargetGroupsWithStableIds() throws Exception {
        JsonNode taxonomies = json("/api/hsds/taxonomies", 200);
        assertThat(taxonomies.get("total_items").asLong()).isEqualTo(2);
        taxonomies.get("contents").forEach(t -> assertValid("taxonomy", t));
        JsonNode terms = json("/api/hsds/taxonomy_terms?per_page=100", 200);
        terms.get("contents").forEach(t -> assertValid("taxonomy_term", t));
        assertThat(termId(CatalogueMother.HOME_FOR_ELDERLY))
                .isEqualTo(HsdsIds.ofCode(CatalogueMother.HOME_FOR_ELDERLY));
        String types = taxonomies.at("/contents/0/id").asString();
        assertValid("taxonomy", json("/api/hsds/taxonomies/" + types, 200));
        JsonNode home = json("/api/hsds/taxonomy_terms/" + HsdsIds.ofCode(CatalogueMother.HOME_FOR_ELDERLY), 200);
        assertValid("taxonomy_term", home);
        assertThat(home.get("code").asString()).isEqualTo(CatalogueMother.HOME_FOR_ELDERLY);
        assertThat(home.get("taxonomy_id").asString()).isEqualTo(types);
        JsonNode typeTerms = json("/api/hsds/taxonomy_terms?per_page=100&taxonomy_id=" + types, 200);
        typeTerms
                .get("contents")
                .forEach(t -> assertThat(t.get("code").asString()).startsWith("DruhSocialniSluzby/"));
    }

    @Test
    void pagesFollowTheEnvelopeArithmetic() throws Exception {
        String base = "/api/hsds/services?search=" + mother.tag + "&per_page=3";
        JsonNode first = json(base, 200);
        assertThat(List.of(
                        first.get("total_items").asLong(),
                        (long) first.get("total_pages").asInt(),
                        (long) first.get("page_number").asInt(),
                        (long) first.get("size").asInt()))
                .containsExactly(8L, 3L, 1L, 3L);
        assertThat(first.get("first_page").asBoolean()).isTrue();
        assertThat(first.get("last_page").asBoolean()).isFalse();

        JsonNode last = json(base + "&page=3", 200);
        assertThat(last.get("size").asInt()).isEqualTo(2);
        assertThat(last.get("first_page").asBoolean()).isFalse();
        assertThat(last.get("last_page").asBoolean()).isTrue();
        assertThat(last.get("empty").asBoolean()).isFalse();

        JsonNode past = json(base + "&page=4", 200);
        assertValidPage("compiled_service_list", past);
        assertThat(past.get("empty").asBoolean()).isTrue();
        assertThat(past.get("size").asInt()).isZero();

        // the three pages hold the eight services once each, in the same (Czech name) order as one page
        List<String> paged = new ArrayList<>(names(first));
        paged.addAll(names(json(base + "&page=2", 200)));
        paged.addAll(names(last));
        assertThat(paged).containsExactlyElementsOf(names(json("/api/hsds/services?search=" + mother.tag, 200)));
        assertThat(json("/api/hsds/services?per_page=1", 200).get("size").asInt())
                .isEqualTo(1);
    }

    @Test
    void czechSearchTermAndOrpFilters() throws Exception {
        assertThat(names(json("/api/hsds/services?search=pecovatelska " + mother.tag, 200)))
                .containsExactly(mother.name("Pečovatelská služba Mirotice"));
        assertThat(json("/api/hsds/services?orp=3108&search=senioru " + mother.tag, 200)
                        .get("total_items")
                        .asLong())
                .isEqualTo(5);
        assertThat(names(json("/api/hsds/services?orp=3202&search=" + mother.tag, 200)))
                .containsExactly(mother.name("Chráněné bydlení Domažlice"));
        assertThat(names(json(
                        "/api/hsds/services?search=" + mother.tag + "&taxonomy_term_id="
                                + termId(CatalogueMother.COUNSELLING),
                        200)))
                .containsExactly(mother.name("Krizová poradna Blatná"));
        // a target group works the same, by id or by the register's code
        assertThat(names(json(
                        "/api/hsds/services?search=" + mother.tag + "&taxonomy_term_id=" + CatalogueMother.IN_CRISIS,
                        200)))
                .containsExactly(mother.name("Krizová poradna Blatná"));
        JsonNode care = json(
                "/api/hsds/service_at_locations?search=" + mother.tag + "&taxonomy_term_id="
                        + termId(CatalogueMother.CARE_SERVICE),
                200);
        assertThat(care.get("total_items").asLong()).isEqualTo(1);
        assertThat(care.at("/contents/0/service/name").asString())
                .isEqualTo(mother.name("Pečovatelská služba Mirotice"));
        assertThat(json("/api/hsds/organizations?orp=3202&search=" + mother.tag, 200)
                        .get("total_items")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void unknownIdsAreJson404() throws Exception {
        for (String url : List.of(
                "/api/hsds/services/" + HsdsIds.SERVICE.of(Long.MAX_VALUE >> 20),
                "/api/hsds/services/abc",
                "/api/hsds/services/" + HsdsIds.ORGANIZATION.of(1),
                "/api/hsds/organizations/" + HsdsIds.ORGANIZATION.of(Long.MAX_VALUE >> 20),
                "/api/hsds/service_at_locations/00000000-0000-0000-0000-000000000000",
                "/api/hsds/taxonomies/" + HsdsIds.ofCode("Nic"),
                "/api/hsds/taxonomy_terms/" + HsdsIds.ofCode("DruhSocialniSluzby/999"))) {
            JsonNode error = json(url, 404);
            assertThat(error.get("status").asInt()).as(url).isEqualTo(404);
            assertThat(error.get("message").asString()).as(url).startsWith("no ");
        }
    }

    @Test
    void badParametersAreJson400WithAMessage() throws Exception {
        for (String query : List.of(
                "page=abc",
                "page=-1",
                "page=0",
                "per_page=100000",
                "per_page=0",
                "per_page=1e3",
                "page=99999999999999999999",
                "orp=abc",
                "orp=9999",
                "taxonomy_term_id=nesmysl")) {
            JsonNode error = json("/api/hsds/services?" + query, 400);
            assertThat(error.get("message").asString()).as(query).isNotBlank();
        }
        assertThat(json("/api/hsds/service_at_locations?per_page=101", 400)
                        .get("message")
                        .asString())
                .isEqualTo("per_page must be a whole number from 1 to 100");
        json("/api/hsds/taxonomy_terms?taxonomy_id=x", 400);
        json("/api/hsds/organizations?page=x", 400);
        // any search text is only text
        json("/api/hsds/services?search=\"(*) OR -|~", 200);
    }
}
