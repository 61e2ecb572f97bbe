package cz.planovna.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Public territory pages, their htmx fragment, bad input and the number of SQL statements per page. */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class TerritoryControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TerritoryAdministration administration;

    @Autowired
    EntityManagerFactory emf;

    Statistics statistics;

    @BeforeEach
    void setUp() {
        administration.activatePlanning(3108, 3101, 3103, 3202, 7204);
        statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
    }

    @Test
    void homeShowsThePlanningTerritories() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(view().name("territory/home"))
                .andExpect(content().string(containsString("Komunitní plánování sociálních služeb")))
                .andExpect(content().string(containsString("ORP Písek")))
                .andExpect(content().string(containsString("ORP Luhačovice")))
                .andExpect(content().string(containsString("href=\"/orp/3202\"")));
    }

    @Test
    void regionsPageListsAllRegions() throws Exception {
        mvc.perform(get("/uzemi"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vysočina")))
                .andExpect(content().string(containsString("1 ORP, 1 obec<")))
                .andExpect(content().string(containsString("href=\"/kraj/3034\"")));
        assertThat(statistics.getPrepareStatementCount())
                .as("SQL statements for /uzemi")
                .isLessThanOrEqualTo(4);
    }

    @Test
    void searchReturnsOnlyTheFragmentToHtmx() throws Exception {
        mvc.perform(get("/uzemi").param("q", "mirotice").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mirotice")))
                .andExpect(content().string(containsString("href=\"/orp/3108\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/uzemi").param("q", "mirotice"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Mirotice")));
    }

    @Test
    void liveSearchRunsOneQueryPerKeystroke() throws Exception {
        mvc.perform(get("/uzemi").param("q", "pis").header("HX-Request", "true"))
                .andExpect(status().isOk());
        statistics.clear();
        mvc.perform(get("/uzemi").param("q", "pise").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Písek")));
        assertThat(statistics.getPrepareStatementCount())
                .as("SQL statements per search")
                .isEqualTo(1);
    }

    @Test
    void searchWithoutHitsSaysSo() throws Exception {
        mvc.perform(get("/uzemi").param("q", "qqqxx").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Žádná obec nezačíná na „qqqxx“")));
    }

    @Test
    void regionPageListsItsDistricts() throws Exception {
        mvc.perform(get("/kraj/3131"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zlínský kraj")))
                .andExpect(content().string(containsString("href=\"/orp/7204\"")))
                .andExpect(content().string(containsString("Plánuje v Plánovně")));
        // no SQL budget here any more: /kraj/{code} belongs to the region module since the kraj
        // comparison (plans, analyses and catalogue of each planning ORP), see RegionWebTest
    }

    @Test
    void districtPageListsMunicipalitiesWithCodes() throws Exception {
        mvc.perform(get("/orp/3108"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ORP Písek")))
                .andExpect(content().string(containsString("Mirotice")))
                .andExpect(content().string(containsString("549584")))
                .andExpect(content().string(containsString("49 obcí")))
                .andExpect(content().string(containsString("href=\"/orp/3108/proces\"")));
        assertThat(statistics.getPrepareStatementCount())
                .as("SQL statements for /orp")
                .isLessThanOrEqualTo(3);
    }

    @Test
    void englishOnRequest() throws Exception {
        mvc.perform(get("/orp/3108").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"en\"")))
                .andExpect(content().string(containsString("49 municipalities")));
    }

    @Test
    void unknownCodesGiveTheCzechNotFoundPage() throws Exception {
        mvc.perform(get("/orp/9999").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/kraj/42").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
    }

    @Test
    void malformedCodeIsABadRequest() throws Exception {
        mvc.perform(get("/orp/abc").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
        mvc.perform(get("/kraj/12345678901234").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
    }
}
