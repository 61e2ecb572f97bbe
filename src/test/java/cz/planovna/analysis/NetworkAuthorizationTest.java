package cz.planovna.analysis;

import static cz.planovna.analysis.AnalysisMother.JIHOCESKY;
import static cz.planovna.analysis.AnalysisMother.PISEK;
import static cz.planovna.analysis.AnalysisMother.PLZENSKY;
import static cz.planovna.analysis.AnalysisMother.PRACHATICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every URL of the service network analysis and the needs gap against every kind of visitor, own
 * and foreign territory ("own" is ORP Prachatice in the Jihočeský kraj, foreign Písek and the
 * Plzeňský kraj). Both are computed from the public catalogue and public statistics: every GET is
 * public, an unknown ORP is 404 and a bad parameter 400 for everyone; nothing accepts a POST.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkAuthorizationTest {

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

    /** O = 200, L = 302 to the login page, D = 403 (or 405), N = 404, B = 400. */
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

    static final String NETWORK = "/orp/" + PRACHATICE + "/analyzy/sit-sluzeb";
    static final String GAP = "/orp/" + PRACHATICE + "/analyzy/mezery";

    static final String EVERYONE = "OOOOOOOOO";
    static final String NOBODY_FOUND = "NNNNNNNNN";
    static final String BAD = "BBBBBBBBB";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    final Map<Persona, AnalysisMother.TestUser> visitors = new EnumMap<>(Persona.class);

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
    }

    Stream<Case> cases() {
        return Stream.of(
                new Case("GET …/sit-sluzeb", EVERYONE, () -> get(NETWORK)),
                new Case(
                        "GET …/sit-sluzeb?druh&skupina&razeni&strana",
                        EVERYONE,
                        () -> get(NETWORK)
                                .param("druh", "49")
                                .param("skupina", "senioři")
                                .param("razeni", "kapacita")
                                .param("strana", "2")),
                new Case(
                        "GET …/sit-sluzeb.xlsx",
                        EVERYONE,
                        () -> get(NETWORK + ".xlsx").param("druh", "40")),
                new Case("GET …/mezery", EVERYONE, () -> get(GAP)),
                new Case("GET …/mezery?druh=40", EVERYONE, () -> get(GAP).param("druh", "40")),
                new Case(
                        "GET …/mezery.xlsx?druh=40",
                        EVERYONE,
                        () -> get(GAP + ".xlsx").param("druh", "40")),
                new Case("GET …/mezery.xlsx (unknown ORP)", NOBODY_FOUND, () -> get("/orp/9999/analyzy/mezery.xlsx")),
                new Case(
                        "GET …/mezery.xlsx?druh=unknown",
                        BAD,
                        () -> get(GAP + ".xlsx").param("druh", "99")),
                new Case("GET …/sit-sluzeb (unknown ORP)", NOBODY_FOUND, () -> get("/orp/9999/analyzy/sit-sluzeb")),
                new Case(
                        "GET …/sit-sluzeb.xlsx (unknown ORP)",
                        NOBODY_FOUND,
                        () -> get("/orp/9999/analyzy/sit-sluzeb.xlsx")),
                new Case("GET …/mezery (unknown ORP)", NOBODY_FOUND, () -> get("/orp/9999/analyzy/mezery")),
                new Case("GET …/sit-sluzeb?druh=bad", BAD, () -> get(NETWORK).param("druh", "bad")),
                new Case("GET …/sit-sluzeb?razeni=bad", BAD, () -> get(NETWORK).param("razeni", "bad")),
                new Case(
                        "GET …/sit-sluzeb.xlsx?druh=bad",
                        BAD,
                        () -> get(NETWORK + ".xlsx").param("druh", "1")),
                new Case("GET …/mezery?druh=unknown", BAD, () -> get(GAP).param("druh", "99")),
                new Case("POST …/sit-sluzeb (no such action)", "LDDDDDDDD", () -> post(NETWORK)),
                new Case("POST …/mezery (no such action)", "LDDDDDDDD", () -> post(GAP)));
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
            case 'B' -> assertThat(response.getStatus()).isEqualTo(400);
            case 'L' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).isEqualTo("/login");
            }
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        }
    }
}
