package cz.planovna.strategy;

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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * The action plan pages through MockMvc: generation and its field errors, adjusting an item (bad
 * amounts, stale versions), the difference and totals, approval and returning to a draft, the
 * public page and the XLSX, and the integrity of the medium-term plan's tree. The sample measure
 * plans 1 450 000 Kč from the obce in 2020 and 343 475 Kč from the state in 2021.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActionPlanPagesTest {

    static final String PLANS = "/orp/" + STRAKONICE + "/planovani/plany/";

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
    TestUser coordinator;

    @BeforeAll
    void setUp() {
        mother = new StrategyMother(users, territory, plans, nodes, tx);
        actions = new ActionPlanMother(actionPlans, items, strategy, tx);
        coordinator = mother.districtCoordinator(STRAKONICE);
    }

    MvcResult as(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(coordinator.signedIn()).with(csrf())).andReturn();
    }

    Document page(String url) throws Exception {
        MvcResult result = as(get(url));
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    static String plain(String text) {
        return text.replaceAll("[\\u00a0\\u202f]", " ").replace('\u2212', '-');
    }

    @Test
    void aYearOutsideTheSpanOrTakenIsAFieldErrorAndAGoodOneGeneratesTheItems() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("AP generování"), PlanState.DRAFT);
        String list = PLANS + s.planId() + "/akcni-plany";

        MvcResult outside = as(post(list).param("year", "2025"));
        assertThat(outside.getResponse().getStatus()).isEqualTo(200);
        Document doc = Jsoup.parse(outside.getResponse().getContentAsString());
        assertThat(doc.select("#year-error").text()).isEqualTo("Rok 2025 neleží v období plánu 2020–2022.");
        assertThat(doc.select("#year").attr("value")).isEqualTo("2025");
        assertThat(doc.select("#year").attr("aria-invalid")).isEqualTo("true");

        MvcResult missing = as(post(list).param("year", ""));
        assertThat(Jsoup.parse(missing.getResponse().getContentAsString())
                        .select("#year-error")
                        .text())
                .isEqualTo("Vyplňte rok akčního plánu.");

        MvcResult created = as(post(list).param("year", "2020"));
        String detail = created.getResponse().getRedirectedUrl();
        assertThat(detail).startsWith(list + "/");
        Document ap = page(detail);
        assertThat(ap.select(".action-item-label").eachText())
                .containsExactly("1.1.1 Pečovatelská služba " + titleOf(s), "1.1.1.1 Víkendy");
        assertThat(ap.select(".action-status").eachText()).containsExactly("Beze změny", "Beze změny");
        assertThat(plain(ap.select(".action-sources tfoot").text())).contains("1 450 000 Kč");

        MvcResult again = as(post(list).param("year", "2020"));
        assertThat(Jsoup.parse(again.getResponse().getContentAsString())
                        .select("#year-error")
                        .text())
                .isEqualTo("Akční plán na rok 2020 už k tomuto plánu existuje.");
        assertThat(page(list).select("table tbody tr")).hasSize(1);
    }

    @Test
    void adjustingAnItemRefusesBadAmountsKeepsTheInputAndShowsTheDifference() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("AP úpravy"), PlanState.DRAFT);
        long ap = actions.generated(s.planId(), 2020);
        long measureItem = actions.itemIds(ap).get(0);
        String item = PLANS + s.planId() + "/akcni-plany/" + ap + "/polozky/" + measureItem;

        MvcResult negative = as(post(item)
                .param("b-MUNICIPALITY", "-1")
                .param("b-STATE", "99999999999")
                .param("responsible", "Charita")
                .param("term", "YEAR")
                .param("version", "0"));
        assertThat(negative.getResponse().getStatus()).isEqualTo(200);
        Document doc = Jsoup.parse(negative.getResponse().getContentAsString());
        assertThat(doc.select(".error-summary li").eachText())
                .containsExactly(
                        "Obce: Částka nesmí být záporná.",
                        "Státní dotace: Částka je nereálně vysoká (nejvýše 1 000 000 000 Kč za zdroj).");
        assertThat(doc.select("#b-MUNICIPALITY").attr("value")).isEqualTo("-1");
        assertThat(doc.select("#responsible").attr("value")).isEqualTo("Charita");

        MvcResult range = as(post(item)
                .param("b-MUNICIPALITY", "1 520 000")
                .param("term", "RANGE")
                .param("dateFrom", "2021-01-01")
                .param("dateTo", "2020-03-01")
                .param("version", "0"));
        assertThat(Jsoup.parse(range.getResponse().getContentAsString())
                        .select("#dateFrom-error")
                        .text())
                .isEqualTo("Datum musí ležet v roce 2020.");
        assertThat(actions.item(measureItem).budget()).containsEntry(FundingSource.MUNICIPALITY, 1_450_000L);

        MvcResult saved = as(post(item)
                .param("b-MUNICIPALITY", "1 520 000")
                .param("b-REGION", "30 000")
                .param("responsible", "Charita")
                .param("term", "Q3")
                .param("note", "Navýšení o víkendy")
                .param("version", "0"));
        assertThat(saved.getResponse().getRedirectedUrl()).endsWith("#polozka-" + measureItem);

        Document ap2 = page(PLANS + s.planId() + "/akcni-plany/" + ap);
        var group = ap2.select("#polozka-" + measureItem);
        assertThat(group.select(".action-status").text()).isEqualTo("Změněno");
        // 1 520 000 + 30 000 = 1 550 000 against 1 450 000 planned: +100 000
        assertThat(plain(group.select("tr").first().text()))
                .contains("1 450 000 Kč", "1 550 000 Kč", "+100 000 Kč", "Charita", "(ve střednědobém plánu: Město)")
                .contains("3. čtvrtletí");
        assertThat(plain(ap2.select(".action-priorities tfoot").text()))
                .isEqualTo("Akční plán celkem 1 450 000 Kč 1 550 000 Kč +100 000 Kč");
        assertThat(ap2.select("section[aria-labelledby=changes-heading] td").eachText())
                .contains("Upravena položka: Pečovatelská služba " + titleOf(s));

        // the same form sent again with the old version: somebody saved meanwhile
        MvcResult stale =
                as(post(item).param("b-MUNICIPALITY", "1").param("term", "YEAR").param("version", "0"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(actions.item(measureItem).budget()).containsEntry(FundingSource.MUNICIPALITY, 1_520_000L);
    }

    @Test
    void itemsAreLeftOutAddedBackAndReordered() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("AP položky"), PlanState.DRAFT);
        long ap = actions.generated(s.planId(), 2020);
        List<Long> ids = actions.itemIds(ap);
        String base = PLANS + s.planId() + "/akcni-plany/" + ap;

        as(post(base + "/polozky/" + ids.get(1) + "/posunout")
                .param("smer", "nahoru")
                .param("version", "0"));
        assertThat(page(base).select(".action-item-label").eachText())
                .containsExactly("1.1.1.1 Víkendy", "1.1.1 Pečovatelská služba " + titleOf(s));

        as(post(base + "/polozky/" + ids.get(0) + "/smazat").param("version", "1"));
        Document doc = page(base);
        assertThat(doc.select("#polozka-" + ids.get(0) + " .action-status").text())
                .isEqualTo("Vyřazeno z akčního plánu");
        assertThat(doc.select("#nodeId option").eachAttr("value")).containsExactly(String.valueOf(s.measureId()));
        assertThat(plain(doc.select(".action-priorities tfoot").text()))
                .isEqualTo("Akční plán celkem 1 450 000 Kč 0 Kč -1 450 000 Kč");

        as(post(base + "/polozky")
                .param("nodeId", String.valueOf(s.measureId()))
                .param("version", String.valueOf(actions.version(ap))));
        assertThat(page(base).select(".action-status").eachText()).containsExactly("Beze změny", "Beze změny");
    }

    @Test
    void aMeasureInAnActionPlanIsNotDeletedFromThePlanAndThePlanPageNamesTheActionPlan() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("AP integrita"), PlanState.DRAFT);
        long ap = actions.generated(s.planId(), 2020);

        MvcResult refused = as(post(PLANS + s.planId() + "/polozky/" + s.activityId() + "/smazat")
                .param("version", String.valueOf(mother.nodeVersion(s.activityId()))));

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(PLANS + s.planId());
        assertThat(nodes.findById(s.activityId()).orElseThrow().removed()).isFalse();
        Document plan = Jsoup.parse(
                mvc.perform(get(PLANS + s.planId()).with(coordinator.signedIn()).flashAttrs(refused.getFlashMap()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(plan.select("main .alert-error").text())
                .contains("Položku „Víkendy“ nelze smazat, protože ji obsahují tyto akční plány.")
                .contains("Akční plán 2020 (Návrh)");
        assertThat(plan.select("main .alert-error a").attr("href"))
                .isEqualTo(PLANS + s.planId() + "/akcni-plany/" + ap);

        // left out of the action plan, the activity may go
        long activityItem = actions.itemIds(ap).get(1);
        as(post(PLANS + s.planId() + "/akcni-plany/" + ap + "/polozky/" + activityItem + "/smazat")
                .param("version", "0"));
        MvcResult removed = as(post(PLANS + s.planId() + "/polozky/" + s.activityId() + "/smazat")
                .param("version", String.valueOf(mother.nodeVersion(s.activityId()))));
        assertThat(removed.getFlashMap().get("notice")).isEqualTo("strategy.notice.node.removed");
        assertThat(nodes.findById(s.activityId()).orElseThrow().removed()).isTrue();
        // the left-out item still shows in the difference, without a number
        assertThat(page(PLANS + s.planId() + "/akcni-plany/" + ap)
                        .select("#polozka-" + activityItem + " .action-item-label")
                        .text())
                .isEqualTo("Víkendy");
    }

    @Test
    void approvalLocksTheActionPlanPublishesItAndReturningNeedsAReason() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("AP schválení"), PlanState.IN_FORCE);
        long ap = actions.generated(s.planId(), 2021);
        String base = PLANS + s.planId() + "/akcni-plany/" + ap;
        String publicPage = "/orp/" + STRAKONICE + "/plan/akcni-plany/2021?plan=" + s.planId();
        assertThat(mvc.perform(get(publicPage)).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        MvcResult incomplete = as(post(base + "/schvalit")
                .param("approvedBy", "Rada města")
                .param("approvedOn", "2021-02-10")
                .param("resolution", " ")
                .param("version", "0"));
        assertThat(incomplete.getFlashMap().get("failure")).isEqualTo("strategy.validation.resolution.required");
        assertThat(actions.state(ap)).isEqualTo(ActionPlanState.DRAFT);

        as(post(base + "/schvalit")
                .param("approvedBy", "Rada města")
                .param("approvedOn", "10. 2. 2021")
                .param("resolution", "RM/7/2021")
                .param("version", "0"));
        assertThat(actions.state(ap)).isEqualTo(ActionPlanState.APPROVED);

        long item = actions.itemIds(ap).get(0);
        MvcResult locked = as(post(base + "/polozky/" + item)
                .param("b-STATE", "1")
                .param("term", "YEAR")
                .param("version", "0"));
        assertThat(locked.getFlashMap().get("failure")).isEqualTo("strategy.action.validation.locked");
        assertThat(as(get(base + "/polozky/" + item)).getResponse().getStatus()).isEqualTo(404);
        Document detail = page(base);
        assertThat(detail.select("main a[href*='/polozky/']")).isEmpty();
        assertThat(detail.select("#nodeId")).isEmpty();

        Document pub = Jsoup.parse(
                mvc.perform(get(publicPage)).andReturn().getResponse().getContentAsString());
        assertThat(pub.select("h1").text()).isEqualTo("Akční plán 2021 – ORP Strakonice");
        assertThat(plain(pub.select(".facts").text())).contains("Rada města, 10. 2. 2021, usnesení RM/7/2021");
        assertThat(pub.select("main form")).isEmpty();
        assertThat(Jsoup.parse(mvc.perform(
                                        get("/orp/" + STRAKONICE + "/plan").param("plan", String.valueOf(s.planId())))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .select("section[aria-labelledby=action-plans-heading] a")
                        .attr("href"))
                .isEqualTo("/orp/" + STRAKONICE + "/plan/akcni-plany/2021?plan=" + s.planId());

        MvcResult noReason = as(post(base + "/vratit").param("reason", "").param("version", "1"));
        assertThat(noReason.getFlashMap().get("failure")).isEqualTo("strategy.action.validation.reason.required");
        MvcResult stale =
                as(post(base + "/vratit").param("reason", "Změna dotace").param("version", "0"));
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);

        as(post(base + "/vratit").param("reason", "Kraj snížil dotaci").param("version", "1"));
        assertThat(actions.state(ap)).isEqualTo(ActionPlanState.DRAFT);
        assertThat(page(base)
                        .select("section[aria-labelledby=changes-heading] td")
                        .eachText())
                .contains("Vrácen do návrhu, důvod: Kraj snížil dotaci", "Schválen: Rada města, RM/7/2021");
        assertThat(mvc.perform(get(publicPage)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void theXlsxHasTheDifferenceColumnsAndTheTotals() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("AP export"), PlanState.DRAFT);
        long ap = actions.generated(s.planId(), 2020);
        long item = actions.itemIds(ap).get(0);
        as(post(PLANS + s.planId() + "/akcni-plany/" + ap + "/polozky/" + item)
                .param("b-MUNICIPALITY", "1 400 000")
                .param("term", "YEAR")
                .param("responsible", "Město")
                .param("version", "0"));

        MvcResult export = as(get(PLANS + s.planId() + "/akcni-plany/" + ap + "/export.xlsx"));
        assertThat(export.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            List<String> header = texts(sheet.getRow(4));
            assertThat(header).startsWith("Číslo", "Opatření / aktivita", "Druh", "Změna proti střednědobému plánu");
            assertThat(header).contains("Obce – střednědobý plán", "Obce – akční plán", "Obce – rozdíl", "Rozdíl");
            Row measure = sheet.getRow(5);
            assertThat(measure.getCell(0).getStringCellValue()).isEqualTo("1.1.1");
            assertThat(measure.getCell(3).getStringCellValue()).isEqualTo("Změněno");
            int obce = header.indexOf("Obce – střednědobý plán");
            assertThat(measure.getCell(obce).getNumericCellValue()).isEqualTo(1_450_000);
            assertThat(measure.getCell(obce + 1).getNumericCellValue()).isEqualTo(1_400_000);
            assertThat(measure.getCell(obce + 2).getNumericCellValue()).isEqualTo(-50_000);
            int difference = header.indexOf("Rozdíl");
            assertThat(measure.getCell(difference).getNumericCellValue()).isEqualTo(-50_000);
            Row whole = sheet.getRow(sheet.getLastRowNum());
            assertThat(whole.getCell(1).getStringCellValue()).isEqualTo("Akční plán celkem");
            assertThat(whole.getCell(difference - 2).getNumericCellValue()).isEqualTo(1_450_000);
            assertThat(whole.getCell(difference - 1).getNumericCellValue()).isEqualTo(1_400_000);
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getStringCellValue());
        }
        return texts;
    }

    private String titleOf(Sample s) {
        String title = plans.findById(s.planId()).orElseThrow().title();
        return title;
    }
}
