package cz.planovna.region;

import static cz.planovna.region.RegionMother.JIHOCESKY;
import static cz.planovna.region.RegionMother.PISEK;
import static cz.planovna.region.RegionMother.PLZENSKY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.territory.TerritoryAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every URL of the region module for every kind of visitor, on the own kraj (Jihočeský) and a foreign
 * one (Plzeňský). All answer 200 to everyone; what differs is whose drafts appear: each kraj has a
 * draft plan (ORP Dačice 3104, ORP Přeštice 3210) with a unique title, visible only where the visitor
 * may VIEW_INTERNAL. The coordinator of Písek sees Písek's internals and no other ORP's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionAuthorizationTest {

    static final int DACICE = 3104;
    static final int PRESTICE = 3210;

    enum Persona {
        ANONYMOUS,
        CITIZEN,
        COORDINATOR_PISEK,
        REGIONAL_OWN,
        REGIONAL_FOREIGN,
        ADMIN
    }

    /** Who sees the draft of a kraj: Y yes, n no, in the order of {@link Persona}. */
    static final Map<Integer, String> SEES_DRAFT = Map.of(JIHOCESKY, "nnnYnY", PLZENSKY, "nnnnYY");

    static final List<String> URLS = List.of("/kraj/%d", "/kraj/%d/porovnani.xlsx", "/kraj/%d/porovnani.pdf");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    TerritoryAdministration administration;

    @Autowired
    StrategyQueries strategy;

    final Map<Persona, TestUser> visitors = new EnumMap<>(Persona.class);
    final Map<Integer, String> drafts = new java.util.HashMap<>();

    @BeforeAll
    void visitorsAndDrafts() throws Exception {
        administration.activatePlanning(DACICE, PRESTICE, PISEK);
        RegionMother mother = new RegionMother(mvc, users, territory, strategy);
        visitors.put(Persona.CITIZEN, mother.citizen());
        visitors.put(Persona.COORDINATOR_PISEK, mother.districtCoordinator(PISEK));
        visitors.put(Persona.REGIONAL_OWN, mother.regionalCoordinator(JIHOCESKY));
        visitors.put(Persona.REGIONAL_FOREIGN, mother.regionalCoordinator(PLZENSKY));
        visitors.put(Persona.ADMIN, mother.admin());
        int year = LocalDate.now().getYear();
        drafts.put(JIHOCESKY, RegionMother.unique("Matice Dačice"));
        drafts.put(PLZENSKY, RegionMother.unique("Matice Přeštice"));
        mother.plan(visitors.get(Persona.ADMIN), DACICE, drafts.get(JIHOCESKY), year, year + 2);
        mother.plan(visitors.get(Persona.ADMIN), PRESTICE, drafts.get(PLZENSKY), year, year + 2);
    }

    Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (int kraj : List.of(JIHOCESKY, PLZENSKY)) {
            for (String url : URLS) {
                for (Persona p : Persona.values()) {
                    all.add(Arguments.of(url.formatted(kraj), kraj, p));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "GET {0} as {2}")
    @MethodSource("matrix")
    void everyoneGetsThePageButOnlyTheirOwnInternals(String url, int kraj, Persona persona) throws Exception {
        MockHttpServletRequestBuilder request = get(url);
        TestUser visitor = visitors.get(persona);
        if (visitor != null) {
            request.with(visitor.signedIn());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(url + " as " + persona).isEqualTo(200);
        String content = content(url, response);
        boolean expected = SEES_DRAFT.get(kraj).charAt(persona.ordinal()) == 'Y';
        assertThat(content.contains(drafts.get(kraj)))
                .as("%s as %s shows the draft %s", url, persona, drafts.get(kraj))
                .isEqualTo(expected);
        // never the other kraj's draft
        int other = kraj == JIHOCESKY ? PLZENSKY : JIHOCESKY;
        assertThat(content).doesNotContain(drafts.get(other));
    }

    @Test
    void theCoordinatorOfPisekSeesPiseksInternalsOnly() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/kraj/" + JIHOCESKY)
                        .with(visitors.get(Persona.COORDINATOR_PISEK).signedIn()))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.selectFirst("#comparison tr[data-orp=" + PISEK + "]").text())
                .endsWith("interní");
        assertThat(page.selectFirst("#comparison tr[data-orp=" + DACICE + "]").text())
                .endsWith("zveřejněné")
                .contains("žádný zveřejněný plán");
        assertThat(page.selectFirst("#visibility").text()).contains("jen u ORP: Písek.");
    }

    @Test
    void nothingCanBePostedToTheRegionalPages() throws Exception {
        for (String url : URLS) {
            String path = url.formatted(JIHOCESKY);
            assertThat(mvc.perform(post(path)
                                    .with(csrf())
                                    .with(visitors.get(Persona.ADMIN).signedIn()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as("POST " + path)
                    .isEqualTo(405);
            // without the CSRF token the security filter refuses first
            assertThat(mvc.perform(post(path)).andReturn().getResponse().getStatus())
                    .as("POST " + path + " without a token")
                    .isEqualTo(403);
        }
    }

    private static String content(String url, MockHttpServletResponse response) throws Exception {
        if (url.endsWith(".xlsx")) {
            StringBuilder cells = new StringBuilder();
            try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
                book.forEach(sheet -> sheet.forEach(
                        row -> row.forEach(cell -> cells.append(cell).append('\n'))));
            }
            return cells.toString();
        }
        if (url.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(response.getContentAsByteArray())) {
                return new PDFTextStripper().getText(pdf).replaceAll("[\\s\u00A0\u202F]+", " ");
            }
        }
        return response.getContentAsString();
    }
}
