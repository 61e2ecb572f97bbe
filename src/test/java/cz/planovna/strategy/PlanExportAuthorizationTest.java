package cz.planovna.strategy;

import static cz.planovna.strategy.StrategyMother.JIHOCESKY;
import static cz.planovna.strategy.StrategyMother.PISEK;
import static cz.planovna.strategy.StrategyMother.PLZENSKY;
import static cz.planovna.strategy.StrategyMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
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

    /** O = 200, L = 302 to login, D = 403, N = 404. */
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

    static final String VIEW = "LOODODODD";
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
    ActionPlanRepository actionPlans;

    @Autowired
    ActionItemRepository items;

    @Autowired
    StrategyService strategy;

    @Autowired
    TransactionTemplate tx;

    final Map<Persona, TestUser> visitors = new EnumMap<>(Persona.class);
    Sample inForce;
    Sample draft;
    long approved;
    long inDraft;
    long ofDraftPlan;

    @BeforeAll
    void createVisitorsAndActionPlans() {
        StrategyMother mother = new StrategyMother(users, territory, plans, nodes, tx);
        visitors.put(Persona.ADMIN, mother.admin());
        visitors.put(Persona.REGIONAL_OWN, mother.regionalCoordinator(JIHOCESKY));
        visitors.put(Persona.REGIONAL_FOREIGN, mother.regionalCoordinator(PLZENSKY));
        visitors.put(Persona.DISTRICT_OWN, mother.districtCoordinator(STRAKONICE));
        visitors.put(Persona.DISTRICT_FOREIGN, mother.districtCoordinator(PISEK));
        visitors.put(Persona.MEMBER_OWN, mother.groupMember(STRAKONICE));
        visitors.put(Persona.MEMBER_FOREIGN, mother.groupMember(PISEK));
        visitors.put(Persona.PROVIDER, mother.providerEditor(STRAKONICE));
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
        TestUser visitor = visitors.get(persona);
        if (visitor != null) {
            request.with(visitor.signedIn());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        switch (expected) {
            case 'O' -> {
                assertThat(response.getStatus()).isEqualTo(200);
                assertThat(response.getContentType()).isIn("application/pdf", PlanDocumentFile.Format.DOCX.contentType);
                assertThat(response.getContentAsByteArray()).isNotEmpty();
            }
            case 'D' -> assertThat(response.getStatus()).isEqualTo(403);
            case 'N' -> assertThat(response.getStatus()).isEqualTo(404);
            case 'L' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).isEqualTo("/login");
            }
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        }
    }
}
