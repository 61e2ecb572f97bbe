package cz.planovna.strategy;

import static cz.planovna.strategy.StrategyMother.JIHOCESKY;
import static cz.planovna.strategy.StrategyMother.PISEK;
import static cz.planovna.strategy.StrategyMother.PLZENSKY;
import static cz.planovna.strategy.StrategyMother.STRAKONICE;
import static cz.planovna.testing.AuthorizationMatrix.EVERYONE;
import static cz.planovna.testing.AuthorizationMatrix.NOBODY;
import static cz.planovna.testing.AuthorizationMatrix.VIEW;
import static cz.planovna.testing.AuthorizationMatrix.VIEW_NOT_FOUND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every URL of the PDF and DOCX exports of action plans and of the project pipeline against every
 * kind of visitor, own (Strakonice, Jihočeský kraj) and foreign (Písek; Plzeňský kraj) territory.
 * The public exports serve approved action plans of public plans and the public pipeline only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanExportAuthorizationTest {

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

    AuthorizationMatrix authorization;
    Sample inForce;
    Sample draft;
    long approved;
    long inDraft;
    long ofDraftPlan;

    @BeforeAll
    void createVisitorsAndActionPlans() {
        StrategyMother mother = new StrategyMother(users, territory, plans, nodes, tx);
        authorization = new AuthorizationMatrix(mvc)
                .visitors(mother, STRAKONICE, PISEK, JIHOCESKY, PLZENSKY)
                // O = the document itself
                .outcome('O', result -> {
                    MockHttpServletResponse response = result.getResponse();
                    assertThat(response.getStatus()).isEqualTo(200);
                    assertThat(response.getContentType())
                            .isIn("application/pdf", PlanDocumentFile.Format.DOCX.contentType);
                    assertThat(response.getContentAsByteArray()).isNotEmpty();
                });
        ActionPlanMother actions = new ActionPlanMother(actionPlans, items, strategy, tx);
        inForce = mother.plan(STRAKONICE, StrategyMother.unique("Export platný"), PlanState.IN_FORCE);
        approved = actions.approved(inForce.planId(), 2020);
        inDraft = actions.generated(inForce.planId(), 2021);
        draft = mother.plan(STRAKONICE, StrategyMother.unique("Export návrh"), PlanState.DRAFT);
        ofDraftPlan = actions.approved(draft.planId(), 2020);
    }

    Stream<Case> cases() {
        String own = ActionPlanUrls.list(STRAKONICE, inForce.planId());
        String pub = "/orp/" + STRAKONICE + "/plan/akcni-plany/";
        String inForcePlan = "?plan=" + inForce.planId();
        String draftPlan = "?plan=" + draft.planId();
        return Stream.of(
                new Case(
                        "GET …/akcni-plany/{approved}/export.pdf",
                        VIEW,
                        () -> get(own + "/" + approved + "/export.pdf")),
                new Case(
                        "GET …/akcni-plany/{approved}/export.docx",
                        VIEW,
                        () -> get(own + "/" + approved + "/export.docx")),
                new Case("GET …/akcni-plany/{draft}/export.pdf", VIEW, () -> get(own + "/" + inDraft + "/export.pdf")),
                new Case(
                        "GET …/akcni-plany/{of another plan}/export.pdf",
                        VIEW_NOT_FOUND,
                        () -> get(own + "/" + ofDraftPlan + "/export.pdf")),
                new Case(
                        "GET …/akcni-plany/{unknown}/export.docx",
                        VIEW_NOT_FOUND,
                        () -> get(own + "/999999999/export.docx")),
                new Case(
                        "GET …/planovani/zasobnik-projektu/export.pdf",
                        VIEW,
                        () -> get(PipelineUrls.list(STRAKONICE) + "/export.pdf")),
                new Case(
                        "GET …/planovani/zasobnik-projektu/export.docx",
                        VIEW,
                        () -> get(PipelineUrls.list(STRAKONICE) + "/export.docx")),
                new Case(
                        "GET /orp/{code}/plan/akcni-plany/2020/export.pdf?plan={in force}",
                        EVERYONE,
                        () -> get(pub + "2020/export.pdf" + inForcePlan)),
                new Case(
                        "GET /orp/{code}/plan/akcni-plany/2020/export.docx?plan={in force}",
                        EVERYONE,
                        () -> get(pub + "2020/export.docx" + inForcePlan)),
                new Case(
                        "GET /orp/{code}/plan/akcni-plany/2021/export.pdf?plan={in force} (a draft action plan)",
                        NOBODY,
                        () -> get(pub + "2021/export.pdf" + inForcePlan)),
                new Case(
                        "GET /orp/{code}/plan/akcni-plany/2020/export.pdf?plan={draft plan}",
                        NOBODY,
                        () -> get(pub + "2020/export.pdf" + draftPlan)),
                new Case(
                        "GET /orp/{code}/zasobnik-projektu/export.pdf",
                        EVERYONE,
                        () -> get(PipelineUrls.publicList(STRAKONICE) + "/export.pdf")),
                new Case(
                        "GET /orp/{code}/zasobnik-projektu/export.docx",
                        EVERYONE,
                        () -> get(PipelineUrls.publicList(STRAKONICE) + "/export.docx")),
                new Case(
                        "GET /orp/{unknown}/zasobnik-projektu/export.pdf",
                        NOBODY,
                        () -> get(PipelineUrls.publicList(9999) + "/export.pdf")));
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
