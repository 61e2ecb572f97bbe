package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A coordinator of ORP Prachatice plans a meeting in Chromium, invites, records attendance and
 * minutes with a decision and a task, approves and publishes them; the public reads the minutes.
 * Every page passes axe (WCAG 2.1 AA).
 */
class MeetingJourneyBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Jednani-heslo-2026";
    static final int ORP = ProcessMother.PRACHATICE;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    PlanningRoundRepository rounds;

    @Autowired
    PlanningGroupRepository groups;

    @Autowired
    MeetingRepository meetings;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aCoordinatorHoldsAMeetingAndThePublicReadsItsMinutes() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        ProcessMother mother = new ProcessMother(users, territory, rounds, groups, tx);
        MeetingMother meetingMother = new MeetingMother(mother, groups, meetings, tx);
        long group = mother.workingGroup(ORP, "Senioři " + suffix);
        meetingMother.member(group, "Alena Horáková", "alena." + suffix + "@example.cz", MemberRole.CHAIR, true);
        meetingMother.member(group, "Bohumil Tichý", "bohumil." + suffix + "@example.cz", MemberRole.MEMBER, false);
        String email = "koordinator.jednani." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátorka Prachatice",
                PASSWORD,
                Grant.districtCoordinator(territory.districtRef(ORP).orElseThrow())));
        LocalDate day = LocalDate.now(CzechFormats.PRAGUE).plusDays(9);

        login(email, PASSWORD);
        open("/orp/" + ORP + "/planovani/skupiny/" + group);
        clickLink("Nové jednání");
        assertThat(new Select(find("#groupId")).getFirstSelectedOption().getText())
                .isEqualTo("Senioři " + suffix);
        type("#title", "Jednání skupiny Senioři");
        type("#date", "1. 1. 2020");
        type("#place", "MěÚ Prachatice, zasedací místnost");
        type("#agenda", "Zahájení\nPečovatelská služba v obcích\nRůzné");
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".error-summary li"))
                .containsExactly(
                        "Datum jednání je v minulosti. Nové jednání lze naplánovat jen na dnešek nebo později.");
        assertAccessible();
        screenshot("jednani-chyba");

        type("#date", day.getDayOfMonth() + ". " + day.getMonthValue() + ". " + day.getYear());
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Jednání bylo naplánováno.");
        assertThat(texts("#agenda-heading + ol li"))
                .containsExactly("Zahájení", "Pečovatelská služba v obcích", "Různé");

        clickConfirmAndWaitForPage(find("form[action$='/pozvanka'] button"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Pozvánka byla odeslána 2 adresátům.");

        for (WebElement present : findAll("input[type=radio][value=PRESENT]")) {
            present.click();
        }
        type("#guests", "Eva Hostová, Charita");
        clickAndWaitForPage(find("form[action$='/dochazka'] button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Docházka byla uložena.");
        assertAccessible();
        screenshot("jednani");

        clickLink("Zápis z jednání");
        type("#summary", "Jednání zahájila předsedkyně.");
        type("textarea[id^=notes-]:nth-of-type(1)", "Diskuse o kapacitách.");
        clickAndWaitForPage(find("form[action$='/zapis'] button[type=submit]"));
        new Select(find("#itemId")).selectByIndex(2);
        type("#wording", "Skupina doporučuje posílit pečovatelskou službu.");
        type("#votesFor", "6");
        type("#votesAgainst", "0");
        type("#votesAbstained", "1");
        clickAndWaitForPage(find("form[action$='/usneseni'] button[type=submit]"));
        type("#description", "Oslovit obce bez pečovatelské služby");
        new Select(find("#assigneeMemberId")).selectByVisibleText("Bohumil Tichý");
        clickAndWaitForPage(find("form[action$='/ukoly'] button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Úkol byl přidán.");
        assertAccessible();
        screenshot("zapis-koncept");

        type("#approvedBy", "předsedkyně skupiny");
        clickAndWaitForPage(find("form[action$='/schvalit'] button[type=submit]"));
        clickConfirmAndWaitForPage(find("form[action$='/zverejnit'] button"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Zápis byl zveřejněn.");

        logout();
        open("/orp/" + ORP + "/proces");
        clickLink("Zveřejněné zápisy z jednání");
        clickLink("Senioři " + suffix + ": Jednání skupiny Senioři");
        String text = find("main").getText();
        assertThat(text)
                .contains(
                        "Alena Horáková",
                        "Usnesení č. 1:",
                        "(pro 6, proti 0, zdrželo se 1)",
                        "Člen/členka (Uživatelé služeb)");
        assertThat(text).doesNotContain("Bohumil Tichý", "Eva Hostová");
        assertAccessible();
        screenshot("zapis-verejny");
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
