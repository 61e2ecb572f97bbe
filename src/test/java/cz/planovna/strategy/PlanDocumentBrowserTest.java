package cz.planovna.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coordinator of ORP Soběslav (no other journey plans there: a plan in force would hide their
 * drafts on the public page) opens the document page of a plan in force, starts the generation,
 * watches it finish and gets the downloads; the public page of the plan then offers the same
 * document. Every page passes axe (WCAG 2.1 AA).
 */
class PlanDocumentBrowserTest extends BrowserTestSupport {

    static final int SOBESLAV = 3110;
    static final String PASSWORD = "Dokument-heslo-2026";

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
    void aCoordinatorGeneratesThePlanDocumentAndThePublicDownloadsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = "koordinator.dokument." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátor Soběslav",
                PASSWORD,
                List.of(Grant.districtCoordinator(
                        territory.districtRef(SOBESLAV).orElseThrow()))));
        StrategyMother mother = new StrategyMother(users, territory, plans, nodes, tx);
        long planId = mother.plan(SOBESLAV, "Plán Soběslav " + suffix, PlanState.IN_FORCE)
                .planId();
        String page = "/orp/" + SOBESLAV + "/planovani/plany/" + planId + "/dokument";

        login(email, PASSWORD);
        open("/orp/" + SOBESLAV + "/planovani/plany/" + planId);
        clickLink("Dokument plánu");
        assertThat(currentPath()).isEqualTo(page);
        assertThat(find("main .empty-state").getText()).isEqualTo("Dokument plánu zatím nebyl vytvořen.");
        assertAccessible();

        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Vytváření dokumentu začalo.");
        if (!findAll("#doc-progress").isEmpty()) {
            assertThat(find("label[for=doc-progress-bar]").getText()).isEqualTo("Vytváření dokumentu");
            assertAccessible();
            screenshot("prubeh");
        }
        // htmx polls the progress and reloads the page when the run has ended
        new WebDriverWait(driver, Duration.ofSeconds(120), Duration.ofMillis(200))
                .until(d -> !d.findElements(By.cssSelector(".doc-latest")).isEmpty());
        waitForPageLoaded();
        List<String> links = findAll(".doc-latest .downloads a").stream()
                .map(WebElement::getText)
                .toList();
        assertThat(links).containsExactly("Stáhnout PDF (přístupné)", "Stáhnout DOCX", "Stáhnout tabulky XLSX");
        assertThat(find(".doc-latest .downloads a").getAttribute("href"))
                .contains(page + "/")
                .endsWith("/pdf");
        assertThat(findAll("main table tbody tr")).hasSize(1);
        assertAccessible();
        screenshot("hotovo");

        logout();
        open("/orp/" + SOBESLAV + "/plan?plan=" + planId);
        assertThat(find("#doc-public-heading").getText()).isEqualTo("Dokument plánu ke stažení");
        assertThat(find("section[aria-labelledby=doc-public-heading] .downloads a")
                        .getAttribute("href"))
                .endsWith("/orp/" + SOBESLAV + "/plan/dokument.pdf?plan=" + planId);
        assertAccessible();
        screenshot("verejna");
    }
}
