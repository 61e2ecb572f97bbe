package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coordinator of ORP Strakonice records a focus group in Chromium, writes a finding from it, adds
 * a weakness to a new SWOT analysis, ranks it, and cites both in a measure of the draft plan; the
 * plan shows "Zdůvodnění" and the finding shows the measure that cites it. Every page passes axe.
 */
class FindingsJourneyBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Zjisteni-heslo-2026";

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
    void aCoordinatorRecordsAnInterviewWritesAFindingRanksSwotAndCitesThemInAMeasure() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        int orp = StrategyMother.STRAKONICE;
        String email = "koordinator.zjisteni." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátor Strakonice",
                PASSWORD,
                List.of(Grant.districtCoordinator(territory.districtRef(orp).orElseThrow()))));
        StrategyMother mother = new StrategyMother(users, territory, plans, nodes, tx);
        StrategyMother.Sample plan = mother.plan(orp, "Plán Strakonice " + suffix, PlanState.DRAFT);
        String topic = "Fokusní skupina starostů " + suffix;
        String statement = "Senioři v obcích nemají víkendovou péči " + suffix;
        String weakness = "Pečovatelská služba jen ve všední dny " + suffix;

        login(email, PASSWORD);
        open("/orp/" + orp + "/planovani/zjisteni/rozhovory");
        assertAccessible();
        clickLink("Nový záznam rozhovoru");

        // bad input: the errors name the fields, what was typed stays
        new Select(find("#kind")).selectByValue("FOCUS_GROUP");
        type("#heldOn", "32. 13. 2026");
        type("#topic", topic);
        type("#participants", "starostové 5 obcí");
        type("#participantCount", "0");
        type("#summary", "Obce popisují chybějící víkendovou péči.");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".error-summary li"))
                .containsExactly(
                        "Datum zadejte jako den. měsíc. rok, např. 7. 12. 2026.",
                        "Počet účastníků musí být celé číslo od 1 do 10 000.");
        assertThat(find("#topic").getAttribute("value")).isEqualTo(topic);
        assertAccessible();
        type("#heldOn", "12. 3. 2026");
        type("#participantCount", "7");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(heading()).isEqualTo(topic);
        assertThat(find("main .alert-success").getText()).isEqualTo("Záznam byl uložen.");
        assertAccessible();

        // a finding drawn from the record gets its number
        clickLink("Přidat zjištění z tohoto záznamu");
        assertThat(new Select(find("#interviewId")).getFirstSelectedOption().getText())
                .endsWith(topic);
        type("#statement", statement);
        new Select(find("#importance")).selectByValue("HIGH");
        assertAccessible();
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(heading()).matches("Zjištění Z-\\d{3,}");
        String label = heading().substring("Zjištění ".length());
        assertThat(find("main .lead").getText()).isEqualTo(statement);
        assertAccessible();

        // SWOT: a new analysis, a weakness, the coordinator's score
        open("/orp/" + orp + "/planovani/swot");
        assertAccessible();
        clickLink("Nová SWOT analýza");
        type("#name", "Senioři " + suffix);
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".swot-quadrant h2"))
                .containsExactly("Silné stránky", "Slabé stránky", "Příležitosti", "Hrozby");
        type("#nova-WEAKNESS", weakness);
        clickAndWaitForPage(find("#kvadrant-weakness .swot-add button"));
        assertThat(find("#kvadrant-weakness .swot-text").getText()).isEqualTo(weakness);
        assertThat(find("#kvadrant-weakness .swot-score").getText()).isEqualTo("Zatím bez hodnocení");
        new Select(find("#kvadrant-weakness select")).selectByValue("4");
        clickAndWaitForPage(find("#hlasovani-tlacitko button"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Vaše hodnocení bylo uloženo.");
        assertThat(find("#kvadrant-weakness .swot-score").getText()).isEqualTo("Průměr 4,00 z 5 (hlasů: 1)");
        assertThat(new Select(find("#kvadrant-weakness select"))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("4");
        assertAccessible();
        screenshot("swot");

        // the measure cites the finding and the weakness
        open("/orp/" + orp + "/planovani/plany/" + plan.planId());
        clickAndWaitForPage(find("a[aria-label^='Zdůvodnění opatření']"));
        assertAccessible();
        clickLabelContaining(statement);
        clickLabelContaining(weakness);
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Zdůvodnění opatření bylo uloženo.");
        String cited = find("#uzel-" + plan.measureId() + " .cited-list").getText();
        assertThat(cited).contains(label + ": " + statement).contains("Slabé stránky: " + weakness);
        assertAccessible();

        // traceability: the finding lists the measure
        open("/orp/" + orp + "/planovani/zjisteni");
        clickLink(label);
        assertThat(texts("section[aria-labelledby=citing-heading] li a"))
                .containsExactly("1.1.1 "
                        + nodes.findById(plan.measureId()).orElseThrow().title());
        assertAccessible();
    }

    private void clickLabelContaining(String text) {
        WebElement label = driver.findElements(By.cssSelector("main label")).stream()
                .filter(l -> l.getText().contains(text))
                .findFirst()
                .orElseThrow();
        label.click();
        assertThat(find("#" + label.getAttribute("for")).isSelected()).isTrue();
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
