package cz.planovna.strategy;

import static cz.planovna.strategy.StrategyMother.JIHOCESKY;
import static cz.planovna.strategy.StrategyMother.PISEK;
import static cz.planovna.strategy.StrategyMother.PLZENSKY;
import static cz.planovna.strategy.StrategyMother.STRAKONICE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_DONE;
import static cz.planovna.testing.AuthorizationMatrix.EDIT_PAGE;
import static cz.planovna.testing.AuthorizationMatrix.redirect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.analysis.Quadrant;
import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.StrategyMother.Sample;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.AuthorizationMatrix;
import cz.planovna.testing.AuthorizationMatrix.Case;
import cz.planovna.testing.AuthorizationMatrix.Persona;
import cz.planovna.testing.TestUser;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A measure cites findings and SWOT items of its ORP: the justification page for every kind of
 * visitor, citing shown on the plan and the public page, traceability from the finding, refusal of
 * another ORP's findings, stale forms (409) and deleting a cited finding. Findings are created
 * through the findings pages as Strakonice's coordinator, with unique texts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JustificationTest {

    static final String BASE = "/orp/" + STRAKONICE + "/planovani";

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
    TestUser coordinator;
    TestUser pisekCoordinator;

    @BeforeAll
    void createVisitors() {
        mother = new StrategyMother(users, territory, plans, nodes, tx);
        authorization = new AuthorizationMatrix(mvc)
                .visitors(mother, STRAKONICE, PISEK, JIHOCESKY, PLZENSKY)
                // R = 302 done, back to the plan of the request
                .outcome(
                        'R',
                        redirect(location -> assertThat(location).startsWith(BASE + "/plany/" + current.planId())));
        coordinator = mother.districtCoordinator(STRAKONICE);
        pisekCoordinator = mother.districtCoordinator(PISEK);
    }

    // ---- authorization matrix -----------------------------------------------------------------

    /** The plan of the request being checked (each request gets a new one). */
    Sample current;

    Stream<Case> cases() {
        return Stream.of(
                new Case("GET …/zduvodneni", EDIT_PAGE, () -> get(justification(false))),
                new Case(
                        "POST …/zduvodneni",
                        EDIT_DONE,
                        () -> post(justification(false))
                                .param("version", String.valueOf(mother.nodeVersion(current.measureId())))),
                new Case("GET …/zduvodneni (unknown measure)", "LNNDNDDDD", () -> get(justification(true))));
    }

    /** The justification page of a new plan's measure, or of its goal (not a measure). */
    private String justification(boolean ofGoal) {
        current = mother.plan(STRAKONICE, StrategyMother.unique("Plán zdůvodnění"), PlanState.DRAFT);
        return BASE + "/plany/" + current.planId() + "/polozky/" + (ofGoal ? current.goalId() : current.measureId())
                + "/zduvodneni";
    }

    Stream<Arguments> matrix() {
        return AuthorizationMatrix.arguments(cases());
    }

    @ParameterizedTest(name = AuthorizationMatrix.NAME)
    @MethodSource("matrix")
    void everyVisitorGetsExactlyTheExpectedAnswer(Case c, Persona persona, char expected) throws Exception {
        authorization.check(c, persona, expected);
    }

    // ---- behaviour ------------------------------------------------------------------------------

    @Test
    void aMeasureCitesFindingsAndSwotItemsShownOnThePlanPublicPageAndTheFinding() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("Plán citace"), PlanState.DRAFT);
        String statement = StrategyMother.unique("Chybí víkendová pečovatelská služba");
        long finding = createFinding(coordinator, STRAKONICE, statement);
        long swot = createSwot(coordinator, STRAKONICE, StrategyMother.unique("SWOT citace"));
        long item = addItem(coordinator, STRAKONICE, swot, Quadrant.WEAKNESS, "Málo terénních pracovníků");
        String page = BASE + "/plany/" + s.planId() + "/polozky/" + s.measureId() + "/zduvodneni";

        String form = body(get(page).with(coordinator.signedIn()));
        assertThat(form)
                .contains(statement)
                .contains("Málo terénních pracovníků")
                .contains("Slabé stránky");

        mvc.perform(post(page)
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("zjisteni", String.valueOf(finding))
                        .param("swot", String.valueOf(item))
                        .param("version", String.valueOf(mother.nodeVersion(s.measureId()))))
                .andExpect(status().is3xxRedirection());

        String label = labelOf(body(get(BASE + "/zjisteni/" + finding).with(coordinator.signedIn())));
        String plan = body(get(BASE + "/plany/" + s.planId()).with(coordinator.signedIn()));
        assertThat(plan)
                .contains("Zdůvodnění (zjištění a SWOT)")
                .contains(label)
                .contains(statement)
                .contains("Málo terénních pracovníků");

        // traceability: the finding names the measure that cites it
        String findingPage = body(get(BASE + "/zjisteni/" + finding).with(coordinator.signedIn()));
        assertThat(findingPage)
                .contains("1.1.1 ")
                .contains("/plany/" + s.planId() + "/opatreni/" + s.measureId() + "/sledovatelnost");
        // and so does the SWOT item, on the SWOT page
        org.jsoup.nodes.Document swotPage =
                org.jsoup.Jsoup.parse(body(get(BASE + "/swot/" + swot).with(coordinator.signedIn())));
        assertThat(swotPage.select("#polozka-" + item + " .swot-citing a").attr("href"))
                .isEqualTo("/orp/" + STRAKONICE + "/planovani/plany/" + s.planId() + "/opatreni/" + s.measureId()
                        + "/sledovatelnost");

        // a cited finding cannot be deleted
        mvc.perform(post(BASE + "/zjisteni/" + finding + "/smazat")
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(body(get(BASE + "/zjisteni/" + finding).with(coordinator.signedIn())))
                .contains(statement);

        // the public page shows it once the plan is put out for comments
        Sample published = mother.plan(STRAKONICE, StrategyMother.unique("Plán veřejný"), PlanState.PUBLIC_COMMENTING);
        mvc.perform(post(BASE + "/plany/" + published.planId() + "/polozky/" + published.measureId() + "/zduvodneni")
                        .with(coordinator.signedIn())
                        .with(csrf())
                        .param("zjisteni", String.valueOf(finding))
                        .param("version", String.valueOf(mother.nodeVersion(published.measureId()))))
                .andExpect(status().is3xxRedirection());
        String publicPage = body(get("/orp/" + STRAKONICE + "/plan").param("plan", String.valueOf(published.planId())));
        assertThat(publicPage).contains(label).contains(statement);
    }

    @Test
    void findingsOfAnotherOrpAreRefusedAndAStaleFormEndsOn409() throws Exception {
        Sample s = mother.plan(STRAKONICE, StrategyMother.unique("Plán cizí"), PlanState.DRAFT);
        long foreign = createFinding(pisekCoordinator, PISEK, StrategyMother.unique("Zjištění Písku"));
        String page = BASE + "/plany/" + s.planId() + "/polozky/" + s.measureId() + "/zduvodneni";
        long version = mother.nodeVersion(s.measureId());

        String refused = body(post(page)
                .with(coordinator.signedIn())
                .with(csrf())
                .param("zjisteni", String.valueOf(foreign))
                .param("version", String.valueOf(version)));
        assertThat(refused).contains("Vybraná zjištění nebo položky SWOT nepatří tomuto ORP.");
        assertThat(mother.nodeVersion(s.measureId())).isEqualTo(version);

        mvc.perform(post(page).with(coordinator.signedIn()).with(csrf()).param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        assertThat(mother.nodeVersion(s.measureId())).isGreaterThan(version);
        mvc.perform(post(page).with(coordinator.signedIn()).with(csrf()).param("version", String.valueOf(version)))
                .andExpect(status().isConflict());
    }

    // ---- helpers: data through the findings pages ------------------------------------------------

    private long createFinding(TestUser who, int orp, String statement) throws Exception {
        String location = mvc.perform(post("/orp/" + orp + "/planovani/zjisteni/nove")
                        .with(who.signedIn())
                        .with(csrf())
                        .param("statement", statement)
                        .param("sourceKind", "SURVEY")
                        .param("importance", "HIGH")
                        .param("status", "CONFIRMED")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long createSwot(TestUser who, int orp, String name) throws Exception {
        String location = mvc.perform(post("/orp/" + orp + "/planovani/swot/nova")
                        .with(who.signedIn())
                        .with(csrf())
                        .param("name", name)
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long addItem(TestUser who, int orp, long swot, Quadrant quadrant, String text) throws Exception {
        mvc.perform(post("/orp/" + orp + "/planovani/swot/" + swot + "/polozky")
                        .with(who.signedIn())
                        .with(csrf())
                        .param("quadrant", quadrant.name())
                        .param("text", text)
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String html = body(get("/orp/" + orp + "/planovani/swot/" + swot).with(who.signedIn()));
        int at = html.indexOf(text);
        int id = html.lastIndexOf("id=\"polozka-", at);
        return Long.parseLong(html.substring(id + 12, html.indexOf('"', id + 12)));
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString();
    }

    private static String labelOf(String findingPage) {
        var m = java.util.regex.Pattern.compile("Zjištění (Z-\\d{3,})").matcher(findingPage);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
