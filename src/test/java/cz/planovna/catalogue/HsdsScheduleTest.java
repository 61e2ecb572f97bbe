package cz.planovna.catalogue;

import static cz.planovna.catalogue.HsdsSchemas.assertValid;
import static cz.planovna.catalogue.HsdsSchemas.assertValidPage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Opening hours and facility coordinates in the HSDS API: a provider's approved hours as a schedule's free-text description,
 * round-the-clock delivery forms of the register as structured weekly schedules; every answer
 * validated against the HSDS 3.0 schemas.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsScheduleTest {

    static final String HOURS = "Po–Čt 8:00–16:00, Pá 8:00–12:00; mimo tuto dobu krizová linka.";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries queries;

    @Autowired
    CatalogueServiceRepository services;

    @Autowired
    TransactionTemplate tx;

    CatalogueMother mother;

    String located;

    @BeforeAll
    void importFixtureAndApproveHours() throws Exception {
        mother = CatalogueMother.tagged();
        located = mother.id("souradnice");
        // one import: an import ends the registered services missing from its file
        List<RegisterFolderMother.ServiceJson> fixture = new ArrayList<>(mother.services());
        fixture.add(RegisterFolderMother.service(located)
                .set("nazev", mother.name("Poradna se souřadnicemi"))
                .clearFacilities()
                .facility("Poradna na náměstí", RegisterFolderMother.OBEC_PISEK)
                .coordinates(49.3088, 14.1475)
                .facility("Pobočka bez souřadnic", RegisterFolderMother.OBEC_MIROTICE)
                .clearForms()
                .form("amb", "kontakt", 10));
        assertThat(registerImport
                        .importFolder(RegisterFolderMother.folder(
                                java.nio.file.Files.createTempDirectory("hsds-schedules"), fixture))
                        .applied())
                .isTrue();
        long counselling = id("poradna");
        tx.executeWithoutResult(t -> services.findById(counselling)
                .orElseThrow()
                .approveEdits(
                        new EditableFields(null, null, HOURS, null, null, null),
                        Instant.parse("2026-11-30T10:00:00Z"),
                        "Koordinátor Blatná"));
    }

    long id(String local) {
        return queries.serviceByRegisterId(mother.id(local)).orElseThrow().id();
    }

    JsonNode json(String url) throws Exception {
        return HsdsSchemas.read(mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    JsonNode service(String local) throws Exception {
        JsonNode service = json("/api/hsds/services/" + HsdsIds.SERVICE.of(id(local)));
        assertValid("compiled_service", service);
        return service;
    }

    @Test
    void approvedOpeningHoursAreAScheduleDescription() throws Exception {
        JsonNode service = service("poradna");
        JsonNode schedules = service.get("schedules");
        // counselling is outpatient only: its one schedule is the approved text, no invented structure
        assertThat(schedules).hasSize(1);
        JsonNode hours = schedules.get(0);
        assertThat(hours.get("description").asString()).isEqualTo(HOURS);
        assertThat(hours.get("service_id").asString())
                .isEqualTo(service.get("id").asString());
        assertThat(hours.get("id").asString()).isEqualTo(HsdsIds.SCHEDULE.of(id("poradna"), 0));
        assertThat(hours.has("freq")).isFalse();
        assertThat(hours.has("opens_at")).isFalse();
        // nested facilities do not repeat the service's hours
        assertThat(service.at("/service_at_locations/0").has("schedules")).isFalse();
    }

    @Test
    void roundTheClockResidentialCareIsAStructuredWeeklySchedule() throws Exception {
        JsonNode schedules = service("domov-pisek").get("schedules");
        assertThat(schedules).hasSize(1);
        JsonNode always = schedules.get(0);
        assertThat(always.get("freq").asString()).isEqualTo("WEEKLY");
        assertThat(always.get("byday").asString()).isEqualTo("MO,TU,WE,TH,FR,SA,SU");
        assertThat(always.get("opens_at").asString()).isEqualTo("00:00");
        assertThat(always.get("closes_at").asString()).isEqualTo("23:59");
        assertThat(always.get("description").asString()).startsWith("Pobytová forma: nepřetržitý provoz");
    }

    @Test
    void aServiceWithoutKnownHoursHasNoSchedules() throws Exception {
        // field care, not round the clock, no approved hours
        assertThat(service("pecovatelska").get("schedules")).isEmpty();
    }

    @Test
    void servicesAtLocationsCarryTheirServicesHours() throws Exception {
        String facility = service("poradna").at("/service_at_locations/0/id").asString();
        JsonNode one = json("/api/hsds/service_at_locations/" + facility);
        assertValid("compiled_service_at_location", one);
        assertThat(one.at("/schedules/0/description").asString()).isEqualTo(HOURS);

        JsonNode page = json("/api/hsds/service_at_locations?per_page=100&search=" + mother.tag);
        assertValidPage("compiled_service_at_location_list", page);
        List<String> described = new ArrayList<>();
        page.get("contents")
                .forEach(sal -> sal.get("schedules")
                        .forEach(s -> described.add(sal.at("/service/name").asString() + ": "
                                + s.get("description").asString())));
        assertThat(described).contains(mother.name("Krizová poradna Blatná") + ": " + HOURS);
        assertThat(described).noneMatch(d -> d.startsWith(mother.name("Pečovatelská služba Mirotice")));
    }

    @Test
    void locationsCarryTheirCoordinatesWhenKnown() throws Exception {
        long id = queries.serviceByRegisterId(located).orElseThrow().id();
        JsonNode service = json("/api/hsds/services/" + HsdsIds.SERVICE.of(id));
        assertValid("compiled_service", service);
        JsonNode known = service.at("/service_at_locations/0");
        assertThat(known.at("/location/name").asString()).isEqualTo("Poradna na náměstí");
        assertThat(known.at("/location/latitude").asDouble()).isEqualTo(49.3088);
        assertThat(known.at("/location/longitude").asDouble()).isEqualTo(14.1475);
        JsonNode unknown = service.at("/service_at_locations/1/location");
        assertThat(unknown.get("name").asString()).isEqualTo("Pobočka bez souřadnic");
        assertThat(unknown.has("latitude")).isFalse();
        assertThat(unknown.has("longitude")).isFalse();

        JsonNode one = json("/api/hsds/service_at_locations/" + known.get("id").asString());
        assertValid("compiled_service_at_location", one);
        assertThat(one.at("/location/latitude").asDouble()).isEqualTo(49.3088);
    }

    @Test
    void theSchemaChecksSchedules() {
        // the validator looks into schedules: a day outside the enumeration is caught
        JsonNode bad =
                HsdsSchemas.read("{\"id\":\"" + HsdsIds.SERVICE.of(1) + "\",\"name\":\"A\",\"status\":\"active\","
                        + "\"schedules\":[{\"id\":\"" + HsdsIds.SCHEDULE.of(1, 0) + "\",\"freq\":\"DAILY\"}]}");
        assertThat(HsdsSchemas.errors("compiled_service", bad)).isNotEmpty();
    }
}
