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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coordinator of ORP Strakonice generates the action plan 2020 of a plan in force in Chromium,
 * tries a year outside the span and a negative amount, raises a budget and moves the term, leaves
 * an activity out (confirming), records the approval; the public then reads the approved action
 * plan with its differences. Every page passes axe (WCAG 2.1 AA).
 */
class ActionPlanJourneyBrowserTest extends BrowserTestSupport {

    static final int STRAKONICE = StrategyMother.STRAKONICE;
    static final String PASSWORD = "Akcni-plan-heslo-2026";

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
    void aCoordinatorGeneratesAdjustsAndApprovesAnActionPlanAndThePublicReadsIt() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        StrategyMother mother = new StrategyMother(users, territory, plans, nodes, tx);
        StrategyMother.Sample s = mother.plan(STRAKONICE, "Střednědobý plán Strakonice " + suffix, PlanState.IN_FORCE);
        String email = "koordinator.ap." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátorka Strakonice",
                PASSWORD,
                List.of(Grant.districtCoordinator(
                        territory.districtRef(STRAKONICE).orElseThrow()))));

        login(email, PASSWORD);
        open("/orp/" + STRAKONICE + "/planovani/plany/" + s.planId());
        clickLink("Akční plány");
        assertThat(find("main .empty-state").getText()).isEqualTo("K tomuto plánu zatím není žádný akční plán.");
        assertAccessible();

        // a year outside the span is refused on its field
        type("#year", "2030");
        clickAndWaitForPage(find("section[aria-labelledby=generate-heading] button[type=submit]"));
        assertThat(texts(".error-summary li")).containsExactly("Rok 2030 neleží v období plánu 2020–2022.");
        assertAccessible();
        type("#year", "2020");
        clickAndWaitForPage(find("section[aria-labelledby=generate-heading] button[type=submit]"));
        assertThat(heading()).isEqualTo("Akční plán 2020 – ORP Strakonice");
        assertThat(texts(".action-item-label"))
                .containsExactly("1.1.1 Pečovatelská služba Střednědobý plán Strakonice " + suffix, "1.1.1.1 Víkendy");
        assertAccessible();

        // a negative amount is refused and kept; then the obec adds 70 000 and the term moves
        clickAndWaitForPage(find("a[aria-label^='Upravit položku 1.1.1 ']"));
        assertAccessible();
        type("#b-MUNICIPALITY", "-5");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".error-summary li")).containsExactly("Obce: Částka nesmí být záporná.");
        assertThat(find("#b-MUNICIPALITY").getAttribute("value")).isEqualTo("-5");
        assertAccessible();
        screenshot("polozka-chyba");
        type("#b-MUNICIPALITY", "1 520 000");
        find("#term-Q2").click();
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Položka byla uložena.");
        assertThat(find("tbody.action-item .action-status").getText()).isEqualTo("Změněno");
        assertThat(plain(find("tbody.action-item tr").getText()))
                .contains("1 450 000 Kč", "1 520 000 Kč", "+70 000 Kč");

        // the activity is left out, after a confirmation
        clickConfirmAndWaitForPage(find("button[aria-label^='Vyřadit položku 1.1.1.1']"));
        assertThat(texts(".action-status")).containsExactly("Změněno", "Vyřazeno z akčního plánu");
        assertThat(plain(find(".action-priorities tfoot").getText()))
                .isEqualTo("Akční plán celkem 1 450 000 Kč 1 520 000 Kč +70 000 Kč");
        assertAccessible();

        // approval
        type("#approvedBy", "Rada města Strakonice");
        js("arguments[0].value = '2020-02-10'", find("#approvedOn"));
        type("#resolution", "RM/12/2020");
        clickConfirmAndWaitForPage(find("section[aria-labelledby=state-heading] button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Schválení akčního plánu bylo zaznamenáno.");
        assertThat(findAll("a[aria-label^='Upravit položku']")).isEmpty();
        assertAccessible();
        screenshot("akcni-plan");

        // the public page, linked from the public plan
        logout();
        open("/orp/" + STRAKONICE + "/plan?plan=" + s.planId());
        clickLink("Akční plán 2020");
        assertThat(heading()).isEqualTo("Akční plán 2020 – ORP Strakonice");
        assertThat(plain(find("main .facts").getText()))
                .contains("Rada města Strakonice, 10. 2. 2020, usnesení RM/12/2020");
        assertThat(texts(".action-status")).containsExactly("Změněno", "Vyřazeno z akčního plánu");
        assertThat(findAll("main form")).isEmpty();
        assertAccessible();
        screenshot("verejny-akcni-plan");
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
        return text.replaceAll("[\\u00a0\\u202f]", " ").replace('\u2212', '-').replaceAll("\\s+", " ");
    }
}
