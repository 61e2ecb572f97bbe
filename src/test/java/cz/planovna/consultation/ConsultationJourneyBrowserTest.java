package cz.planovna.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.consultation.ConsultationMother.Sample;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.territory.TerritoryQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coordinator of ORP Strakonice opens a draft plan for public comment in Chromium, a citizen
 * comments on a measure (a missing consent is refused first, the text kept), finds the comment
 * listed with its number, and the coordinator hides it with a reason (a missing reason refused
 * first), which the public then sees instead of the text. Every page passes axe (WCAG 2.1 AA).
 */
class ConsultationJourneyBrowserTest extends BrowserTestSupport {

    static final int STRAKONICE = ConsultationMother.STRAKONICE;
    static final String PASSWORD = "Pripominky-heslo-2026";

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ConsultationRepository consultations;

    @Autowired
    CommentRepository comments;

    @Autowired
    TransactionTemplate tx;

    @Test
    void openCommentListAndModerate() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ConsultationMother mother = new ConsultationMother(users, territory, jdbc, consultations, comments, tx);
        Sample plan = mother.plan(STRAKONICE, "Střednědobý plán Strakonice " + suffix, "DRAFT");
        String email = "koordinator.pripominky." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátorka Strakonice",
                PASSWORD,
                List.of(Grant.districtCoordinator(
                        territory.districtRef(STRAKONICE).orElseThrow()))));
        String title = "Připomínkování návrhu plánu " + suffix;
        LocalDate today = LocalDate.now(CzechFormats.PRAGUE);

        // the coordinator opens the draft for comment
        login(email, PASSWORD);
        open("/orp/" + STRAKONICE + "/pripominky/sprava");
        assertAccessible();
        clickLink("Nové připomínkování");
        assertAccessible();
        new Select(find("#document")).selectByValue("PLAN:" + plan.planId());
        type("#title", title);
        js("document.getElementById('opensOn').value = arguments[0];", today.toString());
        js(
                "document.getElementById('closesOn').value = arguments[0];",
                today.plusDays(21).toString());
        type("#intro", "Návrh plánu na roky 2026–2028.\n\nPřipomínky posílejte do konce měsíce.");
        find("#planToCommenting").click();
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(heading()).isEqualTo(title);
        assertThat(find("main .alert-success").getText()).isEqualTo("Připomínkování bylo založeno.");
        assertThat(find(".facts").getText()).contains("Otevřené", "Střednědobý plán Strakonice " + suffix);
        assertAccessible();
        String manage = currentPath();
        logout();

        // a citizen comments on a measure
        open("/orp/" + STRAKONICE + "/pripominky");
        assertAccessible();
        clickLink(title);
        assertThat(texts(".consultation-outline li strong"))
                .containsExactly(
                        "1 Senioři",
                        "1.1 Péče doma",
                        "1.1.1 Pečovatelská služba Střednědobý plán Strakonice " + suffix);
        new Select(find("#target")).selectByValue(String.valueOf(plan.measureId()));
        type("#text", "Pečovatelská služba by měla jezdit i o víkendech.");
        type("#name", "Karel Občan");
        type("#email", "karel." + suffix + "@example.cz");
        find("#showName").click();
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".error-summary li"))
                .containsExactly("Bez souhlasu se zpracováním osobních údajů nelze připomínku přijmout.");
        assertThat(find("#text").getAttribute("value")).isEqualTo("Pečovatelská služba by měla jezdit i o víkendech.");
        assertAccessible();
        find("#consent").click();
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(heading()).isEqualTo("Děkujeme za připomínku");
        assertThat(find("main .alert-success").getText()).contains("pod číslem 1");
        assertAccessible();
        clickLink("Zpět na připomínkování");
        assertThat(find("#pripominka-1").getText())
                .contains("Připomínka č. 1", "1.1.1 Pečovatelská služba", "Karel Občan", "i o víkendech");
        assertAccessible();
        screenshot("verejna-stranka");

        // the coordinator hides it with a reason
        login(email, PASSWORD);
        open(manage);
        assertThat(find(".comment").getText()).contains("karel." + suffix + "@example.cz");
        clickLink("Skrýt text připomínky č. 1");
        assertAccessible();
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".error-summary li")).containsExactly("Uveďte důvod skrytí.");
        type("#reason", "Osobní údaje třetí osoby");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Text připomínky byl skryt pro veřejnost.");
        assertThat(find(".comment .badge-warning").getText()).isEqualTo("skryto");
        assertThat(find("section[aria-labelledby=moderation-heading]").getText())
                .contains("Skryl(a) připomínku č. 1", "Osobní údaje třetí osoby");
        assertAccessible();
        screenshot("sprava");
        logout();

        open("/orp/" + STRAKONICE + "/pripominky");
        clickLink(title);
        assertThat(find("#pripominka-1").getText())
                .contains("Text skryt moderátorem: Osobní údaje třetí osoby")
                .doesNotContain("víkendech");
        assertAccessible();
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
