package cz.planovna.strategy;

import static cz.planovna.strategy.StrategyMother.JIHOCESKY;
import static cz.planovna.strategy.StrategyMother.PISEK;
import static cz.planovna.strategy.StrategyMother.PLZENSKY;
import static cz.planovna.strategy.StrategyMother.STRAKONICE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_DONE;
import static cz.planovna.testing.AuthorizationMatrix.EVERYONE;
import static cz.planovna.testing.AuthorizationMatrix.NOBODY;
import static cz.planovna.testing.AuthorizationMatrix.VIEW;
import static cz.planovna.testing.AuthorizationMatrix.VIEW_NOT_FOUND;
import static cz.planovna.testing.AuthorizationMatrix.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.StrategyMother.Sample;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.AuthorizationMatrix;
import cz.planovna.testing.AuthorizationMatrix.Case;
import cz.planovna.testing.AuthorizationMatrix.Persona;
import cz.planovna.testing.TestUser;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
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

    static final String PLANS = "/orp/" + STRAKONICE + "/planovani/plany/";

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
    AuthorizationMatrix authorization;
    Sample draft;
    Sample inForce;
    long draftRun;
    long inForceRun;

    @BeforeAll
    void createVisitorsAndDocuments() {
        mother = new StrategyMother(users, territory, plans, nodes, tx);
        authorization = new AuthorizationMatrix(mvc)
                .visitors(mother, STRAKONICE, PISEK, JIHOCESKY, PLZENSKY)
                // R = 302 done, back to the document page
                .outcome(
                        'R',
                        redirect(location ->
                                assertThat(location).startsWith(PLANS).endsWith("/dokument")));
        draft = mother.plan(STRAKONICE, StrategyMother.unique("Návrh dokument"), PlanState.DRAFT);
        inForce = mother.plan(STRAKONICE, StrategyMother.unique("Platný dokument"), PlanState.IN_FORCE);
        draftRun = generated(draft.planId());
        inForceRun = generated(inForce.planId());
    }

    /** A finished document, generated on this thread as the coordinator. */
    private long generated(long planId) {
        TestUser coordinator = authorization.visitor(Persona.DISTRICT_OWN);
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
        return AuthorizationMatrix.arguments(cases());
    }

    @ParameterizedTest(name = AuthorizationMatrix.NAME)
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        authorization.check(c, persona, expected);
    }
}
