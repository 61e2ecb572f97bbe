package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.catalogue.ProviderEditMother.Imported;
import cz.planovna.catalogue.ProviderEditMother.TestUser;
import cz.planovna.identity.Grant;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A provider proposes a new description and opening hours in Chromium, the ORP coordinator compares
 * and approves, and the public detail shows the edit. Every page passes axe (WCAG 2.1 AA).
 */
class ProviderEditJourneyBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Testovaci-heslo-2026";

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries queries;

    @Autowired
    EditProposalRepository proposals;

    @Test
    void providerProposesCoordinatorApprovesThePublicSeesIt() throws Exception {
        ProviderEditMother mother = new ProviderEditMother(users, territory, registerImport, queries);
        Imported service = mother.service("Popis z registru pro prohlížeč.");
        String name = "Domov úprav " + service.identifier();
        TestUser provider = mother.user(
                "poskytovatel",
                PASSWORD,
                Grant.providerEditor(
                        service.ico(),
                        territory.districtRef(ProviderEditMother.PISEK).orElseThrow()));
        TestUser coordinator = mother.user(
                "koordinator",
                PASSWORD,
                Grant.districtCoordinator(
                        territory.districtRef(ProviderEditMother.PISEK).orElseThrow()));

        login(provider.email(), PASSWORD);
        clickAndWaitForPage(driver.findElement(By.linkText("Moje služby")));
        assertThat(heading()).isEqualTo("Moje služby");
        assertAccessible();
        screenshot("moje-sluzby");

        clickAndWaitForPage(driver.findElement(By.linkText(name)));
        assertThat(find("#description").getAttribute("value")).isEqualTo("Popis z registru pro prohlížeč.");
        // a wrong e-mail first: a Czech message at the field, nothing typed is lost
        replace("#description", "Nový popis od poskytovatele z prohlížeče.");
        replace("#openingHours", "Po–Pá 7:30–15:30");
        replace("#email", "spatna-adresa");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find("#email-error").getText()).startsWith("Zadejte platnou e-mailovou adresu");
        assertThat(find("#email").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find("#description").getAttribute("value")).isEqualTo("Nový popis od poskytovatele z prohlížeče.");
        assertAccessible();
        replace("#email", "poradna@example.cz");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find(".alert-success").getText()).contains("Návrh byl odeslán");
        assertThat(find(".alert-info").getText()).contains("Návrh čeká na schválení");
        // the form holds the waiting proposal, to amend it
        assertThat(find("#description").getAttribute("value")).isEqualTo("Nový popis od poskytovatele z prohlížeče.");
        assertThat(find("#openingHours").getAttribute("value")).isEqualTo("Po–Pá 7:30–15:30");
        assertAccessible();
        screenshot("navrh");
        logout();

        login(coordinator.email(), PASSWORD);
        open(ProviderEditController.listPath(ProviderEditMother.PISEK));
        assertThat(heading()).isEqualTo("Návrhy změn od poskytovatelů – ORP Písek");
        assertAccessible();
        screenshot("navrhy");
        // the list is oldest first and paged; other tests may have left proposals in Písek
        List<WebElement> links = driver.findElements(By.linkText(name));
        if (links.isEmpty()) {
            open(ProviderEditController.reviewPath(
                    ProviderEditMother.PISEK,
                    proposals
                            .findByServiceIdAndState(service.id(), ProposalState.PENDING)
                            .get(0)
                            .id()));
        } else {
            clickAndWaitForPage(links.get(0));
        }
        assertThat(heading()).isEqualTo("Návrh změn: " + name);
        assertThat(find(".diff-table").getText())
                .contains(
                        "Popis z registru pro prohlížeč.",
                        "Nový popis od poskytovatele z prohlížeče.",
                        "Po–Pá 7:30–15:30");
        assertAccessible();
        screenshot("posouzeni");
        clickAndWaitForPage(driver.findElement(By.xpath("//button[normalize-space()='Schválit a zveřejnit']")));
        assertThat(find(".alert-success").getText()).contains("Návrh byl schválen");
        assertAccessible();
        logout();

        open("/katalog/sluzby/" + service.id());
        assertThat(find(".service-description").getText()).isEqualTo("Nový popis od poskytovatele z prohlížeče.");
        assertThat(find(".service-hours").getText()).isEqualTo("Po–Pá 7:30–15:30");
        assertThat(find(".provider-edited").getText()).contains("upravil poskytovatel");
        assertAccessible();
        screenshot("verejny-detail");
    }

    private void replace(String selector, String text) {
        WebElement field = find(selector);
        field.clear();
        field.sendKeys(text);
    }
}
