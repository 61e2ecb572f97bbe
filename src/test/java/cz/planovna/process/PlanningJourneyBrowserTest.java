package cz.planovna.process;

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

/**
 * A coordinator of ORP Prachatice sets up the planning process in Chromium — a round with its
 * schedule, a working group, a member — and the public sees it on the process page. Every page
 * passes axe (WCAG 2.1 AA).
 */
class PlanningJourneyBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Planovani-heslo-2026";
    static final String BASE = "/orp/" + ProcessMother.PRACHATICE + "/planovani";

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Test
    void aCoordinatorSetsUpARoundAndAGroupAndThePublicSeesThem() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String roundName = "3. etapa 2030–2031 " + suffix;
        String groupName = "Rodiny, děti a mládež " + suffix;
        String email = "koordinator.prachatice." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátorka Prachatice",
                PASSWORD,
                Grant.districtCoordinator(
                        territory.districtRef(ProcessMother.PRACHATICE).orElseThrow())));

        login(email, PASSWORD);
        open(BASE);
        assertThat(heading()).isEqualTo("Plánování – ORP Prachatice");
        assertAccessible();
        screenshot("prehled");

        // a round: first without a name, then complete
        clickLink("Nová etapa");
        type("#periodFrom", "1. 1. 2030");
        type("#periodTo", "31. 12. 2031");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".error-summary li")).containsExactly("Vyplňte název etapy.");
        assertThat(find("#name").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();
        screenshot("etapa-chyba");

        type("#name", roundName);
        new Select(find("#state")).selectByVisibleText("Probíhá");
        type("#milestones-0-title", "Úvodní setkání řídícího výboru");
        type("#milestones-0-dueOn", "12. 2. 2030");
        find("#milestones-0-done").click();
        type("#milestones-1-title", "Schválení komunitního plánu");
        type("#milestones-1-dueOn", "30. 11. 2031");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Etapa byla založena.");
        assertThat(heading()).isEqualTo("Upravit etapu " + roundName);
        assertAccessible();
        screenshot("etapa");

        // a working group with one member
        open(BASE);
        clickLink("Nová skupina");
        assertAccessible();
        type("#name", groupName);
        type("#area", "Rodiny s dětmi");
        find("#openForSubscription").click();
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(heading()).isEqualTo(groupName);

        type("#fullName", "Alena Horáková");
        type("#organisation", "Rodinné centrum Prachatice");
        type("#email", "alena.horakova@example.cz");
        new Select(find("#role")).selectByVisibleText("Předseda/předsedkyně");
        new Select(find("#sector")).selectByVisibleText("Poskytovatelé");
        find("#publishConsent").click();
        clickAndWaitForPage(find("section[aria-labelledby=add-member-heading] button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Člen byl přidán.");
        assertThat(texts("section[aria-labelledby=members-heading] tbody th")).containsExactly("Alena Horáková");
        assertAccessible();
        screenshot("skupina");

        // the public, without an account
        logout();
        open("/orp/" + ProcessMother.PRACHATICE + "/proces");
        assertThat(heading()).isEqualTo("Komunitní plánování – ORP Prachatice");
        assertThat(find("#round-heading").getText()).isEqualTo(roundName);
        assertThat(texts("ol.timeline li"))
                .containsExactly(
                        "✔ 12. 2. 2030 – Úvodní setkání řídícího výboru splněno",
                        "○ 30. 11. 2031 – Schválení komunitního plánu plánováno");
        WebElement group = driver.findElement(By.xpath("//article[h3[normalize-space()='" + groupName + "']]"));
        assertThat(group.findElements(By.tagName("li")).stream().map(WebElement::getText))
                .containsExactly("Alena Horáková, Rodinné centrum Prachatice – Předseda/předsedkyně, Poskytovatelé");
        assertThat(driver.getPageSource()).doesNotContain("alena.horakova@example.cz");
        assertAccessible();
        screenshot("verejna-stranka");
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
