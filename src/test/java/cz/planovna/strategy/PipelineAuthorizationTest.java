package cz.planovna.strategy;

import static cz.planovna.strategy.StrategyMother.JIHOCESKY;
import static cz.planovna.strategy.StrategyMother.PISEK;
import static cz.planovna.strategy.StrategyMother.PLZENSKY;
import static cz.planovna.strategy.StrategyMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.StrategyMother.Sample;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every URL of the project pipeline (GET and POST) against every kind of visitor, with the exact
 * outcome. "Own" is Strakonice (ORP 3111) and its Jihočeský kraj; the foreign ORP is Písek (same
 * kraj) and the foreign kraj the Plzeňský. A request that changes something gets a project of its
 * own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineAuthorizationTest {

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

    /** O = 200, R = 302 done (to the pipeline pages), L = 302 to login, D = 403, N = 404. */
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

    static final String BASE = "/orp/" + STRAKONICE + "/planovani/zasobnik-projektu";
    static final String VIEW = "LOODODODD";
    static final String EDIT_PAGE = "LOODODDDD";
    static final String EDIT_DONE = "LRRDRDDDD";
    static final String EVERYONE = "OOOOOOOOO";
    static final String NOBODY = "NNNNNNNNN";
    /** An unknown ORP: the login page for the public, 404 for everyone signed in. */
    static final String SIGNED_IN_NOT_FOUND = "LNNNNNNNN";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    PlanRepository plans;

    @Autowired
    NodeRepository nodes;

    @Autowired
    ProjectRepository projects;

    @Autowired
    TransactionTemplate tx;

    StrategyMother mother;
    PipelineMother pipeline;
    final Map<Persona, TestUser> visitors = new EnumMap<>(Persona.class);
    Sample plan;
    long project;
    long foreignProject;

    @BeforeAll
    void createVisitorsAndData() {
        mother = new StrategyMother(users, territory, plans, nodes, tx);
        pipeline = new PipelineMother(projects, tx);
        visitors.put(Persona.ADMIN, mother.admin());
        visitors.put(Persona.REGIONAL_OWN, mother.regionalCoordinator(JIHOCESKY));
        visitors.put(Persona.REGIONAL_FOREIGN, mother.regionalCoordinator(PLZENSKY));
        visitors.put(Persona.DISTRICT_OWN, mother.districtCoordinator(STRAKONICE));
        visitors.put(Persona.DISTRICT_FOREIGN, mother.districtCoordinator(PISEK));
        visitors.put(Persona.MEMBER_OWN, mother.groupMember(STRAKONICE));
        visitors.put(Persona.MEMBER_FOREIGN, mother.groupMember(PISEK));
        visitors.put(Persona.PROVIDER, mother.providerEditor(STRAKONICE));
        plan = mother.plan(STRAKONICE, StrategyMother.unique("Plán matice zásobníku"), PlanState.DRAFT);
        project = pipeline.project(STRAKONICE, plan.measureId(), ProjectState.PREPARED);
        foreignProject = pipeline.project(PISEK, (Long) null);
    }

    Stream<Case> cases() {
        String detail = BASE + "/" + project;
        return Stream.of(
                new Case("GET …/zasobnik-projektu", VIEW, () -> get(BASE)),
                new Case(
                        "GET …/zasobnik-projektu?filters",
                        VIEW,
                        () -> get(BASE).param("stav", "PREPARED").param("razeni", "naklady")),
                new Case("GET …/zasobnik-projektu/export.xlsx", VIEW, () -> get(BASE + "/export.xlsx")),
                new Case("GET …/zasobnik-projektu/novy", EDIT_PAGE, () -> get(BASE + "/novy")),
                new Case(
                        "POST …/zasobnik-projektu/novy",
                        EDIT_DONE,
                        () -> post(BASE + "/novy")
                                .param("title", StrategyMother.unique("Záměr"))
                                .param("organisation", "Obec")
                                .param("estimatedCost", "100 000")
                                .param("readiness", "INTENT")
                                .param("measureId", String.valueOf(plan.measureId()))
                                .param("version", "0")),
                new Case("GET …/zasobnik-projektu/{id}", VIEW, () -> get(detail)),
                new Case("GET …/zasobnik-projektu/{id}/upravit", EDIT_PAGE, () -> get(detail + "/upravit")),
                new Case("POST …/zasobnik-projektu/{id}/upravit", EDIT_DONE, () -> {
                    long id = pipeline.project(STRAKONICE, plan.measureId());
                    return post(BASE + "/" + id + "/upravit")
                            .param("title", StrategyMother.unique("Upravený"))
                            .param("organisation", "Obec")
                            .param("estimatedCost", "200 000")
                            .param("readiness", "READY")
                            .param("version", String.valueOf(pipeline.version(id)));
                }),
                new Case("POST …/zasobnik-projektu/{id}/stav", EDIT_DONE, () -> {
                    long id = pipeline.project(STRAKONICE, plan.measureId());
                    return post(BASE + "/" + id + "/stav")
                            .param("target", "PREPARED")
                            .param("version", String.valueOf(pipeline.version(id)));
                }),
                new Case("POST …/zasobnik-projektu/{id}/smazat", EDIT_DONE, () -> {
                    long id = pipeline.project(STRAKONICE, plan.measureId());
                    return post(BASE + "/" + id + "/smazat").param("version", String.valueOf(pipeline.version(id)));
                }),
                // a project of another ORP is never found under this ORP's address
                new Case("GET …/zasobnik-projektu/{foreign id}", "LNNDNDNDD", () -> get(BASE + "/" + foreignProject)),
                new Case(
                        "GET /orp/{unknown}/planovani/zasobnik-projektu",
                        SIGNED_IN_NOT_FOUND,
                        () -> get("/orp/9999/planovani/zasobnik-projektu")),
                // the public list: prepared, submitted and funded projects for everyone
                new Case(
                        "GET /orp/{code}/zasobnik-projektu",
                        EVERYONE,
                        () -> get("/orp/" + STRAKONICE + "/zasobnik-projektu")),
                new Case("GET /orp/{unknown}/zasobnik-projektu", NOBODY, () -> get("/orp/9999/zasobnik-projektu")));
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
