package cz.planovna.monitoring;

import static cz.planovna.monitoring.EvaluationTestData.PISEK;
import static cz.planovna.monitoring.EvaluationTestData.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.TerritoryAccess.Action;
import cz.planovna.identity.UserAdministration;
import cz.planovna.monitoring.EvaluationTestData.Sample;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.strategy.StrategyService;
import cz.planovna.survey.QuestionDef;
import cz.planovna.survey.SurveyAnswering;
import cz.planovna.survey.SurveyBuilder;
import cz.planovna.survey.SurveyTemplates;
import cz.planovna.survey.SurveyView;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.FlashMap;

/**
 * The participants' questionnaire of an evaluation: created from the template by the coordinator,
 * refused elsewhere, stale and invalid posts answered clearly, and its aggregated results (computed
 * by hand below) in the PDF and DOCX without the texts of open answers.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationSurveyTest {

    static final String N = "\u00A0";

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

    @Autowired
    SurveyTemplates templates;

    @Autowired
    SurveyBuilder surveyBuilder;

    @Autowired
    SurveyAnswering answering;

    EvaluationTestData data;
    TestUser coordinator;
    TestUser foreign;

    @BeforeAll
    void setUp() {
        data = new EvaluationTestData(users, territory, strategy, plans, evaluations, mvc);
        coordinator = data.coordinator();
        foreign = data.districtCoordinator(PISEK);
    }

    private static String one(long planId, long id) {
        return "/orp/" + STRAKONICE + "/planovani/plany/" + planId + "/evaluace/" + id;
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, TestUser user) throws Exception {
        return mvc.perform(request.with(csrf()).with(user.signedIn()))
                .andReturn()
                .getResponse();
    }

    @Test
    void theCoordinatorCreatesTheQuestionnaireAndTheDetailShowsIt() throws Exception {
        Sample plan = data.plan(EvaluationTestData.unique("Evaluace dotazník"), false);
        long id = data.evaluation(plan.planId(), EvaluationKind.YEARLY, 2020, false);

        MockHttpServletResponse before = send(get(one(plan.planId(), id)), coordinator);
        assertThat(before.getContentAsString())
                .contains("Vytvořit dotazník hodnocení procesu")
                .contains("K evaluaci zatím není připojen žádný dotazník.");

        MockHttpServletResponse created =
                send(post(one(plan.planId(), id) + "/dotaznik/novy").param("version", "0"), coordinator);
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl()).matches("/orp/" + STRAKONICE + "/planovani/dotazniky/\\d+");
        long surveyId = Long.parseLong(created.getRedirectedUrl().replaceAll(".*/", ""));

        String detail = send(get(one(plan.planId(), id)), coordinator).getContentAsString();
        assertThat(detail)
                .contains("/orp/" + STRAKONICE + "/planovani/dotazniky/" + surveyId + "\"")
                .contains("Hodnocení procesu komunitního plánování")
                .contains("Odeslaných odpovědí")
                .contains("Vytvořen a připojen dotazník hodnocení procesu");
        assertThat(data.view(plan.planId(), id).version()).isEqualTo(1);

        // the same form once more: stale → 409, nothing created
        MockHttpServletResponse stale =
                send(post(one(plan.planId(), id) + "/dotaznik/novy").param("version", "0"), coordinator);
        assertThat(stale.getStatus()).isEqualTo(409);
    }

    @Test
    void aForeignCoordinatorIsRefusedAndAnInvalidOrForeignQuestionnaireIsAClearError() throws Exception {
        Sample plan = data.plan(EvaluationTestData.unique("Evaluace cizí"), false);
        long id = data.evaluation(plan.planId(), EvaluationKind.YEARLY, 2021, false);
        assertThat(send(post(one(plan.planId(), id) + "/dotaznik/novy").param("version", "0"), foreign)
                        .getStatus())
                .isEqualTo(403);
        assertThat(send(
                                post(one(plan.planId(), id) + "/dotaznik")
                                        .param("version", "0")
                                        .param("surveyId", "1"),
                                foreign)
                        .getStatus())
                .isEqualTo(403);

        long pisekSurvey = asForeign(() -> templates.createProcessEvaluation(PISEK));
        for (String bad : List.of("abc", String.valueOf(pisekSurvey), "99999999")) {
            FlashMap r = flash(
                    post(one(plan.planId(), id) + "/dotaznik")
                            .param("version", "0")
                            .param("surveyId", bad),
                    coordinator);
            assertThat(r.get("failure")).isEqualTo("evaluation.survey.validation.unknown");
        }
        assertThat(data.view(plan.planId(), id).version()).isZero();

        // an existing questionnaire of the ORP is linked, then unlinked
        long own = data.asCoordinator(() -> templates.createProcessEvaluation(STRAKONICE));
        FlashMap linked = flash(
                post(one(plan.planId(), id) + "/dotaznik").param("version", "0").param("surveyId", String.valueOf(own)),
                coordinator);
        assertThat(linked.get("notice")).isEqualTo("evaluation.survey.notice.linked");
        assertThat(send(get(one(plan.planId(), id)), coordinator).getContentAsString())
                .contains("/planovani/dotazniky/" + own + "\"");
        FlashMap unlinked = flash(
                post(one(plan.planId(), id) + "/dotaznik").param("version", "1").param("surveyId", ""), coordinator);
        assertThat(unlinked.get("notice")).isEqualTo("evaluation.survey.notice.unlinked");
        assertThat(send(get(one(plan.planId(), id)), coordinator).getContentAsString())
                .contains("K evaluaci zatím není připojen žádný dotazník.");

        // a closed evaluation keeps its questionnaire
        long closed = data.evaluation(plan.planId(), EvaluationKind.YEARLY, 2022, true);
        FlashMap refused =
                flash(post(one(plan.planId(), closed) + "/dotaznik/novy").param("version", "1"), coordinator);
        assertThat(refused.get("failure")).isEqualTo("evaluation.validation.final");
    }

    @Test
    void theDocumentsShowHandComputedResultsOfTheQuestionnaireButNoTextOfAnAnswer() throws Exception {
        Sample plan = data.plan(EvaluationTestData.unique("Evaluace výsledky"), false);
        long id = data.evaluation(plan.planId(), EvaluationKind.YEARLY, 2020, false);

        // without a questionnaire the chapter says so
        assertThat(pdfText(plan.planId(), id)).contains("K evaluaci nebyl připojen dotazník účastníků");

        long surveyId = Long.parseLong(send(
                        post(one(plan.planId(), id) + "/dotaznik/novy").param("version", "0"), coordinator)
                .getRedirectedUrl()
                .replaceAll(".*/", ""));
        assertThat(pdfText(plan.planId(), id)).contains("zatím nemá žádné odeslané odpovědi");

        SurveyView survey = data.asCoordinator(() -> surveyBuilder.survey(STRAKONICE, surveyId, Action.VIEW_INTERNAL));
        assertThat(send(
                                post("/orp/" + STRAKONICE + "/planovani/dotazniky/" + surveyId + "/stav")
                                        .param("state", "OPEN")
                                        .param("version", String.valueOf(survey.version())),
                                coordinator)
                        .getStatus())
                .isEqualTo(302);
        List<QuestionDef> q =
                data.asCoordinator(() -> surveyBuilder.questions(STRAKONICE, surveyId, Action.VIEW_INTERNAL));
        // Q1 role; Q2 meetings 5, 4, 2 → 11 / 3 = 3,67; Q3 information 4, 4, 5 → 13 / 3 = 4,33;
        // Q6 overall 3, 3 (one left it out) → 3; Q7 two written answers, Q8 none
        answer(
                survey.publicToken(),
                Map.of(q.get(0), "0", q.get(1), "4", q.get(2), "3", q.get(5), "2", q.get(6), "Tajná odpověď jedna"));
        answer(
                survey.publicToken(),
                Map.of(q.get(0), "0", q.get(1), "3", q.get(2), "3", q.get(5), "2", q.get(6), "Tajná odpověď dvě"));
        answer(survey.publicToken(), Map.of(q.get(0), "3", q.get(1), "1", q.get(2), "4"));

        String text = pdfText(plan.planId(), id);
        assertThat(text)
                .contains("Výsledky dotazníku účastníků")
                .contains("vyplnilo 3 účastníků")
                .contains("průměr 3,67 z 5")
                .contains("průměr 4,33 z 5")
                .contains("průměr 3 z 5")
                .contains("Poskytovatel sociálních služeb: 2")
                .contains("Veřejnost: 1")
                .contains("písemných odpovědí: 2")
                .doesNotContain("Tajná odpověď");

        byte[] bytes = send(get(one(plan.planId(), id) + ".docx"), coordinator).getContentAsByteArray();
        try (XWPFDocument file = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFTable table = file.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Otázka"))
                    .findFirst()
                    .orElseThrow();
            assertThat(table.getRows()).hasSize(9);
            Map<String, String> results = new HashMap<>();
            for (XWPFTableRow row : table.getRows().subList(1, 9)) {
                results.put(
                        row.getCell(0).getText().replace(N, " ").substring(0, 2),
                        row.getCell(1).getText() + " | "
                                + row.getCell(2).getText().replace(N, " "));
            }
            assertThat(results.get("Q2")).isEqualTo("3 | průměr 3,67 z 5");
            assertThat(results.get("Q3")).isEqualTo("3 | průměr 4,33 z 5");
            assertThat(results.get("Q6")).isEqualTo("2 | průměr 3 z 5");
            assertThat(results.get("Q7")).startsWith("2 | písemných odpovědí: 2");
            assertThat(results.get("Q8")).startsWith("0 | písemných odpovědí: 0");
            assertThat(file.getParagraphs().stream()
                            .map(p -> p.getText())
                            .toList()
                            .toString())
                    .doesNotContain("Tajná odpověď");
        }
    }

    private void answer(String token, Map<QuestionDef, String> values) {
        Map<String, String[]> params = new HashMap<>();
        values.forEach((q, v) -> params.put(q.field(), new String[] {v}));
        answering.answerPublic(token, params, true);
    }

    /** Posts as the user and returns the flash attributes of the redirect back to the evaluation. */
    private FlashMap flash(MockHttpServletRequestBuilder request, TestUser user) throws Exception {
        MvcResult result =
                mvc.perform(request.with(csrf()).with(user.signedIn())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).contains("/evaluace/");
        return result.getFlashMap();
    }

    private String pdfText(long planId, long id) throws Exception {
        MockHttpServletResponse r = send(get(one(planId, id) + ".pdf"), coordinator);
        assertThat(r.getStatus()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/evaluation-survey.pdf"), r.getContentAsByteArray());
        try (PDDocument file = Loader.loadPDF(r.getContentAsByteArray())) {
            return new PDFTextStripper().getText(file).replace(N, " ").replaceAll("\\s+", " ");
        }
    }

    private <T> T asForeign(java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
                        foreign.email(), null, List.of()));
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .setAuthentication(previous);
        }
    }
}
