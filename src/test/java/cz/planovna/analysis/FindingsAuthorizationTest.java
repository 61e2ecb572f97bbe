package cz.planovna.analysis;

import static cz.planovna.analysis.FindingsMother.JIHOCESKY;
import static cz.planovna.analysis.FindingsMother.PISEK;
import static cz.planovna.analysis.FindingsMother.PLZENSKY;
import static cz.planovna.analysis.FindingsMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.analysis.FindingsMother.TestUser;
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
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every URL of the interviews, findings and SWOT pages (GET and POST) against every kind of
 * visitor, with the exact outcome. "Own" is Strakonice (ORP 3111) and its Jihočeský kraj; the
 * foreign ORP is Písek (same kraj) and the foreign kraj the Plzeňský. Requests that change or
 * delete something get data of their own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsAuthorizationTest {

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

    /** O = 200, R = 302 done (to the ORP's planning pages), L = 302 to login, D = 403, N = 404. */
    record Case(String name, String expected, Request request) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Request {
        AbstractMockHttpServletRequestBuilder<?> build() throws Exception;
    }

    static final String BASE = "/orp/" + STRAKONICE + "/planovani";
    static final String F = BASE + "/zjisteni";
    static final String S = BASE + "/swot";
    static final String VIEW = "LOODODODD";
    static final String EDIT_PAGE = "LOODODDDD";
    static final String EDIT_DONE = "LRRDRDDDD";
    /** Voting is for the whole team of the ORP, group members too. */
    static final String VOTE_DONE = "LRRDRDRDD";

    static final String UNKNOWN = "LNNNNNNNN";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    FindingsService findings;

    @Autowired
    SwotService swots;

    FindingsMother mother;
    final Map<Persona, TestUser> visitors = new EnumMap<>(Persona.class);
    TestUser owner;
    long interview;
    long finding;
    long swot;
    long item;

    @BeforeAll
    void createVisitorsAndData() {
        mother = new FindingsMother(users, territory, findings, swots);
        visitors.put(Persona.ADMIN, mother.admin());
        visitors.put(Persona.REGIONAL_OWN, mother.regionalCoordinator(JIHOCESKY));
        visitors.put(Persona.REGIONAL_FOREIGN, mother.regionalCoordinator(PLZENSKY));
        visitors.put(Persona.DISTRICT_OWN, mother.districtCoordinator(STRAKONICE));
        visitors.put(Persona.DISTRICT_FOREIGN, mother.districtCoordinator(PISEK));
        visitors.put(Persona.MEMBER_OWN, mother.groupMember(STRAKONICE));
        visitors.put(Persona.MEMBER_FOREIGN, mother.groupMember(PISEK));
        visitors.put(Persona.PROVIDER, mother.providerEditor(STRAKONICE));
        owner = mother.districtCoordinator(STRAKONICE);
        interview = mother.interview(owner, STRAKONICE, FindingsMother.unique("Matice rozhovor"));
        finding = mother.finding(owner, STRAKONICE, FindingsMother.unique("Matice zjištění"));
        swot = mother.swot(owner, STRAKONICE, FindingsMother.unique("Matice SWOT"));
        item = mother.item(owner, STRAKONICE, swot, Quadrant.STRENGTH, "Matice položka");
    }

    Stream<Case> cases() {
        return Stream.of(
                new Case("GET …/zjisteni", VIEW, () -> get(F)),
                new Case(
                        "GET …/zjisteni?filters",
                        VIEW,
                        () -> get(F).param("dulezitost", "HIGH").param("razeni", "stav")),
                new Case("GET …/zjisteni/nove", EDIT_PAGE, () -> get(F + "/nove")),
                new Case(
                        "POST …/zjisteni/nove",
                        EDIT_DONE,
                        () -> post(F + "/nove")
                                .param("statement", FindingsMother.unique("Nové"))
                                .param("sourceKind", "OTHER")
                                .param("sourceNote", "matice")
                                .param("importance", "LOW")
                                .param("status", "NEW")
                                .param("version", "0")),
                new Case("GET …/zjisteni/{id}", VIEW, () -> get(F + "/" + finding)),
                new Case("GET …/zjisteni/{id}/upravit", EDIT_PAGE, () -> get(F + "/" + finding + "/upravit")),
                new Case("POST …/zjisteni/{id}/upravit", EDIT_DONE, () -> {
                    long id = mother.finding(owner, STRAKONICE, FindingsMother.unique("K úpravě"));
                    return post(F + "/" + id + "/upravit")
                            .param("statement", "Upraveno")
                            .param("sourceKind", "SURVEY")
                            .param("importance", "HIGH")
                            .param("status", "CONFIRMED")
                            .param("version", "0");
                }),
                new Case("POST …/zjisteni/{id}/smazat", EDIT_DONE, () -> {
                    long id = mother.finding(owner, STRAKONICE, FindingsMother.unique("Ke smazání"));
                    return post(F + "/" + id + "/smazat").param("version", "0");
                }),
                new Case(
                        "GET …/zjisteni/rozhovory",
                        VIEW,
                        () -> get(F + "/rozhovory").param("druh", "FOCUS_GROUP")),
                new Case("GET …/zjisteni/rozhovory/novy", EDIT_PAGE, () -> get(F + "/rozhovory/novy")),
                new Case(
                        "POST …/zjisteni/rozhovory/novy",
                        EDIT_DONE,
                        () -> post(F + "/rozhovory/novy")
                                .param("kind", "INTERVIEW")
                                .param("heldOn", "1. 2. 2026")
                                .param("topic", FindingsMother.unique("Rozhovor"))
                                .param("participants", "ředitelka")
                                .param("participantCount", "1")
                                .param("summary", "Shrnutí")
                                .param("version", "0")),
                new Case("GET …/zjisteni/rozhovory/{id}", VIEW, () -> get(F + "/rozhovory/" + interview)),
                new Case(
                        "GET …/zjisteni/rozhovory/{id}/upravit",
                        EDIT_PAGE,
                        () -> get(F + "/rozhovory/" + interview + "/upravit")),
                new Case("POST …/zjisteni/rozhovory/{id}/upravit", EDIT_DONE, () -> {
                    long id = mother.interview(owner, STRAKONICE, FindingsMother.unique("K úpravě"));
                    return post(F + "/rozhovory/" + id + "/upravit")
                            .param("kind", "WORKSHOP")
                            .param("heldOn", "2026-02-01")
                            .param("topic", "Upraveno")
                            .param("participants", "ředitelka")
                            .param("participantCount", "3")
                            .param("summary", "Shrnutí")
                            .param("version", "0");
                }),
                new Case("POST …/zjisteni/rozhovory/{id}/smazat", EDIT_DONE, () -> {
                    long id = mother.interview(owner, STRAKONICE, FindingsMother.unique("Ke smazání"));
                    return post(F + "/rozhovory/" + id + "/smazat").param("version", "0");
                }),
                new Case("GET …/swot", VIEW, () -> get(S)),
                new Case("GET …/swot/nova", EDIT_PAGE, () -> get(S + "/nova")),
                new Case(
                        "POST …/swot/nova",
                        EDIT_DONE,
                        () -> post(S + "/nova")
                                .param("name", FindingsMother.unique("SWOT"))
                                .param("version", "0")),
                new Case("GET …/swot/{id}", VIEW, () -> get(S + "/" + swot)),
                new Case("GET …/swot/{id}.xlsx", VIEW, () -> get(S + "/" + swot + ".xlsx")),
                new Case("GET …/swot/{id}/upravit", EDIT_PAGE, () -> get(S + "/" + swot + "/upravit")),
                new Case("POST …/swot/{id}/upravit", EDIT_DONE, () -> {
                    long id = mother.swot(owner, STRAKONICE, FindingsMother.unique("K úpravě"));
                    return post(S + "/" + id + "/upravit")
                            .param("name", "Upraveno")
                            .param("version", "0");
                }),
                new Case("POST …/swot/{id}/smazat", EDIT_DONE, () -> {
                    long id = mother.swot(owner, STRAKONICE, FindingsMother.unique("Ke smazání"));
                    mother.item(owner, STRAKONICE, id, Quadrant.THREAT, "hrozba");
                    return post(S + "/" + id + "/smazat")
                            .param(
                                    "version",
                                    String.valueOf(mother.swotView(owner, STRAKONICE, id)
                                            .version()));
                }),
                new Case(
                        "POST …/swot/{id}/polozky",
                        EDIT_DONE,
                        () -> post(S + "/" + swot + "/polozky")
                                .param("quadrant", "OPPORTUNITY")
                                .param("text", FindingsMother.unique("Příležitost"))
                                .param("version", "0")),
                new Case("GET …/swot/{id}/polozky/{item}", EDIT_PAGE, () -> get(S + "/" + swot + "/polozky/" + item)),
                new Case("POST …/swot/{id}/polozky/{item}", EDIT_DONE, () -> {
                    long id = mother.item(owner, STRAKONICE, swot, Quadrant.WEAKNESS, "K úpravě");
                    return post(S + "/" + swot + "/polozky/" + id)
                            .param("quadrant", "THREAT")
                            .param("text", "Upraveno")
                            .param("version", "0");
                }),
                new Case("POST …/swot/{id}/polozky/{item}/smazat", EDIT_DONE, () -> {
                    long id = mother.item(owner, STRAKONICE, swot, Quadrant.WEAKNESS, "Ke smazání");
                    return post(S + "/" + swot + "/polozky/" + id + "/smazat").param("version", "0");
                }),
                new Case(
                        "POST …/swot/{id}/hlasovani",
                        VOTE_DONE,
                        () -> post(S + "/" + swot + "/hlasovani").param("s-" + item, "4")),
                // an unknown ORP is 404 for everyone signed in
                new Case("GET /orp/{unknown}/planovani/zjisteni", UNKNOWN, () -> get("/orp/9999/planovani/zjisteni")),
                new Case("GET /orp/{unknown}/planovani/swot", UNKNOWN, () -> get("/orp/9999/planovani/swot")));
    }

    Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        cases().forEach(c -> {
            for (Persona p : Persona.values()) {
                all.add(Arguments.of(c, p, c.expected().charAt(p.ordinal())));
            }
        });
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = c.request().build();
        if (request.buildRequest(new MockServletContext()).getMethod().equals("POST")) {
            request.with(csrf());
        }
        TestUser visitor = visitors.get(persona);
        if (visitor != null) {
            request.with(visitor.signedIn());
        }

        var result = mvc.perform(request).andReturn();
        MockHttpServletResponse response = result.getResponse();

        String location = response.getRedirectedUrl();
        switch (expected) {
            case 'O' -> assertThat(response.getStatus()).isEqualTo(200);
            case 'D' -> assertThat(response.getStatus()).isEqualTo(403);
            case 'N' -> assertThat(response.getStatus()).isEqualTo(404);
            case 'L' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(location).isEqualTo("/login");
            }
            case 'R' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(location).startsWith(BASE);
                assertThat(result.getFlashMap().get("failure"))
                        .as("refused: " + result.getFlashMap())
                        .isNull();
            }
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        }
    }
}
