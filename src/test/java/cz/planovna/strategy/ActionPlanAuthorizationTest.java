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
 * Every URL of the action plans (GET and POST) against every kind of visitor, with the exact
 * outcome, in the style of {@link StrategyAuthorizationTest}: own ORP Strakonice (3111) and its
 * Jihočeský kraj, foreign ORP Písek, foreign kraj Plzeňský. A request that changes something gets
 * data of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPlanAuthorizationTest {

    static final String BASE = "/orp/" + STRAKONICE + "/planovani";
    static final String PLANS = BASE + "/plany/";
    static final String PUBLIC = "/orp/" + STRAKONICE + "/plan/akcni-plany/";

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
    ActionPlanRepository actionPlans;

    @Autowired
    ActionItemRepository items;

    @Autowired
    StrategyService strategy;

    @Autowired
    TransactionTemplate tx;

    StrategyMother mother;
    ActionPlanMother actions;
    AuthorizationMatrix authorization;
    Sample draftPlan;
    long draft;
    Sample inForce;
    long approved;

    @BeforeAll
    void createVisitorsAndData() {
        mother = new StrategyMother(users, territory, plans, nodes, tx);
        actions = new ActionPlanMother(actionPlans, items, strategy, tx);
        authorization = new AuthorizationMatrix(mvc)
                .visitors(mother, STRAKONICE, PISEK, JIHOCESKY, PLZENSKY)
                // R = 302 done (to the planning pages), without a failure message
                .outcome('R', done(location -> assertThat(location).startsWith(BASE)));
        draftPlan = mother.plan(STRAKONICE, StrategyMother.unique("AP matice"), PlanState.DRAFT);
        draft = actions.generated(draftPlan.planId(), 2020);
        inForce = mother.plan(STRAKONICE, StrategyMother.unique("AP matice platný"), PlanState.IN_FORCE);
        approved = actions.approved(inForce.planId(), 2021);
        actions.generated(inForce.planId(), 2022); // a draft of a public plan: never public
    }

    Stream<Case> cases() {
        String list = PLANS + draftPlan.planId() + "/akcni-plany";
        String detail = list + "/" + draft;
        long item = actions.itemIds(draft).get(0);
        return Stream.of(
                new Case("GET …/akcni-plany", VIEW, () -> get(list)),
                new Case("POST …/akcni-plany", EDIT_DONE, () -> {
                    Sample s = fresh();
                    return post(PLANS + s.planId() + "/akcni-plany").param("year", "2021");
                }),
                new Case("GET …/akcni-plany/{id}", VIEW, () -> get(detail)),
                new Case(
                        "GET …/akcni-plany/{id} (approved)",
                        VIEW,
                        () -> get(PLANS + inForce.planId() + "/akcni-plany/" + approved)),
                new Case("GET …/akcni-plany/{id}/export.xlsx", VIEW, () -> get(detail + "/export.xlsx")),
                new Case("POST …/akcni-plany/{id}/polozky", EDIT_DONE, () -> {
                    Sample s = fresh();
                    long ap = actions.empty(s.planId(), 2021);
                    return post(PLANS + s.planId() + "/akcni-plany/" + ap + "/polozky")
                            .param("nodeId", String.valueOf(s.measureId()))
                            .param("version", "0");
                }),
                new Case("GET …/polozky/{item}", EDIT_PAGE, () -> get(detail + "/polozky/" + item)),
                new Case("POST …/polozky/{item}", EDIT_DONE, () -> {
                    Sample s = fresh();
                    long ap = actions.generated(s.planId(), 2020);
                    return post(PLANS + s.planId() + "/akcni-plany/" + ap + "/polozky/"
                                    + actions.itemIds(ap).get(0))
                            .param("b-MUNICIPALITY", "1 500 000")
                            .param("term", "Q1")
                            .param("version", "0");
                }),
                new Case("POST …/polozky/{item}/smazat", EDIT_DONE, () -> {
                    Sample s = fresh();
                    long ap = actions.generated(s.planId(), 2020);
                    return post(PLANS + s.planId() + "/akcni-plany/" + ap + "/polozky/"
                                    + actions.itemIds(ap).get(1) + "/smazat")
                            .param("version", "0");
                }),
                new Case("POST …/polozky/{item}/posunout", EDIT_DONE, () -> {
                    Sample s = fresh();
                    long ap = actions.generated(s.planId(), 2020);
                    return post(PLANS + s.planId() + "/akcni-plany/" + ap + "/polozky/"
                                    + actions.itemIds(ap).get(0) + "/posunout")
                            .param("smer", "dolu")
                            .param("version", "0");
                }),
                new Case("POST …/akcni-plany/{id}/schvalit", EDIT_DONE, () -> {
                    Sample s = fresh();
                    long ap = actions.generated(s.planId(), 2020);
                    return post(PLANS + s.planId() + "/akcni-plany/" + ap + "/schvalit")
                            .param("approvedBy", "Rada města")
                            .param("approvedOn", "2020-02-10")
                            .param("resolution", "RM/1/2020")
                            .param("version", "0");
                }),
                new Case("POST …/akcni-plany/{id}/vratit", EDIT_DONE, () -> {
                    Sample s = fresh();
                    long ap = actions.approved(s.planId(), 2020);
                    return post(PLANS + s.planId() + "/akcni-plany/" + ap + "/vratit")
                            .param("reason", "Nová dotace")
                            .param("version", String.valueOf(actions.version(ap)));
                }),
                // public: approved action plans of public plans only; drafts are 404 for everyone
                new Case(
                        "GET /orp/{code}/plan/akcni-plany/{year} (approved)",
                        EVERYONE,
                        () -> get(PUBLIC + "2021").param("plan", String.valueOf(inForce.planId()))),
                new Case(
                        "GET …/plan/akcni-plany/{year}/export.xlsx (approved)",
                        EVERYONE,
                        () -> get(PUBLIC + "2021/export.xlsx").param("plan", String.valueOf(inForce.planId()))),
                new Case(
                        "GET …/plan/akcni-plany/{year} (draft)",
                        NOBODY,
                        () -> get(PUBLIC + "2022").param("plan", String.valueOf(inForce.planId()))),
                new Case(
                        "GET …/plan/akcni-plany/{year} (draft plan)",
                        NOBODY,
                        () -> get(PUBLIC + "2020").param("plan", String.valueOf(draftPlan.planId()))),
                new Case(
                        "GET …/plan/akcni-plany/{year}/export.xlsx (draft)",
                        NOBODY,
                        () -> get(PUBLIC + "2022/export.xlsx").param("plan", String.valueOf(inForce.planId()))),
                new Case(
                        "GET /orp/{unknown}/plan/akcni-plany/2021",
                        NOBODY,
                        () -> get("/orp/9999/plan/akcni-plany/2021")));
    }

    private Sample fresh() {
        return mother.plan(STRAKONICE, StrategyMother.unique("AP matice"), PlanState.DRAFT);
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
