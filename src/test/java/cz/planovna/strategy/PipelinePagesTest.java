package cz.planovna.strategy;

import static cz.planovna.strategy.StrategyMother.PISEK;
import static cz.planovna.strategy.StrategyMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.StrategyMother.Sample;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The project pipeline through MockMvc: the form with its field errors, links to measures of the
 * own ORP only, the state machine with its refusals, conflicts (409), deleting, filters, sorting in
 * Czech order, the export, the public list and the projects shown at their measure.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelinePagesTest {

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
    TestUser coordinator;
    Sample plan;

    @BeforeAll
    void setUp() {
        mother = new StrategyMother(users, territory, plans, nodes, tx);
        pipeline = new PipelineMother(projects, tx);
        coordinator = mother.districtCoordinator(STRAKONICE);
        plan = mother.plan(STRAKONICE, StrategyMother.unique("Plán zásobníku"), PlanState.DRAFT);
    }

    /** A filled-in form: what the test does not set gets a valid default. */
    private MockHttpServletRequestBuilder form(String url) {
        java.util.Map<String, String> defaults = java.util.Map.of(
                "title",
                "",
                "organisation",
                "Obec Kraselov",
                "estimatedCost",
                "1 500 000",
                "readiness",
                "INTENT",
                "version",
                "0");
        return post(url).with(csrf()).with(coordinator.signedIn()).with(request -> {
            defaults.forEach((name, value) -> {
                if (request.getParameter(name) == null) {
                    request.setParameter(name, value);
                }
            });
            return request;
        });
    }

    private Document page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(coordinator.signedIn())).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    @Test
    void badInputComesBackOnItsFieldsWithEverythingTyped() throws Exception {
        MvcResult result = mvc.perform(form(BASE + "/novy")
                        .param("estimatedCost", "-20")
                        .param("callDeadline", "32. 13. 2025")
                        .param("costs[0].year", "2025")
                        .param("costs[0].source", "EU")
                        .param("costs[0].amount", "12 abc")
                        .param("description", "Popis zůstane"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document html = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(html.select(".error-summary li").eachText())
                .containsExactly(
                        "Vyplňte název projektu.",
                        "Zadejte celé číslo v korunách, např. 1 500 000.",
                        "Řádek 1: zadejte kladnou částku v celých korunách.",
                        "Zadejte datum, např. 30. 6. 2025.");
        assertThat(html.selectFirst("#estimatedCost").attr("value")).isEqualTo("-20");
        assertThat(html.selectFirst("#estimatedCost").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.selectFirst("#organisation").attr("value")).isEqualTo("Obec Kraselov");
        assertThat(html.selectFirst("#description").text()).isEqualTo("Popis zůstane");
        assertThat(html.selectFirst("#costs0\\.amount").attr("value")).isEqualTo("12 abc");
    }

    @Test
    void anAbsurdCostAndASplitThatDoesNotAddUpAreRefused() throws Exception {
        Document html = Jsoup.parse(
                mvc.perform(form(BASE + "/novy").param("title", "Stacionář").param("estimatedCost", "5 000 000 000"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(html.select("#estimatedCost-error").text()).startsWith("Odhad nákladů je nereálně vysoký");

        html = Jsoup.parse(mvc.perform(form(BASE + "/novy")
                        .param("title", "Stacionář")
                        .param("costs[0].year", "2025")
                        .param("costs[0].source", "EU")
                        .param("costs[0].amount", "1 000 000"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(html.select("#costs-error").text()).isEqualTo("Součet rozpadu nákladů neodpovídá odhadu nákladů.");
    }

    @Test
    void aMeasureOfAnotherOrpCannotBeChosen() throws Exception {
        Sample foreign = mother.plan(PISEK, StrategyMother.unique("Cizí plán"), PlanState.DRAFT);
        MvcResult result = mvc.perform(form(BASE + "/novy")
                        .param("title", StrategyMother.unique("Cizí opatření"))
                        .param("measureId", String.valueOf(foreign.measureId())))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(result.getResponse().getContentAsString())
                        .select("#measureId-error")
                        .text())
                .isEqualTo("Vyberte opatření z plánu tohoto ORP.");

        // the form offers the own ORP's measures numbered, never the foreign one
        Document form = page(BASE + "/novy");
        assertThat(form.select("#measureId option").eachAttr("value"))
                .contains(String.valueOf(plan.measureId()))
                .doesNotContain(String.valueOf(foreign.measureId()));
        assertThat(form.select("#measureId option[value=" + plan.measureId() + "]")
                        .text())
                .startsWith("1.1.1 Pečovatelská služba");
    }

    @Test
    void anIdeaIsCreatedPreparedSubmittedAndFundedWithItsHistory() throws Exception {
        String title = StrategyMother.unique("Odlehčovací služba");
        MvcResult created = mvc.perform(form(BASE + "/novy")
                        .param("title", title)
                        .param("contactPerson", "Jana Nováková")
                        .param("callName", "")
                        .param("costs[0].year", "2021")
                        .param("costs[0].source", "MUNICIPALITY")
                        .param("costs[0].amount", "500 000")
                        .param("costs[1].year", "2021")
                        .param("costs[1].source", "EU")
                        .param("costs[1].amount", "1 000 000"))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        String url = created.getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));

        // prepared needs a measure, submitted a call: each refusal is a clear message
        assertThat(transition(id, "PREPARED", "").getFlashMap().get("failure"))
                .isEqualTo("strategy.project.validation.prepare.measure");
        assertThat(transition(id, "FUNDED", "").getFlashMap().get("failure"))
                .isEqualTo("strategy.project.validation.transition");
        MvcResult edited = mvc.perform(form(url + "/upravit")
                        .param("title", title)
                        .param("measureId", String.valueOf(plan.measureId()))
                        .param("version", String.valueOf(pipeline.version(id))))
                .andReturn();
        assertThat(edited.getResponse().getRedirectedUrl()).isEqualTo(url);
        assertThat(transition(id, "PREPARED", "Projednáno ve skupině")
                        .getFlashMap()
                        .get("notice"))
                .isEqualTo("strategy.project.notice.state.PREPARED");
        assertThat(transition(id, "SUBMITTED", "").getFlashMap().get("failure"))
                .isEqualTo("strategy.project.validation.submit.call");
        assertThat(pipeline.state(id)).isEqualTo(ProjectState.PREPARED);

        Document detail = page(url);
        assertThat(detail.select(".facts dd").eachText()).contains("připravený", "1 500 000 Kč");
        assertThat(detail.select(".history-table tbody tr").eachText())
                .hasSize(3)
                .first()
                .asString()
                .contains("Stav: záměr → připravený", "Projednáno ve skupině");
        assertThat(detail.select("input[name=target]").eachAttr("value"))
                .containsExactly("SUBMITTED", "IDEA", "REJECTED");
        assertThat(detail.select("form[action$=/smazat]")).isEmpty();
        assertThat(detail.text()).contains("Smazat lze jen záměr.");
    }

    @Test
    void aStaleFormOrStateChangeIsAConflict() throws Exception {
        long id = pipeline.project(STRAKONICE, plan.measureId());
        long version = pipeline.version(id);
        mvc.perform(form(BASE + "/" + id + "/upravit")
                        .param("title", "První změna")
                        .param("version", String.valueOf(version)))
                .andReturn();

        MvcResult stale = mvc.perform(form(BASE + "/" + id + "/upravit")
                        .param("title", "Druhá změna")
                        .param("version", String.valueOf(version)))
                .andReturn();
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("Druhá změna", "První změna");

        MvcResult staleState = mvc.perform(post(BASE + "/" + id + "/stav")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("target", "PREPARED")
                        .param("version", String.valueOf(version)))
                .andReturn();
        assertThat(staleState.getResponse().getStatus()).isEqualTo(409);
        assertThat(pipeline.state(id)).isEqualTo(ProjectState.IDEA);

        MvcResult staleDelete = mvc.perform(post(BASE + "/" + id + "/smazat")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", String.valueOf(version)))
                .andReturn();
        assertThat(staleDelete.getResponse().getStatus()).isEqualTo(409);
        assertThat(pipeline.exists(id)).isTrue();
    }

    @Test
    void onlyAnIdeaIsDeletedAndAfterConfirmation() throws Exception {
        long idea = pipeline.project(STRAKONICE, plan.measureId());
        long prepared = pipeline.project(STRAKONICE, plan.measureId(), ProjectState.PREPARED);
        Document detail = page(BASE + "/" + idea);
        assertThat(detail.selectFirst("form[action$=/smazat]").attr("data-confirm"))
                .startsWith("Opravdu smazat záměr");

        MvcResult refused = mvc.perform(post(BASE + "/" + prepared + "/smazat")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", String.valueOf(pipeline.version(prepared))))
                .andReturn();
        assertThat(refused.getFlashMap().get("failure")).isEqualTo("strategy.project.validation.delete.state");
        assertThat(pipeline.exists(prepared)).isTrue();

        MvcResult deleted = mvc.perform(post(BASE + "/" + idea + "/smazat")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", String.valueOf(pipeline.version(idea))))
                .andReturn();
        assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo(BASE);
        assertThat(pipeline.exists(idea)).isFalse();
        assertThat(mvc.perform(get(BASE + "/" + idea).with(coordinator.signedIn()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theListFiltersSortsInCzechOrderPagesAndExports() throws Exception {
        Sample own = mother.plan(STRAKONICE, StrategyMother.unique("Plán řazení"), PlanState.DRAFT);
        long m = own.measureId();
        pipeline.project(STRAKONICE, PipelineMother.details("Chráněné bydlení", 3_000_000, m), ProjectState.PREPARED);
        pipeline.project(STRAKONICE, PipelineMother.details("Hospic", 9_000_000, m));
        pipeline.project(STRAKONICE, PipelineMother.details("Čajovna pro seniory", 200_000, m), ProjectState.PREPARED);
        pipeline.project(STRAKONICE, PipelineMother.details("Cvičení", 100_000, m), ProjectState.REJECTED);

        String list = BASE + "?opatreni=" + m;
        assertThat(titles(page(list))).containsExactly("Cvičení", "Čajovna pro seniory", "Hospic", "Chráněné bydlení");
        assertThat(titles(page(list + "&razeni=naklady")))
                .containsExactly("Hospic", "Chráněné bydlení", "Čajovna pro seniory", "Cvičení");
        assertThat(titles(page(list + "&stav=PREPARED"))).containsExactly("Čajovna pro seniory", "Chráněné bydlení");
        assertThat(titles(page(list + "&stav=FUNDED"))).isEmpty();
        assertThat(page(list + "&stav=FUNDED").select(".empty-state").text())
                .isEqualTo("Filtrům neodpovídá žádný projekt. Zkuste filtry zrušit.");
        assertThat(titles(page(list + "&stav=nonsense&pripravenost=READY"))).isEmpty();
        assertThat(page(list).selectFirst("caption").text()).isEqualTo("Projekty v zásobníku (4)");

        // the export takes the same filters
        MvcResult xlsx = mvc.perform(get(BASE + "/export.xlsx?opatreni=" + m + "&stav=PREPARED&razeni=naklady")
                        .with(coordinator.signedIn()))
                .andReturn();
        assertThat(xlsx.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Zásobník projektů ORP Strakonice");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Filtry: Stav: připravený, Opatření: vybrané. Počet projektů: 2.");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Název projektu");
            assertThat(sheet.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Chráněné bydlení");
            assertThat(sheet.getRow(4).getCell(8).getNumericCellValue()).isEqualTo(3_000_000d);
            assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).startsWith("1.1.1 Pečovatelská služba");
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Čajovna pro seniory");
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
        }

        // 25 projects of one measure: two pages of 20
        Sample many = mother.plan(STRAKONICE, StrategyMother.unique("Plán stránkování"), PlanState.DRAFT);
        for (int i = 0; i < 25; i++) {
            pipeline.project(STRAKONICE, many.measureId());
        }
        Document first = page(BASE + "?opatreni=" + many.measureId());
        assertThat(titles(first)).hasSize(20);
        assertThat(first.select(".pagination").text()).contains("Strana 1 z 2");
        Document second = page(BASE + "?opatreni=" + many.measureId() + "&strana=2");
        assertThat(titles(second)).hasSize(5);
    }

    @Test
    void thePublicSeesPreparedSubmittedAndFundedProjectsAndTheMeasureShowsItsProjects() throws Exception {
        Sample inForce = mother.plan(STRAKONICE, StrategyMother.unique("Platný plán"), PlanState.IN_FORCE);
        long m = inForce.measureId();
        String idea = StrategyMother.unique("Záměr");
        String funded = StrategyMother.unique("Podpořený");
        String rejected = StrategyMother.unique("Zamítnutý");
        pipeline.project(STRAKONICE, PipelineMother.details(idea, 100_000, m));
        pipeline.project(
                STRAKONICE,
                PipelineMother.details(funded, 1_450_000, m),
                ProjectState.PREPARED,
                ProjectState.SUBMITTED,
                ProjectState.FUNDED);
        pipeline.project(STRAKONICE, PipelineMother.details(rejected, 343_475, m), ProjectState.REJECTED);

        // a project of an internal draft plan is public once prepared, the draft's measure is not named
        String ofDraft = StrategyMother.unique("Z návrhu");
        pipeline.project(STRAKONICE, PipelineMother.details(ofDraft, 100_000, plan.measureId()), ProjectState.PREPARED);
        List<Element> rows = publicRows("razeni=termin");
        assertThat(rows).anyMatch(r -> r.text().contains(funded));
        assertThat(rows).noneMatch(r -> r.text().contains(idea) || r.text().contains(rejected));
        assertThat(row(rows, ofDraft).select("td").get(1).text()).isEqualTo("–");
        assertThat(row(rows, funded).select("td").get(1).text()).startsWith("1.1.1 Pečovatelská služba");

        // at the measure: the public sees the funded project and its total; the team sees all three
        Document publicPlan = Jsoup.parse(
                mvc.perform(get("/orp/" + STRAKONICE + "/plan").param("plan", String.valueOf(inForce.planId())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        Element table = publicPlan.selectFirst(".measure-projects table");
        assertThat(plain(table.selectFirst("caption").text()))
                .isEqualTo(
                        "Projekty ze zásobníku k opatření 1.1.1, odhad nákladů celkem 1 450 000 Kč (bez zamítnutých)");
        assertThat(table.select("tbody th").eachText()).containsExactly(funded);
        assertThat(table.select("a")).isEmpty();
        assertThat(publicPlan.select("a[href=/orp/" + STRAKONICE + "/zasobnik-projektu]"))
                .hasSize(1);

        Document internal = page("/orp/" + STRAKONICE + "/planovani/plany/" + inForce.planId());
        Element own = internal.selectFirst(".measure-projects table");
        assertThat(plain(own.selectFirst("caption").text())).endsWith("celkem 1 550 000 Kč (bez zamítnutých)");
        assertThat(own.select("tbody th a").eachText()).containsExactlyInAnyOrder(idea, funded, rejected);
    }

    @Test
    void anUnknownProjectOrOneOfAnotherOrpIsNotFound() throws Exception {
        long foreign = pipeline.project(PISEK, (Long) null);
        for (String url : List.of(BASE + "/" + foreign, BASE + "/" + foreign + "/upravit", BASE + "/999999999")) {
            assertThat(mvc.perform(get(url).with(coordinator.signedIn()))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(url)
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(get("/orp/9999/zasobnik-projektu"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private MvcResult transition(long id, String target, String note) throws Exception {
        return mvc.perform(post(BASE + "/" + id + "/stav")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("target", target)
                        .param("note", note)
                        .param("version", String.valueOf(pipeline.version(id))))
                .andReturn();
    }

    /** Every row of the public list, page by page (other tests add projects of the same ORP). */
    private List<Element> publicRows(String query) throws Exception {
        List<Element> rows = new ArrayList<>();
        for (int page = 1; ; page++) {
            Document html = Jsoup.parse(
                    mvc.perform(get("/orp/" + STRAKONICE + "/zasobnik-projektu?" + query + "&strana=" + page))
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
            rows.addAll(html.select(".pipeline-table tbody tr"));
            if (html.select("a[rel=next]").isEmpty()) {
                return rows;
            }
        }
    }

    private static Element row(List<Element> rows, String title) {
        return rows.stream().filter(r -> r.text().contains(title)).findFirst().orElseThrow();
    }

    private static List<String> titles(Document html) {
        return new ArrayList<>(html.select(".pipeline-table tbody th a").eachText());
    }

    private static String plain(String text) {
        return text.replaceAll("[\\u00a0\\u202f]", " ");
    }
}
