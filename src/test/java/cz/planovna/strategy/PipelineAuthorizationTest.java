package cz.planovna.strategy;

import static cz.planovna.strategy.StrategyMother.JIHOCESKY;
import static cz.planovna.strategy.StrategyMother.PISEK;
import static cz.planovna.strategy.StrategyMother.PLZENSKY;
import static cz.planovna.strategy.StrategyMother.STRAKONICE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_DONE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_PAGE;
import static cz.planovna.testing.AuthorizationMatrix.EVERYONE;
import static cz.planovna.testing.AuthorizationMatrix.NOBODY;
import static cz.planovna.testing.AuthorizationMatrix.SIGNED_IN_NOT_FOUND;
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
 * Every URL of the project pipeline (GET and POST) against every kind of visitor, with the exact
 * outcome. "Own" is Strakonice (ORP 3111) and its Jihočeský kraj; the foreign ORP is Písek (same
 * kraj) and the foreign kraj the Plzeňský. A request that changes something gets a project of its
 * own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineAuthorizationTest {

    static final String BASE = "/orp/" + STRAKONICE + "/planovani/zasobnik-projektu";

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
    AuthorizationMatrix authorization;
    Sample plan;
    long project;
    long foreignProject;

    @BeforeAll
    void createVisitorsAndData() {
        mother = new StrategyMother(users, territory, plans, nodes, tx);
        pipeline = new PipelineMother(projects, tx);
        authorization = new AuthorizationMatrix(mvc)
                .visitors(mother, STRAKONICE, PISEK, JIHOCESKY, PLZENSKY)
                // R = 302 done (to the pipeline pages), without a failure message
                .outcome('R', done(location -> assertThat(location).startsWith(BASE)));
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
        return AuthorizationMatrix.arguments(cases());
    }

    @ParameterizedTest(name = AuthorizationMatrix.NAME)
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        authorization.check(c, persona, expected);
    }
}
