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
import java.time.Instant;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every URL of the plan document against every kind of visitor, own (Strakonice, Jihočeský kraj)
 * and foreign (Písek; Plzeňský kraj) territory. The public downloads serve only a public plan's
 * document: a draft's document is not found for anyone, signed in or not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanDocumentAuthorizationTest {

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

    /** O = 200, R = 302 to the plan's document page, L = 302 to login, D = 403, N = 404. */
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

    static final String PLANS = "/orp/" + STRAKONICE + "/planovani/plany/";
    static final String VIEW = "LOODODODD";
    static final String EDIT_DONE = "LRRDRDDDD";
    static final String VIEW_NOT_FOUND = "LNNDNDNDD";
    static final String EVERYONE = "OOOOOOOOO";
    static final String NOBODY = "NNNNNNNNN";

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
    PlanDocumentRunRepository runs;

    @Autowired
    PlanDocumentJobs jobs;

    @Autowired
    TransactionTemplate tx;

    StrategyMother mother;
    final Map<Persona, TestUser> visitors = new EnumMap<>(Persona.class);
    Sample draft;
    Sample inForce;
    long draftRun;
    long inForceRun;

    @BeforeAll
    void createVisitorsAndDocuments() {
        mother = new StrategyMother(users, territory, plans, nodes, tx);
        visitors.put(Persona.ADMIN, mother.admin());
        visitors.put(Persona.REGIONAL_OWN, mother.regionalCoordinator(JIHOCESKY));
        visitors.put(Persona.REGIONAL_FOREIGN, mother.regionalCoordinator(PLZENSKY));
        visitors.put(Persona.DISTRICT_OWN, mother.districtCoordinator(STRAKONICE));
        visitors.put(Persona.DISTRICT_FOREIGN, mother.districtCoordinator(PISEK));
        visitors.put(Persona.MEMBER_OWN, mother.groupMember(STRAKONICE));
        visitors.put(Persona.MEMBER_FOREIGN, mother.groupMember(PISEK));
        visitors.put(Persona.PROVIDER, mother.providerEditor(STRAKONICE));
        draft = mother.plan(STRAKONICE, StrategyMother.unique("Návrh dokument"), PlanState.DRAFT);
        inForce = mother.plan(STRAKONICE, StrategyMother.unique("Platný dokument"), PlanState.IN_FORCE);
        draftRun = generated(draft.planId());
        inForceRun = generated(inForce.planId());
    }

    /** A finished document, generated on this thread as the coordinator. */
    private long generated(long planId) {
        TestUser coordinator = visitors.get(Persona.DISTRICT_OWN);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(coordinator.email(), null, List.of()));
        try {
            PlanSummary plan =
                    tx.execute(t -> plans.findById(planId).orElseThrow().toSummary());
            long id = tx.execute(t ->
                    runs.save(new PlanDocumentRun(plan, "test", Instant.now())).id());
            jobs.run(id, STRAKONICE, planId);
            PlanDocumentView view =
                    tx.execute(t -> runs.findById(id).orElseThrow().toView(Instant.now()));
            assertThat(view.state()).isEqualTo("DONE");
            return id;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    Stream<Case> cases() {
        String doc = PLANS + draft.planId() + "/dokument";
        String run = doc + "/" + draftRun;
        String pub = "/orp/" + STRAKONICE + "/plan/dokument.";
        return Stream.of(
                new Case("GET …/plany/{id}/dokument", VIEW, () -> get(doc)),
                new Case("GET …/plany/{in force}/dokument", VIEW, () -> get(PLANS + inForce.planId() + "/dokument")),
                new Case("POST …/plany/{id}/dokument", EDIT_DONE, () -> post(PLANS + fresh() + "/dokument")),
                new Case("GET …/dokument/{run}/prubeh", VIEW, () -> get(run + "/prubeh")),
                new Case("GET …/dokument/{run}/pdf", VIEW, () -> get(run + "/pdf")),
                new Case("GET …/dokument/{run}/docx", VIEW, () -> get(run + "/docx")),
                new Case("GET …/dokument/{run}/xlsx", VIEW, () -> get(run + "/xlsx")),
                new Case(
                        "GET …/plany/{draft}/dokument/{run of another plan}/pdf",
                        VIEW_NOT_FOUND,
                        () -> get(doc + "/" + inForceRun + "/pdf")),
                new Case("GET …/plany/{unknown}/dokument", VIEW_NOT_FOUND, () -> get(PLANS + "999999/dokument")),
                new Case(
                        "GET /orp/{code}/plan/dokument.pdf?plan={in force}",
                        EVERYONE,
                        () -> get(pub + "pdf").param("plan", String.valueOf(inForce.planId()))),
                new Case(
                        "GET /orp/{code}/plan/dokument.docx?plan={in force}",
                        EVERYONE,
                        () -> get(pub + "docx").param("plan", String.valueOf(inForce.planId()))),
                new Case(
                        "GET /orp/{code}/plan/dokument.xlsx?plan={in force}",
                        EVERYONE,
                        () -> get(pub + "xlsx").param("plan", String.valueOf(inForce.planId()))),
                new Case(
                        "GET /orp/{code}/plan/dokument.pdf?plan={draft}",
                        NOBODY,
                        () -> get(pub + "pdf").param("plan", String.valueOf(draft.planId()))),
                new Case("GET /orp/{unknown}/plan/dokument.pdf", NOBODY, () -> get("/orp/9999/plan/dokument.pdf")),
                new Case(
                        "GET /orp/{code}/plan?plan={in force} (links)",
                        EVERYONE,
                        () -> get("/orp/" + STRAKONICE + "/plan").param("plan", String.valueOf(inForce.planId()))));
    }

    private long fresh() {
        return mother.plan(STRAKONICE, StrategyMother.unique("Plán dokument"), PlanState.DRAFT)
                .planId();
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
                assertThat(location).startsWith(PLANS).endsWith("/dokument");
            }
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        }
    }
}
