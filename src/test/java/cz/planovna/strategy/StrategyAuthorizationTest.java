package cz.planovna.strategy;

import static cz.planovna.strategy.StrategyMother.JIHOCESKY;
import static cz.planovna.strategy.StrategyMother.PISEK;
import static cz.planovna.strategy.StrategyMother.PLZENSKY;
import static cz.planovna.strategy.StrategyMother.STRAKONICE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_DONE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_PAGE;
import static cz.planovna.testing.AuthorizationMatrix.EVERYONE;
import static cz.planovna.testing.AuthorizationMatrix.NOBODY;
import static cz.planovna.testing.AuthorizationMatrix.VIEW;
import static cz.planovna.testing.AuthorizationMatrix.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.StrategyMother.Sample;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.AuthorizationMatrix;
import cz.planovna.testing.AuthorizationMatrix.Case;
import cz.planovna.testing.AuthorizationMatrix.Persona;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every URL of the strategy module (GET and POST) against every kind of visitor, with the exact
 * outcome. "Own" is Strakonice (ORP 3111) and its Jihočeský kraj; the foreign ORP is Písek (same
 * kraj) and the foreign kraj the Plzeňský. A request that changes something gets data of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrategyAuthorizationTest {

    static final String BASE = "/orp/" + STRAKONICE + "/planovani";
    static final String PLANS = BASE + "/plany/";

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
    AmendmentRepository amendments;

    @Autowired
    TransactionTemplate tx;

    StrategyMother mother;
    AuthorizationMatrix authorization;
    Sample draft;
    Sample inForce;

    @BeforeAll
    void createVisitorsAndData() {
        mother = new StrategyMother(users, territory, plans, nodes, tx);
        authorization = new AuthorizationMatrix(mvc)
                .visitors(mother, STRAKONICE, PISEK, JIHOCESKY, PLZENSKY)
                // R = 302 done (to the planning pages), without a failure message
                .outcome('R', done(location -> assertThat(location).startsWith(BASE)));
        draft = mother.plan(STRAKONICE, StrategyMother.unique("Návrh matice"), PlanState.DRAFT);
        inForce = mother.plan(STRAKONICE, StrategyMother.unique("Platný matice"), PlanState.IN_FORCE);
    }

    Stream<Case> cases() {
        String plan = PLANS + draft.planId();
        String nodesUrl = plan + "/polozky/";
        return Stream.of(
                new Case("GET …/plany", VIEW, () -> get(BASE + "/plany")),
                new Case("GET …/plany/novy", EDIT_PAGE, () -> get(PLANS + "novy")),
                new Case(
                        "POST …/plany/novy",
                        EDIT_DONE,
                        () -> post(PLANS + "novy")
                                .param("title", StrategyMother.unique("Plán"))
                                .param("yearFrom", "2023")
                                .param("yearTo", "2025")
                                .param("version", "0")),
                new Case("GET …/plany/{id}", VIEW, () -> get(plan)),
                new Case("GET …/plany/{id} (in force)", VIEW, () -> get(PLANS + inForce.planId())),
                new Case("GET …/plany/{id}/upravit", EDIT_PAGE, () -> get(plan + "/upravit")),
                new Case("POST …/plany/{id}/upravit", EDIT_DONE, () -> {
                    Sample s = fresh(PlanState.DRAFT);
                    return post(PLANS + s.planId() + "/upravit")
                            .param("title", StrategyMother.unique("Přejmenovaný"))
                            .param("yearFrom", "2020")
                            .param("yearTo", "2022")
                            .param("vision", "Nová vize")
                            .param("version", String.valueOf(mother.planVersion(s.planId())));
                }),
                new Case("POST …/plany/{id}/stav", EDIT_DONE, () -> {
                    Sample s = fresh(PlanState.DRAFT);
                    return post(PLANS + s.planId() + "/stav")
                            .param("target", "PUBLIC_COMMENTING")
                            .param("version", String.valueOf(mother.planVersion(s.planId())));
                }),
                new Case("POST …/plany/{id}/aktualizace", EDIT_DONE, () -> {
                    Sample s = fresh(PlanState.APPROVED);
                    return post(PLANS + s.planId() + "/aktualizace")
                            .param("summary", "Navýšení nákladů")
                            .param("reason", "Dražší rekonstrukce")
                            .param("version", String.valueOf(mother.planVersion(s.planId())));
                }),
                new Case("POST …/plany/{id}/aktualizace/schvalit", EDIT_DONE, () -> {
                    Sample s = fresh(PlanState.IN_FORCE);
                    tx.executeWithoutResult(t ->
                            amendments.save(new PlanAmendment(s.planId(), 1, "Změna", "Důvod", "test", Instant.now())));
                    return post(PLANS + s.planId() + "/aktualizace/schvalit")
                            .param("approvedBy", "Zastupitelstvo")
                            .param("approvedOn", "2021-03-18")
                            .param("resolution", "ZM/41/2021")
                            .param("version", String.valueOf(mother.planVersion(s.planId())));
                }),
                new Case("GET …/polozky/nova", EDIT_PAGE, () -> get(nodesUrl + "nova")),
                new Case(
                        "GET …/polozky/nova?nadrazena={goal}",
                        EDIT_PAGE,
                        () -> get(nodesUrl + "nova").param("nadrazena", String.valueOf(draft.goalId()))),
                new Case(
                        "POST …/polozky/nova",
                        EDIT_DONE,
                        () -> post(nodesUrl + "nova")
                                .param("nadrazena", String.valueOf(draft.measureId()))
                                .param("title", StrategyMother.unique("Aktivita"))
                                .param("version", "0")),
                new Case("GET …/polozky/{id}", EDIT_PAGE, () -> get(nodesUrl + draft.measureId())),
                new Case("POST …/polozky/{id}", EDIT_DONE, () -> {
                    long id = mother.activity(draft.planId(), draft.measureId());
                    return post(nodesUrl + id)
                            .param("title", StrategyMother.unique("Upravená"))
                            .param("version", "0");
                }),
                new Case("POST …/polozky/{id}/posunout", EDIT_DONE, () -> {
                    long id = mother.activity(draft.planId(), draft.measureId());
                    return post(nodesUrl + id + "/posunout")
                            .param("smer", "nahoru")
                            .param("version", "0");
                }),
                new Case("POST …/polozky/{id}/smazat", EDIT_DONE, () -> {
                    long id = mother.activity(draft.planId(), draft.measureId());
                    return post(nodesUrl + id + "/smazat").param("version", String.valueOf(mother.nodeVersion(id)));
                }),
                new Case("GET …/polozky/{id}/naklady", EDIT_PAGE, () -> get(nodesUrl + draft.measureId() + "/naklady")),
                new Case(
                        "POST …/polozky/{id}/naklady",
                        EDIT_DONE,
                        () -> post(nodesUrl + draft.measureId() + "/naklady")
                                .param("c-2020-MUNICIPALITY", "1 000")
                                .param("version", String.valueOf(mother.nodeVersion(draft.measureId())))),
                new Case(
                        "POST …/polozky/{id}/indikatory",
                        EDIT_DONE,
                        () -> post(nodesUrl + draft.measureId() + "/indikatory")
                                .param("name", "Klienti")
                                .param("unit", "osob")
                                .param("t-2022", "5")
                                .param("version", String.valueOf(mother.nodeVersion(draft.measureId())))),
                new Case("POST …/indikatory/{id}/smazat", EDIT_DONE, () -> {
                    Sample s = fresh(PlanState.DRAFT);
                    long indicator = tx.execute(t -> nodes.findById(s.measureId())
                            .orElseThrow()
                            .toData()
                            .indicators()
                            .get(0)
                            .id());
                    return post(PLANS + s.planId() + "/polozky/" + s.measureId() + "/indikatory/" + indicator
                                    + "/smazat")
                            .param("version", String.valueOf(mother.nodeVersion(s.measureId())));
                }),
                // the public page: adopted plans and drafts put out for comments, never internal drafts
                new Case("GET /orp/{code}/plan", EVERYONE, () -> get("/orp/" + STRAKONICE + "/plan")),
                new Case(
                        "GET /orp/{code}/plan?plan={in force}",
                        EVERYONE,
                        () -> get("/orp/" + STRAKONICE + "/plan").param("plan", String.valueOf(inForce.planId()))),
                new Case(
                        "GET /orp/{code}/plan?plan={draft}",
                        NOBODY,
                        () -> get("/orp/" + STRAKONICE + "/plan").param("plan", String.valueOf(draft.planId()))),
                new Case("GET /orp/{unknown}/plan", NOBODY, () -> get("/orp/9999/plan")));
    }

    private Sample fresh(PlanState state) {
        return mother.plan(STRAKONICE, StrategyMother.unique("Plán " + state), state);
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
