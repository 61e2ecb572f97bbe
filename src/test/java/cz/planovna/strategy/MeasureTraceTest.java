package cz.planovna.strategy;

import static cz.planovna.strategy.StrategyMother.JIHOCESKY;
import static cz.planovna.strategy.StrategyMother.PISEK;
import static cz.planovna.strategy.StrategyMother.PLZENSKY;
import static cz.planovna.strategy.StrategyMother.STRAKONICE;
import static cz.planovna.testing.AuthorizationMatrix.EVERYONE;
import static cz.planovna.testing.AuthorizationMatrix.NOBODY;
import static cz.planovna.testing.AuthorizationMatrix.VIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.StrategyMother.Sample;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.AuthorizationMatrix;
import cz.planovna.testing.AuthorizationMatrix.Case;
import cz.planovna.testing.AuthorizationMatrix.Persona;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The measure's trace page: every visitor kind against the internal and the public page (own and
 * foreign ORP; a draft's measure is not public), and the parts contributed by {@link
 * MeasureTraceSection} beans, here two fakes: one with lines (which also say whether they were
 * asked for the team or the public), one empty, rendered in their order with the empty state.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MeasureTraceTest.FakeSections.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasureTraceTest {

    @TestConfiguration
    static class FakeSections {

        @Bean
        MeasureTraceSection spentMoney() {
            return new MeasureTraceSection() {
                @Override
                public int order() {
                    return 250;
                }

                @Override
                public String titleKey() {
                    return "strategy.trace.money";
                }

                @Override
                public List<TraceEntry> entries(int districtCode, long planId, long measureId, boolean internal) {
                    return List.of(
                            new TraceEntry("Vyčerpáno " + measureId, internal ? "tým" : "veřejnost", "/katalog", 2021),
                            new TraceEntry("Bez odkazu", null, null, null));
                }
            };
        }

        @Bean
        MeasureTraceSection comments() {
            return new MeasureTraceSection() {
                @Override
                public int order() {
                    return 100;
                }

                @Override
                public String titleKey() {
                    return "strategy.trace.projects";
                }

                @Override
                public List<TraceEntry> entries(int districtCode, long planId, long measureId, boolean internal) {
                    return List.of();
                }
            };
        }
    }

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
    AuthorizationMatrix authorization;
    Sample draft;
    Sample inForce;
    Sample foreign;

    @BeforeAll
    void createVisitorsAndData() {
        mother = new StrategyMother(users, territory, plans, nodes, tx);
        authorization = new AuthorizationMatrix(mvc).visitors(mother, STRAKONICE, PISEK, JIHOCESKY, PLZENSKY);
        draft = mother.plan(STRAKONICE, StrategyMother.unique("Návrh stopa"), PlanState.DRAFT);
        inForce = mother.plan(STRAKONICE, StrategyMother.unique("Platný stopa"), PlanState.IN_FORCE);
        foreign = mother.plan(PISEK, StrategyMother.unique("Cizí stopa"), PlanState.IN_FORCE);
    }

    static String internal(Sample s) {
        return "/orp/" + STRAKONICE + "/planovani/plany/" + s.planId() + "/opatreni/" + s.measureId()
                + "/sledovatelnost";
    }

    static String published(int orp, long nodeId) {
        return "/orp/" + orp + "/plan/opatreni/" + nodeId;
    }

    Stream<Case> cases() {
        return Stream.of(
                new Case("GET internal trace (draft)", VIEW, () -> get(internal(draft))),
                new Case("GET internal trace (in force)", VIEW, () -> get(internal(inForce))),
                new Case(
                        "GET public trace (in force)", EVERYONE, () -> get(published(STRAKONICE, inForce.measureId()))),
                new Case("GET public trace (draft)", NOBODY, () -> get(published(STRAKONICE, draft.measureId()))),
                new Case(
                        "GET public trace of another ORP's measure",
                        NOBODY,
                        () -> get(published(STRAKONICE, foreign.measureId()))),
                new Case(
                        "GET public trace of an activity",
                        NOBODY,
                        () -> get(published(STRAKONICE, inForce.activityId()))),
                // the team's own URL with a plan of another ORP: the plan is not found there
                new Case(
                        "GET internal trace, plan of another ORP",
                        "LNNDNDNDD",
                        () -> get("/orp/" + STRAKONICE + "/planovani/plany/" + foreign.planId() + "/opatreni/"
                                + foreign.measureId() + "/sledovatelnost")));
    }

    Stream<Arguments> matrix() {
        return AuthorizationMatrix.arguments(cases());
    }

    @ParameterizedTest(name = AuthorizationMatrix.NAME)
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        authorization.check(c, persona, expected);
    }

    @Test
    void theTeamSeesMoneyIndicatorsAndTheContributedPartsInTheirOrder() throws Exception {
        Document page = page(get(internal(inForce))
                .with(authorization.visitor(Persona.MEMBER_OWN).signedIn()));

        assertThat(page.select("h1").text()).startsWith("Sledovatelnost opatření 1.1.1 Pečovatelská služba");
        // money per year by source with Czech amounts and totals (1 450 000 + 343 475)
        assertThat(page.select("#penize tfoot").text()).contains("1 793 475 Kč");
        assertThat(page.select("#penize tbody tr").first().text())
                .contains("2020")
                .contains("1 450 000 Kč");
        assertThat(page.select("#indikatory tbody tr").text())
                .contains("Klienti")
                .contains("osob")
                .contains("10")
                .contains("12");
        // the parts: the empty one (order 100) first with its empty state, then the one with lines
        // the real parts of other modules (comments, monitoring) are in between; only the fakes are checked
        var fakes = fakeParts(page);
        assertThat(fakes.stream().map(s -> s.selectFirst("h2").text()))
                .containsExactly("Projekty ze zásobníku", "Peníze podle let a zdrojů");
        assertThat(fakes.get(0).select(".empty-state").text()).isEqualTo("Zatím nic.");
        var lines = fakes.get(1).select("li");
        assertThat(lines.get(0).text()).isEqualTo("2021: Vyčerpáno " + inForce.measureId() + " – tým");
        assertThat(lines.get(0).select("a").attr("href")).isEqualTo("/katalog");
        assertThat(lines.get(1).text()).isEqualTo("Bez odkazu");
        // the way back: the plan (internal)
        assertThat(page.select("nav[aria-label] a").eachAttr("href"))
                .contains("/orp/" + STRAKONICE + "/planovani/plany/" + inForce.planId());
    }

    @Test
    void thePublicPartsAreAskedForThePublic() throws Exception {
        Document page = page(get(published(STRAKONICE, inForce.measureId())));

        assertThat(fakeParts(page).get(1).select("li").get(0).text())
                .isEqualTo("2021: Vyčerpáno " + inForce.measureId() + " – veřejnost");
        assertThat(page.select("#duvody .empty-state").text())
                .isEqualTo("Opatření zatím necituje žádné zjištění ani položku SWOT analýzy.");
    }

    @Test
    void everyMeasureOfThePlanPagesLinksToItsTracePage() throws Exception {
        Document internalPlan = page(get("/orp/" + STRAKONICE + "/planovani/plany/" + inForce.planId())
                .with(authorization.visitor(Persona.DISTRICT_OWN).signedIn()));
        assertThat(internalPlan.select(".plan-node-trace a").eachAttr("href")).containsExactly(internal(inForce));

        Document publicPlan = page(get("/orp/" + STRAKONICE + "/plan").param("plan", String.valueOf(inForce.planId())));
        assertThat(publicPlan.select(".plan-node-trace a").eachAttr("href"))
                .containsExactly(published(STRAKONICE, inForce.measureId()));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        response.setCharacterEncoding("UTF-8");
        return Jsoup.parse(response.getContentAsString());
    }

    /** The parts contributed by the two fake sections of this test, in page order. */
    private static List<org.jsoup.nodes.Element> fakeParts(Document page) {
        return page.select("section.trace-part").stream()
                .filter(s -> List.of("Projekty ze zásobníku", "Peníze podle let a zdrojů")
                        .contains(s.selectFirst("h2").text()))
                .toList();
    }
}
