package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.StrategyMother.Sample;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coordinator of ORP Vimperk writes a project idea into the pipeline in Chromium (a bad cost is
 * refused on its field first), links it to a measure of the plan in force, moves it through
 * prepared and submitted to funded with notes in its history, and the public then finds it on the
 * public pipeline and at its measure in the plan. Every page passes axe (WCAG 2.1 AA).
 */
class PipelineJourneyBrowserTest extends BrowserTestSupport {

    static final int VIMPERK = 3116;
    static final String PASSWORD = "Zasobnik-heslo-2026";

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

    @Test
    void aCoordinatorTakesAnIdeaToFundingAndThePublicSeesIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Odlehčovací služba Vimperk " + suffix;
        String email = "koordinator.zasobnik." + suffix + "@test.planovna.cz";
        StrategyMother mother = new StrategyMother(users, territory, plans, nodes, tx);
        Sample plan = mother.plan(VIMPERK, "Plán Vimperk " + suffix, PlanState.IN_FORCE);
        users.createUser(new NewUser(
                email,
                "Koordinátorka Vimperk",
                PASSWORD,
                List.of(Grant.districtCoordinator(territory.districtRef(VIMPERK).orElseThrow()))));

        login(email, PASSWORD);
        open("/orp/" + VIMPERK + "/planovani/zasobnik-projektu");
        assertAccessible();
        clickLink("Nový projektový záměr");
        assertAccessible();

        // a cost that is not a number comes back on its field, with everything typed kept
        type("#title", title);
        type("#organisation", "Charita Vimperk (test)");
        type("#contactPerson", "Jana Testová");
        type("#estimatedCost", "1,5 milionu");
        type("#callName", "Výzva IROP – sociální služby");
        type("#callDeadline", "30. 6. 2031");
        find("#readiness-READY").click();
        type("#costs0\\.year", "2031");
        new Select(find("#costs0\\.source")).selectByValue("MUNICIPALITY");
        type("#costs0\\.amount", "450 000");
        type("#costs1\\.year", "2031");
        new Select(find("#costs1\\.source")).selectByValue("EU");
        type("#costs1\\.amount", "1 000 000");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".error-summary li")).containsExactly("Zadejte celé číslo v korunách, např. 1 500 000.");
        assertThat(find("#title").getAttribute("value")).isEqualTo(title);
        assertAccessible();

        type("#estimatedCost", "1 450 000");
        new Select(find("#measureId")).selectByValue(String.valueOf(plan.measureId()));
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(heading()).isEqualTo(title);
        assertThat(find("main .alert-success").getText()).isEqualTo("Projektový záměr byl založen.");
        assertThat(find(".facts").getText())
                .contains("1.1.1 Pečovatelská služba", "1 450 000 Kč", "připraveno k podání", "termín 30. 6. 2031");
        assertAccessible();

        // idea → prepared → submitted → funded, each with the history growing
        moveTo("PREPARED", "Projednáno v pracovní skupině");
        assertThat(find("main .alert-success").getText()).isEqualTo("Projekt je připravený.");
        moveTo("SUBMITTED", "");
        moveTo("FUNDED", "Rozhodnutí o dotaci č. 12/2031");
        assertThat(find(".facts .badge").getText()).isEqualTo("podpořený");
        assertThat(texts(".history-table tbody tr td:nth-child(3)"))
                .containsExactly(
                        "Stav: podaný → podpořený",
                        "Stav: připravený → podaný",
                        "Stav: záměr → připravený",
                        "Záměr založen");
        assertThat(findAll("input[name=target]")).isEmpty();
        assertAccessible();
        screenshot("projekt");

        clickLink("Zpět na zásobník projektů");
        assertThat(texts(".pipeline-table tbody th")).contains(title);
        assertAccessible();
        screenshot("zasobnik");
        logout();

        // the public: the funded project on the public pipeline and at its measure in the plan
        open("/orp/" + VIMPERK + "/zasobnik-projektu");
        assertThat(find(".pipeline-table").getText()).contains(title, "podpořený", "Výzva IROP – sociální služby");
        assertAccessible();
        screenshot("verejny-zasobnik");
        open("/orp/" + VIMPERK + "/plan?plan=" + plan.planId());
        assertThat(find(".measure-projects").getText()).contains(title, "1 450 000 Kč");
        assertAccessible();
    }

    private void moveTo(String state, String note) {
        find("#target-" + state).click();
        type("#note", note);
        clickAndWaitForPage(find("section[aria-labelledby=state-heading] button[type=submit]"));
    }

    private void type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }

    private List<String> texts(String cssSelector) {
        return findAll(cssSelector).stream().map(WebElement::getText).toList();
    }
}
