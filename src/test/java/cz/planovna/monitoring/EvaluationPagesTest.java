package cz.planovna.monitoring;

import static cz.planovna.monitoring.EvaluationTestData.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.monitoring.EvaluationTestData.Sample;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.strategy.StrategyService;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** The evaluation pages as the coordinator uses them: validation, stale edits, states, files. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationPagesTest {

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

    EvaluationTestData data;
    TestUser coordinator;

    @BeforeAll
    void setUp() {
        data = new EvaluationTestData(users, territory, strategy, plans, evaluations, mvc);
        coordinator = data.districtCoordinator(STRAKONICE);
    }

    private static String list(long planId) {
        return "/orp/" + STRAKONICE + "/planovani/plany/" + planId + "/evaluace";
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf()).with(coordinator.signedIn()))
                .andReturn()
                .getResponse();
    }

    @Test
    void newEvaluationRefusesAMissingYearAYearOutsideThePlanAndADuplicate() throws Exception {
        Sample plan = data.plan(EvaluationTestData.unique("Evaluace validace"), false);
        String url = list(plan.planId()) + "/nova";

        MockHttpServletResponse missing = send(post(url).param("kind", "YEARLY").param("year", ""));
        assertThat(missing.getStatus()).isEqualTo(200);
        assertThat(missing.getContentAsString()).contains("U roční evaluace vyberte rok.");

        MockHttpServletResponse outside = send(post(url).param("kind", "YEARLY").param("year", "2025"));
        assertThat(outside.getContentAsString()).contains("Rok musí ležet v období plánu.");

        MockHttpServletResponse garbage = send(post(url).param("kind", "YEARLY").param("year", "dva"));
        assertThat(garbage.getContentAsString()).contains("Vyberte rok ze seznamu.");

        MockHttpServletResponse created = send(post(url).param("kind", "YEARLY").param("year", "2020"));
        assertThat(created.getStatus()).isEqualTo(302);
        assertThat(created.getRedirectedUrl())
                .startsWith(list(plan.planId()) + "/")
                .endsWith("/upravit");

        MockHttpServletResponse duplicate =
                send(post(url).param("kind", "YEARLY").param("year", "2020"));
        assertThat(duplicate.getContentAsString()).contains("Roční evaluace tohoto roku už existuje.");

        assertThat(send(post(url).param("kind", "FINAL")).getStatus()).isEqualTo(302);
        assertThat(send(post(url).param("kind", "FINAL")).getContentAsString())
                .contains("Závěrečná evaluace plánu už existuje.");
    }

    @Test
    void badValuesComeBackAsFieldErrorsWithEverythingTyped() throws Exception {
        Sample plan = data.plan(EvaluationTestData.unique("Evaluace chyby"), false);
        long id = data.evaluation(plan.planId(), EvaluationKind.YEARLY, 2021, false);
        String url = list(plan.planId()) + "/" + id + "/upravit";

        MockHttpServletResponse response = send(post(url)
                .param("summary", "Můj dlouhý text shrnutí")
                .param("conclusions[" + plan.priorityId() + "]", "Závěr k seniorům")
                .param("satisfaction", "7")
                .param("participants", "hodně")
                .param("version", "0"));

        assertThat(response.getStatus()).isEqualTo(200);
        String html = HtmlUtils.htmlUnescape(response.getContentAsString());
        assertThat(html)
                .contains("Spokojenost vyberte ze stupnice 1 až 5.")
                .contains("Počet účastníků zadejte jako celé číslo, např. 32.")
                .contains("Můj dlouhý text shrnutí")
                .contains("Závěr k seniorům")
                .contains("hodně");
        assertThat(data.view(plan.planId(), id).summary()).isNull();

        MockHttpServletResponse tooLong = send(post(url)
                .param("conclusions[" + plan.priorityId() + "]", "x".repeat(4001))
                .param("version", "0"));
        assertThat(tooLong.getContentAsString()).contains("Závěr k prioritě je příliš dlouhý");
    }

    @Test
    void savingKeepsConclusionsAndAuditsAndAStaleFormIsA409() throws Exception {
        Sample plan = data.plan(EvaluationTestData.unique("Evaluace uložení"), false);
        long id = data.evaluation(plan.planId(), EvaluationKind.YEARLY, 2020, false);
        String one = list(plan.planId()) + "/" + id;

        MockHttpServletResponse saved = send(post(one + "/upravit")
                .param("summary", "Rok se vydařil.")
                .param("conclusions[" + plan.priorityId() + "]", "Víkendy fungují.")
                .param("conclusions[999999999]", "cizí priorita")
                .param("strengths", "Setkání skupin")
                .param("satisfaction", "4")
                .param("participants", "34")
                .param("version", "0"));
        assertThat(saved.getStatus()).isEqualTo(302);
        EvaluationView view = data.view(plan.planId(), id);
        assertThat(view.summary()).isEqualTo("Rok se vydařil.");
        assertThat(view.conclusions()).containsOnlyKeys(plan.priorityId());
        assertThat(view.process().satisfaction()).isEqualTo(4);
        assertThat(view.process().participants()).isEqualTo(34);

        String detail = send(get(one)).getContentAsString();
        assertThat(detail)
                .contains("Víkendy fungují.")
                .contains("4 – spíše spokojeni")
                .contains("Texty uloženy");

        MockHttpServletResponse stale =
                send(post(one + "/upravit").param("summary", "Starý formulář").param("version", "0"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Starý formulář").contains("Rok se vydařil.");
        assertThat(data.view(plan.planId(), id).summary()).isEqualTo("Rok se vydařil.");

        MockHttpServletResponse staleState =
                send(post(one + "/stav").param("target", "FINAL").param("version", "0"));
        assertThat(staleState.getStatus()).isEqualTo(409);
    }

    @Test
    void aClosedEvaluationCannotBeEditedOrDeletedUntilReopened() throws Exception {
        Sample plan = data.plan(EvaluationTestData.unique("Evaluace uzavřená"), false);
        long id = data.evaluation(plan.planId(), EvaluationKind.FINAL, null, true);
        String one = list(plan.planId()) + "/" + id;
        long version = data.version(plan.planId(), id);

        assertThat(send(get(one + "/upravit")).getRedirectedUrl()).isEqualTo(one);
        MockHttpServletResponse edit =
                send(post(one + "/upravit").param("summary", "Pozdě").param("version", String.valueOf(version)));
        assertThat(edit.getContentAsString()).contains("Uzavřenou evaluaci nelze upravovat.");
        send(post(one + "/smazat").param("version", String.valueOf(version)));
        assertThat(data.view(plan.planId(), id).state()).isEqualTo(EvaluationState.FINAL);

        send(post(one + "/stav").param("target", "DRAFT").param("version", String.valueOf(version)));
        EvaluationView reopened = data.view(plan.planId(), id);
        assertThat(reopened.state()).isEqualTo(EvaluationState.DRAFT);

        String confirm = send(get(one + "/smazat")).getContentAsString();
        assertThat(confirm).contains("Opravdu smazat").contains("Ano, smazat");
        MockHttpServletResponse deleted =
                send(post(one + "/smazat").param("version", String.valueOf(reopened.version())));
        assertThat(deleted.getRedirectedUrl()).isEqualTo(list(plan.planId()));
        assertThat(send(get(one)).getStatus()).isEqualTo(404);
        assertThat(send(get(list(plan.planId()))).getContentAsString()).contains("Plán zatím nemá žádnou evaluaci.");
    }

    @Test
    void documentsCarryThePlannedMoneyOfThePlanAndRealHeadings() throws Exception {
        Sample plan = data.plan(EvaluationTestData.unique("Evaluace dokument"), false);
        long id = data.evaluation(plan.planId(), EvaluationKind.YEARLY, 2020, false);
        String one = list(plan.planId()) + "/" + id;

        MockHttpServletResponse pdf = send(get(one + ".pdf"));
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("evaluace-2020.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(doc).replace(N, " ");
            // no monitoring recorded: the plan's 1 450 000 Kč of the obce for 2020 planned, nothing spent
            assertThat(text)
                    .contains("Roční evaluace akčního plánu 2020")
                    .contains("Obce 1 450 000 Kč 0 Kč 0 %")
                    .doesNotContain("343 475");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("cs");
        }

        MockHttpServletResponse docx = send(get(one + ".docx"));
        assertThat(docx.getHeader("Content-Disposition")).contains("evaluace-2020.docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()))) {
            assertThat(doc.getParagraphs().stream()
                            .filter(p -> "Heading1".equals(p.getStyle()))
                            .map(XWPFParagraph::getText))
                    .contains("Shrnutí", "Finance podle zdrojů", "Evaluace procesu plánování");
        }
    }

    @Test
    void aClosedEvaluationOfAPublicPlanIsLinkedFromThePublicPlanPage() throws Exception {
        Sample plan = data.plan(EvaluationTestData.unique("Evaluace veřejnost"), true);
        long draft = data.evaluation(plan.planId(), EvaluationKind.YEARLY, 2021, false);
        long closed = data.evaluation(plan.planId(), EvaluationKind.YEARLY, 2020, true);

        String page = mvc.perform(get("/orp/" + STRAKONICE + "/plan").param("plan", String.valueOf(plan.planId())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Roční evaluace 2020")
                .contains("/orp/" + STRAKONICE + "/plan/evaluace/" + closed + ".pdf")
                .doesNotContain("/plan/evaluace/" + draft + ".pdf");
        MockHttpServletResponse pdf = mvc.perform(get("/orp/" + STRAKONICE + "/plan/evaluace/" + closed + ".pdf"))
                .andReturn()
                .getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
    }
}
