package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Demo-shaped generated data (the demo's seed and ORP, portal ids of its own) on the service page:
 * every facility in the service's ORP is a numbered marker of the map, named in the marker list.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueGeneratedMapWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries queries;

    @Autowired
    PlaceNames places;

    @TempDir
    Path temp;

    @Test
    void facilitiesOfGeneratedDemoServicesAreMarkersOnTheServiceMap() throws Exception {
        int services = 30;
        long firstPortalId = 2_000_000_000L + ThreadLocalRandom.current().nextLong(4_000_000_000L);
        GeneratedRegister generated = new RegisterGenerator()
                .generate(
                        temp,
                        new RegisterGenerator.Options(
                                services, CatalogueDemoData.SEED, firstPortalId, CatalogueDemoData.SEED_DISTRICTS));
        assertThat(registerImport.importFolder(generated.folder()).applied()).isTrue();

        int pagesWithMarkers = 0;
        for (int i = 0; i < services; i++) {
            ServiceDetail service = queries.serviceByRegisterId(RegisterGenerator.identifier(firstPortalId + i))
                    .orElseThrow();
            List<String> inOwnOrp = service.facilities().stream()
                    .filter(f -> !f.ended() && f.districtCode() == service.districtCode())
                    .map(f -> f.name() + ", " + places.municipality(f.municipalityCode()))
                    .toList();
            if (service.state() != ServiceState.ACTIVE || inOwnOrp.isEmpty()) {
                continue;
            }
            Document page = Jsoup.parse(mvc.perform(get("/katalog/sluzby/" + service.id()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString());
            assertThat(page.select("svg.orp-map"))
                    .as("map of service %d", service.id())
                    .hasSize(1);
            assertThat(page.select("svg.orp-map g.marker").size()).isGreaterThanOrEqualTo(inOwnOrp.size());
            assertThat(page.select(".map-marker-list li").eachText()).containsAll(inOwnOrp);
            pagesWithMarkers++;
        }
        assertThat(pagesWithMarkers).isGreaterThan(services / 2);
    }
}
