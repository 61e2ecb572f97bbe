package cz.planovna.survey;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coordinator builds a small personal survey and opens it; an invitee answers by the token on a
 * phone, a second person through the public link; the coordinator sees the results. Every page
 * passes axe (WCAG 2.1 AA).
 */
class SurveyJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    SurveyRepository surveys;

    @Autowired
    SurveyQuestionRepository questions;

    @Autowired
    SurveyInvitationRepository invitations;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aSurveyIsBuiltAnsweredByTokenAndPubliclyAndEvaluated() {
        SurveyMother mother = new SurveyMother(users, territory, surveys, questions, tx);
        SurveyMother.TestUser coordinator = mother.districtCoordinator(SurveyMother.STRAKONICE);
        String title = SurveyMother.unique("Potřeby pečujících");

        login(coordinator.email(), SurveyMother.PASSWORD);
        open("/orp/" + SurveyMother.STRAKONICE + "/planovani/dotazniky");
        assertAccessible();
        clickLink("Nový dotazník");
        assertAccessible();
        type("#title", title);
        type("#intro", "Dotazník zabere pět minut.");
        find("#anonymous-no").click();
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(heading()).isEqualTo(title);

        new Select(find("#kind")).selectByValue("YES_NO");
        type("#text", "Pečujete o blízkého člověka?");
        find("#required").click();
        clickAndWaitForPage(find("form[action$='/otazky'] button[type=submit]"));
        new Select(find("#kind")).selectByValue("MULTIPLE");
        type("#text", "S čím potřebujete pomoct?");
        type("#options", "Odlehčovací služba\nPoradenství\nPomůcky");
        new Select(find("#condition")).selectByIndex(1);
        clickAndWaitForPage(find("form[action$='/otazky'] button[type=submit]"));
        assertThat(findAll("ol.survey-questions > li")).hasSize(2);
        assertThat(find("ol.survey-questions > li:nth-child(2)").getText()).contains("Zobrazí se jen když Q1 = Ano");
        clickAndWaitForPage(find("form[action$='/stav'] button[type=submit]"));
        assertThat(find(".alert-success").getText()).isEqualTo("Dotazník je otevřený pro odpovědi.");
        assertAccessible();
        screenshot("editor");
        String publicLink = find("#link-heading ~ p a").getAttribute("href");

        long id = tx.execute(s -> surveys.findAll().stream()
                .filter(x -> x.title().equals(title))
                .findFirst()
                .orElseThrow()
                .id());
        String token = Tokens.fresh();
        tx.executeWithoutResult(s -> invitations.save(new SurveyInvitation(
                id,
                SurveyMother.unique("pecujici").replace(' ', '.') + "@example.cz",
                Tokens.hash(token),
                Instant.now())));
        logout();

        // the invitee on a phone: the follow-up question appears only after "Ano"
        setViewport(390, 844);
        open("/dotazniky/pozvanka/" + token);
        assertThat(heading()).isEqualTo(title);
        List<Long> ids = mother.questionIds(id);
        WebElement followUp = find("#q" + ids.get(1));
        assertThat(followUp.isDisplayed()).isFalse();
        clickAndWaitForPage(find("button[value=odeslat]"));
        assertThat(find(".error-summary li").getText()).isEqualTo("Q1: Tato otázka je povinná.");
        assertAccessible();
        find("label[for='q" + ids.get(0) + "-0'], #q" + ids.get(0) + "-0").click();
        assertThat(find("#q" + ids.get(1)).isDisplayed()).isTrue();
        find("#q" + ids.get(1) + "-0").click();
        find("#q" + ids.get(1) + "-2").click();
        assertAccessible();
        assertNoHorizontalScroll(390);
        screenshot("odpovedi-mobil");
        clickAndWaitForPage(find("button[value=odeslat]"));
        assertThat(heading()).isEqualTo("Děkujeme");
        assertAccessible();

        // a second person through the public link says "Ne"
        open(publicLink.substring(publicLink.indexOf("/dotazniky/")));
        find("#q" + ids.get(0) + "-1").click();
        clickAndWaitForPage(find("button[value=odeslat]"));
        assertThat(heading()).isEqualTo("Děkujeme");

        setViewport(1280, 900);
        login(coordinator.email(), SurveyMother.PASSWORD);
        open("/orp/" + SurveyMother.STRAKONICE + "/planovani/dotazniky/" + id + "/vysledky");
        assertThat(find("main .meta").getText()).contains("odeslaných odpovědí: 2");
        assertThat(find("section[aria-labelledby='r-" + ids.get(0) + "'] tbody").getText())
                .isEqualTo("Ano 1 50 %\nNe 1 50 %");
        assertAccessible();
        screenshot("vysledky");
    }

    private void type(String selector, String text) {
        WebElement e = find(selector);
        e.clear();
        e.sendKeys(text);
    }
}
