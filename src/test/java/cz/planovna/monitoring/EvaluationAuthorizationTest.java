package cz.planovna.monitoring;

import static cz.planovna.monitoring.EvaluationTestData.JIHOCESKY;
import static cz.planovna.monitoring.EvaluationTestData.PISEK;
import static cz.planovna.monitoring.EvaluationTestData.PLZENSKY;
import static cz.planovna.monitoring.EvaluationTestData.STRAKONICE;
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
import cz.planovna.monitoring.EvaluationTestData.Sample;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.strategy.StrategyService;
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

/**
 * Every URL of the evaluations against every kind of visitor, own (Strakonice, Jihočeský kraj) and
 * foreign (Písek; Plzeňský kraj) territory. The public downloads serve only a closed evaluation of
 * a public plan: anything else is not found for anyone, signed in or not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationAuthorizationTest {

    static final String PLANS = "/orp/" + STRAKONICE + "/planovani/plany/";
    static final String EDIT = "LOODODDDD";
    /** S = 302 to the survey builder of the questionnaire just created. */
    static final String EDIT_TO_SURVEY = "LSSDSDDDD";

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
    AuthorizationMatrix authorization;
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
        authorization = new AuthorizationMatrix(mvc)
                .visitors(data, STRAKONICE, PISEK, JIHOCESKY, PLZENSKY)
                // S = 302 to the questionnaire created, R = 302 done, back to the evaluation
                .outcome(
                        'S',
                        redirect(location ->
                                assertThat(location).matches("/orp/" + STRAKONICE + "/planovani/dotazniky/\\d+")))
                .outcome(
                        'R',
                        redirect(location ->
                                assertThat(location).startsWith(PLANS).contains("/evaluace")));
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
        return AuthorizationMatrix.arguments(cases());
    }

    @ParameterizedTest(name = AuthorizationMatrix.NAME)
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        authorization.check(c, persona, expected);
    }
}
