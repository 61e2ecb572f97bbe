package cz.planovna.catalogue;

import static cz.planovna.catalogue.RegisterFolderMother.OBEC_MIROTICE;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The catalogue's public data for the service network analysis: services imported from a register
 * file come back with their §, capacities per form and unit, target groups, facility obce and the
 * area served; ended services and those without a § are left out.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkCapacitiesTest {

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries queries;

    @Autowired
    NetworkCapacities capacities;

    String tag;

    @BeforeAll
    void importServices() throws Exception {
        tag = "net" + RegisterFolderMother.uniqueTag();
        var report = registerImport.importFolder(RegisterFolderMother.folder(
                Files.createTempDirectory("catalogue-network"),
                List.of(
                        // § 49 home for the elderly, 40 beds (the default), two facilities
                        service(tag + "-home")
                                .clearFacilities()
                                .facility("Domov A", OBEC_PISEK)
                                .facility("Domov B", OBEC_MIROTICE),
                        // § 40 home care: field and outpatient, serving Mirotice as listed
                        service(tag + "-care")
                                .type("DruhSocialniSluzby/4")
                                .clearForms()
                                .form("ter", "klient", 25)
                                .form("amb", "klient", 5)
                                .servedDistricts("Obec/" + OBEC_MIROTICE),
                        // § 40 field service without a list: the whole ORP of its facility
                        service(tag + "-whole")
                                .type("DruhSocialniSluzby/4")
                                .clearForms()
                                .form("ter", "klient", 12),
                        service(tag + "-ended").endedOn("2020-01-01"))));
        assertThat(report.applied()).isTrue();
    }

    Optional<NetworkService> find(String local) {
        long id = queries.serviceByRegisterId(tag + "-" + local).orElseThrow().id();
        return capacities.activeServices().stream().filter(s -> s.id() == id).findFirst();
    }

    @Test
    void aResidentialServiceWithItsBedsGroupsAndFacilities() {
        NetworkService home = find("home").orElseThrow();
        assertThat(home.section()).isEqualTo("49");
        assertThat(home.typeName()).isEqualTo("domovy pro seniory");
        assertThat(home.districtCode()).isEqualTo(PISEK);
        assertThat(home.capacities())
                .containsExactly(new NetworkService.NetworkCapacity(DeliveryForm.RESIDENTIAL, CapacityType.BEDS, 40));
        assertThat(home.targetGroups()).containsExactly("senioři");
        assertThat(home.facilityObce()).containsExactly(OBEC_PISEK, OBEC_MIROTICE);
        assertThat(home.field()).isFalse();
        assertThat(home.illustrative()).isFalse();
    }

    @Test
    void aFieldServiceWithItsFormsAndTheAreaItServes() {
        NetworkService care = find("care").orElseThrow();
        assertThat(care.section()).isEqualTo("40");
        assertThat(care.forms()).containsExactlyInAnyOrder(DeliveryForm.FIELD, DeliveryForm.OUTPATIENT);
        assertThat(care.capacities())
                .containsExactly(
                        new NetworkService.NetworkCapacity(DeliveryForm.FIELD, CapacityType.CLIENTS, 25),
                        new NetworkService.NetworkCapacity(DeliveryForm.OUTPATIENT, CapacityType.CLIENTS, 5));
        assertThat(care.field()).isTrue();
        // the listed obec; without a listed ORP a field service also serves its facility's whole ORP
        assertThat(care.servedObce()).isEqualTo(Set.of(OBEC_MIROTICE));
        assertThat(care.servedDistricts()).containsExactly(PISEK);

        NetworkService whole = find("whole").orElseThrow();
        assertThat(whole.servedDistricts()).containsExactly(PISEK);
    }

    @Test
    void endedServicesAreLeftOut() {
        assertThat(find("ended")).isEmpty();
    }
}
