package cz.planovna.monitoring;

import static cz.planovna.monitoring.EvaluationTestData.JIHOCESKY;
import static cz.planovna.monitoring.EvaluationTestData.PISEK;
import static cz.planovna.monitoring.EvaluationTestData.PLZENSKY;
import static cz.planovna.monitoring.EvaluationTestData.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.monitoring.EvaluationTestData.Sample;
import cz.planovna.monitoring.EvaluationTestData.TestUser;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.strategy.StrategyService;
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
 * Every URL of the evaluations against every kind of visitor, own (Strakonice, Jihočeský kraj) and
 * foreign (Písek; Plzeňský kraj) territory. The public downloads serve only a closed evaluation of
 * a public plan: anything else is not found for anyone, signed in or not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationAuthorizationTest {

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

    /** O = 200, R = 302 inside the plan's pages, S = 302 to a questionnaire, L = 302 to login, D = 403, N = 404. */
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
    static final String EDIT = "LOODODDDD";
    static final String EDIT_DONE = "LRRDRDDDD";
    static final String VIEW_NOT_FOUND = "LNNDNDNDD";
    /** S = 302 to the survey builder of the questionnaire just created. */
    static final String EDIT_TO_SURVEY = "LSSDSDDDD";

    static final String EVERYONE = "OOOOOOOOO";
    static final String NOBODY = "NNNNNNNNN";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    StrategyService strategy;

    @Autowired
    StrategyQueries plans;

    @Autowired
    EvaluationService evaluations;

    EvaluationTestData data;
    final Map<Persona, TestUser> visitors = new EnumMap<>(Persona.class);
    Sample internalPlan;
    Sample publicPlan;
    long draft;
    long closedOfInternalPlan;
    long closedOfPublicPlan;
    long draftOfPublicPlan;
    long editableId;
    long toggledId;
    // process-survey: an evaluation whose participants' questionnaire is created and linked
    Sample surveyPlan;
    long surveyedId;

    @BeforeAll
    void createVisitorsAndEvaluations() {
        data = new EvaluationTestData(users, territory, strategy, plans, evaluations, mvc);
        visitors.put(Persona.ADMIN, data.admin());
        visitors.put(Persona.REGIONAL_OWN, data.regionalCoordinator(JIHOCESKY));
        visitors.put(Persona.REGIONAL_FOREIGN, data.regionalCoordinator(PLZENSKY));
        visitors.put(Persona.DISTRICT_OWN, data.districtCoordinator(STRAKONICE));
        visitors.put(Persona.DISTRICT_FOREIGN, data.districtCoordinator(PISEK));
        visitors.put(Persona.MEMBER_OWN, data.groupMember(STRAKONICE));
        visitors.put(Persona.MEMBER_FOREIGN, data.groupMember(PISEK));
        visitors.put(Persona.PROVIDER, data.providerEditor(STRAKONICE));
        internalPlan = data.plan(EvaluationTestData.unique("Evaluace interní"), false);
        publicPlan = data.plan(EvaluationTestData.unique("Evaluace veřejná"), true);
        draft = data.evaluation(internalPlan.planId(), EvaluationKind.YEARLY, 2020, false);
        closedOfInternalPlan = data.evaluation(internalPlan.planId(), EvaluationKind.FINAL, null, true);
        closedOfPublicPlan = data.evaluation(publicPlan.planId(), EvaluationKind.YEARLY, 2020, true);
        draftOfPublicPlan = data.evaluation(publicPlan.planId(), EvaluationKind.YEARLY, 2021, false);
        editableId = data.evaluation(internalPlan.planId(), EvaluationKind.YEARLY, 2021, false);
        toggledId = data.evaluation(internalPlan.planId(), EvaluationKind.YEARLY, 2022, false);
        surveyPlan = data.plan(EvaluationTestData.unique("Evaluace dotazník"), false);
        surveyedId = data.evaluation(surveyPlan.planId(), EvaluationKind.YEARLY, 2020, false);
    }

    Stream<Case> cases() {
        String list = PLANS + internalPlan.planId() + "/evaluace";
        String one = list + "/" + draft;
        String editable = list + "/" + editableId;
        String toggled = list + "/" + toggledId;
        String pub = "/orp/" + STRAKONICE + "/plan/evaluace/";
        return Stream.of(
                new Case("GET …/evaluace", VIEW, () -> get(list)),
                new Case(
                        "GET …/evaluace?razeni=upraveno&strana=2",
                        VIEW,
                        () -> get(list).param("razeni", "upraveno").param("strana", "2")),
                new Case("GET …/evaluace/nova", EDIT, () -> get(list + "/nova")),
                new Case(
                        "POST …/evaluace/nova",
                        EDIT_DONE,
                        () -> post(fresh().list() + "/nova")
                                .param("kind", "YEARLY")
                                .param("year", "2021")),
                new Case("GET …/evaluace/{id}", VIEW, () -> get(one)),
                new Case("GET …/evaluace/{id}/upravit", EDIT, () -> get(one + "/upravit")),
                new Case(
                        "POST …/evaluace/{id}/upravit",
                        EDIT_DONE,
                        () -> post(editable + "/upravit")
                                .param("summary", "Shrnutí")
                                .param("satisfaction", "4")
                                .param("version", String.valueOf(data.version(internalPlan.planId(), editableId)))),
                new Case("POST …/evaluace/{id}/stav", EDIT_DONE, () -> {
                    EvaluationView now = data.view(internalPlan.planId(), toggledId);
                    return post(toggled + "/stav")
                            .param("target", now.draft() ? "FINAL" : "DRAFT")
                            .param("version", String.valueOf(now.version()));
                }),
                new Case("GET …/evaluace/{id}/smazat", EDIT, () -> get(one + "/smazat")),
                new Case(
                        "POST …/evaluace/{id}/smazat",
                        EDIT_DONE,
                        () -> post(freshEvaluation().one() + "/smazat").param("version", "0")),
                new Case(
                        "POST …/evaluace/{id}/dotaznik/novy",
                        EDIT_TO_SURVEY,
                        () -> post(surveyed() + "/dotaznik/novy")
                                .param("version", String.valueOf(data.version(surveyPlan.planId(), surveyedId)))),
                new Case(
                        "POST …/evaluace/{id}/dotaznik",
                        EDIT_DONE,
                        () -> post(surveyed() + "/dotaznik")
                                .param("surveyId", "")
                                .param("version", String.valueOf(data.version(surveyPlan.planId(), surveyedId)))),
                new Case("GET …/evaluace/{id}.pdf", VIEW, () -> get(one + ".pdf")),
                new Case("GET …/evaluace/{id}.docx", VIEW, () -> get(one + ".docx")),
                new Case(
                        "GET …/plany/{internal}/evaluace/{id of another plan}",
                        VIEW_NOT_FOUND,
                        () -> get(list + "/" + closedOfPublicPlan)),
                new Case("GET …/evaluace/{unknown}.pdf", VIEW_NOT_FOUND, () -> get(list + "/99999999.pdf")),
                new Case("GET …/plany/{unknown}/evaluace", VIEW_NOT_FOUND, () -> get(PLANS + "99999999/evaluace")),
                new Case(
                        "GET /orp/{code}/plan/evaluace/{closed, public plan}.pdf",
                        EVERYONE,
                        () -> get(pub + closedOfPublicPlan + ".pdf")),
                new Case(
                        "GET /orp/{code}/plan/evaluace/{closed, public plan}.docx",
                        EVERYONE,
                        () -> get(pub + closedOfPublicPlan + ".docx")),
                new Case(
                        "GET /orp/{code}/plan/evaluace/{draft, public plan}.pdf",
                        NOBODY,
                        () -> get(pub + draftOfPublicPlan + ".pdf")),
                new Case(
                        "GET /orp/{code}/plan/evaluace/{closed, internal plan}.pdf",
                        NOBODY,
                        () -> get(pub + closedOfInternalPlan + ".pdf")),
                new Case(
                        "GET /orp/{other ORP}/plan/evaluace/{closed, public plan}.pdf",
                        NOBODY,
                        () -> get("/orp/" + PISEK + "/plan/evaluace/" + closedOfPublicPlan + ".pdf")),
                new Case(
                        "GET /orp/{code}/plan?plan={public} (links)",
                        EVERYONE,
                        () -> get("/orp/" + STRAKONICE + "/plan").param("plan", String.valueOf(publicPlan.planId()))));
    }

    record Fresh(long planId, long id) {
        String list() {
            return PLANS + planId + "/evaluace";
        }

        String one() {
            return list() + "/" + id;
        }
    }

    private String surveyed() {
        return PLANS + surveyPlan.planId() + "/evaluace/" + surveyedId;
    }

    private Fresh fresh() {
        return new Fresh(
                data.plan(EvaluationTestData.unique("Evaluace nová"), false).planId(), 0);
    }

    private Fresh freshEvaluation() {
        long planId =
                data.plan(EvaluationTestData.unique("Evaluace změna"), false).planId();
        return new Fresh(planId, data.evaluation(planId, EvaluationKind.YEARLY, 2020, false));
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

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        String location = response.getRedirectedUrl();
        switch (expected) {
            case 'O' -> assertThat(response.getStatus()).isEqualTo(200);
            case 'D' -> assertThat(response.getStatus()).isEqualTo(403);
            case 'N' -> assertThat(response.getStatus()).isEqualTo(404);
            case 'L' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(location).isEqualTo("/login");
            }
            case 'S' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(location).matches("/orp/" + STRAKONICE + "/planovani/dotazniky/\\d+");
            }
            case 'R' -> {
                assertThat(response.getStatus()).isEqualTo(302);
                assertThat(location).startsWith(PLANS).contains("/evaluace");
            }
            default -> throw new IllegalArgumentException("unknown outcome " + expected);
        }
    }
}
