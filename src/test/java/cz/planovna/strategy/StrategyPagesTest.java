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

/** The plan pages through MockMvc: tree, roll-ups, checklist, states, amendments, conflicts, bad input. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StrategyPagesTest {

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
    TransactionTemplate tx;

    StrategyMother mother;
    TestUser coordinator;

    @BeforeAll
    void setUp() {
        mother = new StrategyMother(users, territory, plans, nodes, tx);
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

    @Test
    void thePlanPageShowsTheNumberedTreeAndTheRolledUpCosts() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("Plán strom"), PlanState.DRAFT);

        Document doc = page(PLANS + s.planId());

        assertThat(doc.select(".plan-node-title").eachText())
                .containsExactly(
                        "1 Senioři", "1.1 Péče doma", "1.1.1 Pečovatelská služba " + titleOf(s), "1.1.1.1 Víkendy");
        // 1 450 000 (2020, obce) + 343 475 (2021, stát) = 1 793 475, on the measure, goal, priority and plan
        assertThat(plain(doc.select(".plan-node-total").eachText())).containsOnly("celkem 1 793 475 Kč");
        assertThat(plain(doc.select(".rollup-priority td").last().text())).isEqualTo("1 793 475 Kč");
        assertThat(doc.select("section[aria-labelledby=budget-heading] tfoot")
                        .first()
                        .text())
                .contains("1 450 000 Kč", "343 475 Kč", "1 793 475 Kč");
        assertThat(doc.select("#kontrola").text()).contains("Všechny povinné části strategie jsou vyplněny");
        assertThat(doc.select("section[aria-labelledby=changes-heading]").text())
                .isNotNull();
    }

    @Test
    void movingANodeRenumbersItsSiblings() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("Plán pořadí"), PlanState.DRAFT);
        long second = mother.activity(s.planId(), s.measureId());

        MvcResult moved = as(post(PLANS + s.planId() + "/polozky/" + second + "/posunout")
                .param("smer", "nahoru")
                .param("version", "0"));

        assertThat(moved.getResponse().getRedirectedUrl()).endsWith("#uzel-" + second);
        Document doc = page(PLANS + s.planId());
        assertThat(doc.select("#uzel-" + second + " > .plan-node-head .plan-node-title")
                        .text())
                .startsWith("1.1.1.1 ");
        assertThat(doc.select("#uzel-" + s.activityId() + " > .plan-node-head .plan-node-title")
                        .text())
                .isEqualTo("1.1.1.2 Víkendy");
        assertThat(doc.select("section[aria-labelledby=changes-heading] td").eachText())
                .contains("Posunuto výš: " + nodeTitle(second));
    }

    @Test
    void aNodeWithChildrenIsNotDeletedAndTheCoordinatorIsToldWhy() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("Plán mazání"), PlanState.DRAFT);

        MvcResult refused = as(
                post(PLANS + s.planId() + "/polozky/" + s.goalId() + "/smazat").param("version", "0"));

        assertThat(refused.getFlashMap().get("failure")).isEqualTo("strategy.validation.node.hasChildren");
        assertThat(nodes.findById(s.goalId()).orElseThrow().removed()).isFalse();

        MvcResult deleted = as(post(PLANS + s.planId() + "/polozky/" + s.activityId() + "/smazat")
                .param("version", "0"));
        assertThat(deleted.getFlashMap().get("notice")).isEqualTo("strategy.notice.node.removed");
        // kept stored, marked removed, so that what refers to it keeps working
        assertThat(nodes.findById(s.activityId()).orElseThrow().removed()).isTrue();
    }

    @Test
    void aStaleVersionShowsTheConflictPage() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("Plán konflikt"), PlanState.DRAFT);
        as(post(PLANS + s.planId() + "/polozky/" + s.measureId() + "/naklady")
                .param("c-2020-MUNICIPALITY", "100")
                .param("version", "0"));

        MvcResult stale = as(post(PLANS + s.planId() + "/polozky/" + s.measureId() + "/naklady")
                .param("c-2020-MUNICIPALITY", "200")
                .param("version", "0"));

        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void badAmountsAreRefusedCellByCellAndNothingTypedIsLost() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("Plán částky"), PlanState.DRAFT);

        MvcResult result = as(post(PLANS + s.planId() + "/polozky/" + s.measureId() + "/naklady")
                .param("c-2020-MUNICIPALITY", "-5")
                .param("c-2021-STATE", "deset")
                .param("c-2022-EU", "1 793 475")
                .param("version", String.valueOf(mother.nodeVersion(s.measureId()))));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document doc = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(doc.select(".error-summary li").eachText())
                .containsExactly(
                        "2020, Obce: Částka nesmí být záporná.",
                        "2021, Státní dotace: Zadejte celé nezáporné číslo v korunách.");
        assertThat(doc.select("#c-2020-MUNICIPALITY").attr("value")).isEqualTo("-5");
        assertThat(doc.select("#c-2020-MUNICIPALITY").attr("aria-invalid")).isEqualTo("true");
        assertThat(doc.select("#c-2022-EU").attr("value")).isEqualTo("1 793 475");
        // nothing was saved
        assertThat(plain(page(PLANS + s.planId())
                        .select(".rollup-priority td")
                        .last()
                        .text()))
                .isEqualTo("1 793 475 Kč");
    }

    @Test
    void aSpanBackwardsOrLongerThanTenYearsIsAFieldError() throws Exception {
        MvcResult result = as(post(PLANS + "novy")
                .param("title", StrategyMother.unique("Plán rozpětí"))
                .param("yearFrom", "2025")
                .param("yearTo", "2022")
                .param("version", "0"));
        Document doc = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(doc.select("#yearTo-error").text()).isEqualTo("Rok konce nesmí být dříve než rok začátku.");

        result = as(post(PLANS + "novy")
                .param("title", StrategyMother.unique("Plán rozpětí"))
                .param("yearFrom", "2020")
                .param("yearTo", "2030")
                .param("version", "0"));
        doc = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(doc.select("#yearTo-error").text()).isEqualTo("Plán může trvat nejvýše 10 let.");
    }

    @Test
    void approvalIsBlockedWhileTheChecklistFindsErrors() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("Plán mezery"), PlanState.PUBLIC_COMMENTING);
        as(post(PLANS + s.planId() + "/polozky/nova")
                .param("nadrazena", String.valueOf(s.priorityId()))
                .param("title", "Cíl bez opatření")
                .param("version", "0"));

        Document doc = page(PLANS + s.planId());
        assertThat(doc.select(".check-error").eachText())
                .containsExactly("Chyba: Cíl nemá žádné opatření 1.2 Cíl bez opatření");
        assertThat(doc.select(".check-error a").attr("href")).startsWith("#uzel-");
        assertThat(doc.select("section[aria-labelledby=state-heading] .alert-error")
                        .text())
                .startsWith("Plán nelze schválit");

        MvcResult refused = as(post(PLANS + s.planId() + "/stav")
                .param("target", "APPROVED")
                .param("approvedBy", "Zastupitelstvo")
                .param("approvedOn", "2019-12-12")
                .param("resolution", "1/2019")
                .param("version", String.valueOf(mother.planVersion(s.planId()))));
        assertThat(refused.getFlashMap().get("failure")).isEqualTo("strategy.validation.approve.errors");
        assertThat(plans.findById(s.planId()).orElseThrow().state()).isEqualTo(PlanState.PUBLIC_COMMENTING);
    }

    @Test
    void anApprovedPlanChangesOnlyThroughARecordedAmendment() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("Plán aktualizace"), PlanState.IN_FORCE);
        String nodeUrl = PLANS + s.planId() + "/polozky/" + s.activityId();

        MvcResult refused =
                as(post(nodeUrl).param("title", "Změna bez aktualizace").param("version", "0"));
        assertThat(Jsoup.parse(refused.getResponse().getContentAsString())
                        .select(".error-summary li")
                        .eachText())
                .containsExactly("Schválený plán lze měnit jen v rámci otevřené aktualizace.");

        as(post(PLANS + s.planId() + "/aktualizace")
                .param("summary", "Víkendový provoz od roku 2022")
                .param("reason", "Poptávka obcí")
                .param("version", String.valueOf(mother.planVersion(s.planId()))));
        MvcResult saved = as(post(nodeUrl).param("title", "Víkendy a svátky").param("version", "0"));
        assertThat(saved.getFlashMap().get("notice")).isEqualTo("strategy.notice.node.saved");

        as(post(PLANS + s.planId() + "/aktualizace/schvalit")
                .param("approvedBy", "Zastupitelstvo města Strakonice")
                .param("approvedOn", "18. 3. 2021")
                .param("resolution", "ZM/41/2021")
                .param("version", String.valueOf(mother.planVersion(s.planId()))));

        Document doc = page(PLANS + s.planId());
        assertThat(doc.select("section[aria-labelledby=amendments-heading] tbody tr")
                        .eachText())
                .containsExactly("1 Víkendový provoz od roku 2022 Poptávka obcí"
                        + " Zastupitelstvo města Strakonice, 18. 3. 2021, usnesení ZM/41/2021");
        MvcResult lockedAgain = as(post(nodeUrl).param("title", "Další změna").param("version", "1"));
        assertThat(Jsoup.parse(lockedAgain.getResponse().getContentAsString())
                        .select(".error-summary li")
                        .eachText())
                .containsExactly("Schválený plán lze měnit jen v rámci otevřené aktualizace.");
        assertThat(doc.select("section[aria-labelledby=changes-heading] tbody").text())
                .contains("Otevřena aktualizace", "Upravena aktivita: Víkendy a svátky", "Schválena aktualizace");
    }

    @Test
    void thePublicSeesAdoptedPlansAndDraftsForCommentsButNeverInternalDrafts() throws Exception {
        Sample draft = mother.plan(STRAKONICE, StrategyMother.unique("Interní návrh"), PlanState.DRAFT);
        Sample commenting =
                mother.plan(STRAKONICE, StrategyMother.unique("Návrh k připomínkám"), PlanState.PUBLIC_COMMENTING);
        Sample approved = mother.plan(STRAKONICE, StrategyMother.unique("Schválený"), PlanState.APPROVED);

        String publicPage = mvc.perform(get("/orp/" + STRAKONICE + "/plan"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(publicPage).doesNotContain(titleOf(draft)).contains(titleOf(approved), titleOf(commenting));

        Document c = Jsoup.parse(
                mvc.perform(get("/orp/" + STRAKONICE + "/plan").param("plan", String.valueOf(commenting.planId())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(c.select("main h2").first().text()).isEqualTo(titleOf(commenting));
        assertThat(c.select("main .alert-warning").text()).startsWith("Toto je návrh plánu zveřejněný k připomínkám");
        assertThat(c.select(".plan-node-title").eachText())
                .contains("1.1.1 Pečovatelská služba " + titleOf(commenting));
        assertThat(c.select("section[aria-labelledby=changes-heading]")).isEmpty();
        assertThat(c.select(".plan-node-actions")).isEmpty();

        assertThat(mvc.perform(get("/orp/" + STRAKONICE + "/plan").param("plan", String.valueOf(draft.planId())))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void anOrpWithoutAPublicPlanShowsAnEmptyState() throws Exception {
        Document doc = Jsoup.parse(
                mvc.perform(get("/orp/3202/plan")).andReturn().getResponse().getContentAsString());
        assertThat(doc.select("main .empty-state").text()).startsWith("ORP zatím nemá schválený");
    }

    /** Texts with no-break and narrow spaces as plain spaces. */
    static String plain(String text) {
        return text.replaceAll("[\\u00a0\\u202f]", " ");
    }

    static java.util.List<String> plain(java.util.List<String> texts) {
        return texts.stream().map(StrategyPagesTest::plain).toList();
    }

    private String titleOf(Sample s) {
        return plans.findById(s.planId()).orElseThrow().title();
    }

    private String nodeTitle(long id) {
        return nodes.findById(id).orElseThrow().title();
    }
}
