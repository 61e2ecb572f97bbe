package cz.planovna.analysis;

import static cz.planovna.analysis.AnalysisMother.JIHOCESKY;
import static cz.planovna.analysis.AnalysisMother.PISEK;
import static cz.planovna.analysis.AnalysisMother.PLZENSKY;
import static cz.planovna.analysis.AnalysisMother.PRACHATICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every URL of the analysis module against every kind of visitor, own and foreign territory. "Own"
 * is ORP Prachatice (3109) in the Jihočeský kraj; the foreign ORP is Písek (same kraj) and the
 * foreign kraj the Plzeňský. Demographics are public statistics; uploading is for whoever edits
 * the ORP's planning (system admin, the kraj's coordinator, the ORP's coordinator).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemographicsAuthorizationTest {

    enum Persona {
        ANONYMOUS,
        ADMIN,
        REGIONAL_OWN,
        REGIONAL_FOREIGN,
        DISTRICT_OWN,
        DISTRICT_FOREIGN,
        MEMBER_OWN,
        MEMBER_FOREIGN,
        PROVIDER
    }

    /** O = 200, L = 302 to the login page, D = 403, N = 404, X = 403 for CSRF-less POST. */
    record Case(String name, String expected, Request request) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Request {
        AbstractMockHttpServletRequestBuilder<?> build();
    }

    static final String BASE = "/orp/" + PRACHATICE + "/analyzy/demografie";

    static final String EVERYONE = "OOOOOOOOO";
    static final String EDIT = "LOODODDDD";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    final Map<Persona, AnalysisMother.TestUser> visitors = new EnumMap<>(Persona.class);
    int obec;

    @BeforeAll
    void createVisitors() {
        AnalysisMother mother = new AnalysisMother(users, territory);
        visitors.put(Persona.ADMIN, mother.admin());
        visitors.put(Persona.REGIONAL_OWN, mother.regionalCoordinator(JIHOCESKY));
        visitors.put(Persona.REGIONAL_FOREIGN, mother.regionalCoordinator(PLZENSKY));
        visitors.put(Persona.DISTRICT_OWN, mother.districtCoordinator(PRACHATICE));
        visitors.put(Persona.DISTRICT_FOREIGN, mother.districtCoordinator(PISEK));
        visitors.put(Persona.MEMBER_OWN, mother.groupMember(PRACHATICE));
        visitors.put(Persona.MEMBER_FOREIGN, mother.groupMember(PISEK));
        visitors.put(Persona.PROVIDER, mother.providerEditor(PRACHATICE));
        obec = territory
                .district(PRACHATICE)
                .orElseThrow()
                .municipalities()
                .get(0)
                .code();
    }

    Stream<Case> cases() {
        return Stream.of(
                new Case("GET …/demografie", EVERYONE, () -> get(BASE)),
                new Case(
                        "GET …/demografie?rok&razeni&strana",
                        EVERYONE,
                        () -> get(BASE)
                                .param("rok", "2015")
                                .param("razeni", "index")
                                .param("strana", "2")),
                new Case("GET …/demografie.xlsx", EVERYONE, () -> get(BASE + ".xlsx")),
                new Case("GET …/demografie (unknown ORP)", "NNNNNNNNN", () -> get("/orp/9999/analyzy/demografie")),
                new Case("GET …/demografie/import", EDIT, () -> get(BASE + "/import")),
                new Case(
                        "POST …/demografie/import",
                        EDIT,
                        () -> multipart(BASE + "/import")
                                .file(new MockMultipartFile(
                                        "file",
                                        "prachatice.csv",
                                        "text/csv",
                                        new AnalysisMother.Csv()
                                                .row(obec, "2015-12-31", 1, "0 až 4 (let)", 12)
                                                .bytes()))),
                new Case("POST …/demografie (no such action)", "LDDDDDDDD", () -> post(BASE)));
    }

    Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        cases().forEach(c -> {
            Persona[] personas = Persona.values();
            for (int i = 0; i < personas.length; i++) {
                all.add(Arguments.of(c, personas[i], c.expected().charAt(i)));
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = c.request().build();
        request.with(csrf());
        AnalysisMother.TestUser visitor = visitors.get(persona);
        if (visitor != null) {
            request.with(visitor.signedIn());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        switch (expected) {
            case 'O' -> assertThat(response.getStatus()).isEqualTo(200);
            case 'D' -> assertThat(response.getStatus()).isIn(403, 405);
            case 'N' -> assertThat(response.getStatus()).isEqualTo(404);
            case 'L' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).isEqualTo("/login");
            }
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        }
    }
}
