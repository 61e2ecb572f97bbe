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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator of ORP Prachatice creates a medium-term plan in Chromium, adds a priority area, a
 * goal and a measure with costs, sees the roll-up and the § 3h checklist, and puts the plan out for
 * comments so that the public sees it. Every page passes axe (WCAG 2.1 AA).
 */
class StrategyJourneyBrowserTest extends BrowserTestSupport {

    static final int PRACHATICE = 3109;
    static final String PASSWORD = "Strategie-heslo-2026";

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Test
    void aCoordinatorBuildsAPlanWithCostsAndSeesTheRollUpAndTheChecklist() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Střednědobý plán Prachatice 2030–2032 " + suffix;
        String email = "koordinator.plan." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátorka Prachatice",
                PASSWORD,
                List.of(Grant.districtCoordinator(
                        territory.districtRef(PRACHATICE).orElseThrow()))));

        login(email, PASSWORD);
        open("/orp/" + PRACHATICE + "/planovani/plany");
        assertAccessible();
        clickLink("Nový střednědobý plán");

        // a span backwards is refused on its field, the title is kept
        type("#title", title);
        type("#yearFrom", "2032");
        type("#yearTo", "2030");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".error-summary li")).containsExactly("Rok konce nesmí být dříve než rok začátku.");
        assertThat(find("#title").getAttribute("value")).isEqualTo(title);
        assertAccessible();

        type("#yearFrom", "2030");
        type("#yearTo", "2032");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(heading()).isEqualTo(title);
        assertThat(texts(".checklist li"))
                .containsExactly(
                        "Chyba: Chybí vize plánu. doplnit v plánu", "Chyba: Plán nemá žádnou prioritní oblast.");
        assertAccessible();

        // priority → goal → measure
        clickLink("Přidat prioritní oblast");
        type("#title", "Senioři a osoby se zdravotním postižením");
        clickAndWaitForPage(find("main form button[type=submit]"));
        clickAndWaitForPage(find("a[aria-label^='Přidat cíl']"));
        type("#title", "Péče v domácím prostředí");
        clickAndWaitForPage(find("main form button[type=submit]"));
        clickAndWaitForPage(find("a[aria-label^='Přidat opatření']"));
        assertAccessible();
        type("#title", "Rozvoj pečovatelské služby");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".error-summary li")).containsExactly("Vyberte typ opatření.");
        find("#measureKind-DEVELOP").click();
        type("#responsible", "Město Prachatice");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".plan-node-title"))
                .containsExactly(
                        "1 Senioři a osoby se zdravotním postižením",
                        "1.1 Péče v domácím prostředí",
                        "1.1.1 Rozvoj pečovatelské služby");

        // costs: a negative amount is refused, then the right ones roll up
        clickAndWaitForPage(find("a[aria-label^='Náklady a indikátory']"));
        type("#c-2030-MUNICIPALITY", "-1");
        clickAndWaitForPage(find("section[aria-labelledby=costs-heading] button[type=submit]"));
        assertThat(texts(".error-summary li")).containsExactly("2030, Obce: Částka nesmí být záporná.");
        assertAccessible();
        type("#c-2030-MUNICIPALITY", "1 450 000");
        type("#c-2031-STATE", "343 475");
        clickAndWaitForPage(find("section[aria-labelledby=costs-heading] button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Náklady byly uloženy.");
        type("#name", "Klienti pečovatelské služby");
        type("#unit", "osob");
        type("#baseline", "80");
        type("#t-2032", "95");
        clickAndWaitForPage(find("section[aria-labelledby=indicators-heading] button[type=submit]"));
        assertThat(find(".indicator-line").getText())
                .startsWith("Klienti pečovatelské služby (osob), výchozí hodnota 80");
        assertAccessible();
        screenshot("naklady");

        clickLink("Zpět na plán");
        assertThat(plain(find(".rollup-priority td:last-child").getText())).isEqualTo("1 793 475 Kč");
        assertThat(plain(find("section[aria-labelledby=budget-heading] tfoot td:last-child")
                        .getText()))
                .isEqualTo("1 793 475 Kč");
        assertThat(texts(".checklist li")).containsExactly("Chyba: Chybí vize plánu. doplnit v plánu");
        assertAccessible();
        screenshot("plan");

        // out for comments: the public sees it
        clickConfirmAndWaitForPage(find("section[aria-labelledby=state-heading] button"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Plán byl zveřejněn k připomínkám.");
        logout();
        open("/orp/" + PRACHATICE + "/plan");
        assertThat(texts("main h2")).contains(title);
        assertThat(find("main .alert-warning").getText()).startsWith("Toto je návrh plánu zveřejněný k připomínkám");
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

    private static String plain(String text) {
        return text.replaceAll("[\\u00a0\\u202f]", " ");
    }
}
