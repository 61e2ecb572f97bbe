package cz.planovna.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.process.GrantFixtures;
import cz.planovna.territory.TerritoryQueries;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A coordinator of ORP Český Krumlov opens the key activities of a funded round from the planning
 * overview, sees the outputs counted from the year 2004, asks for a period that ends before it
 * starts (refused on its field), then a half year, and finds the exports. Every page passes axe.
 */
class GrantReportBrowserTest extends BrowserTestSupport {

    static final int KRUMLOV = 3103;
    static final String PASSWORD = "Klicove-aktivity-2026";

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    ApplicationContext context;

    @Test
    void aCoordinatorReportsTheKeyActivitiesOfAPeriod() {
        GrantFixtures data = new GrantFixtures(context);
        String name = GrantFixtures.unique("Projekt Krumlovsko 2004");
        long round = data.fundedRound(KRUMLOV, name, LocalDate.of(2004, 1, 1), LocalDate.of(2004, 12, 31));
        long steering = data.group(KRUMLOV, true, GrantFixtures.unique("Řídící skupina"), 2, 2);
        long working = data.group(KRUMLOV, false, GrantFixtures.unique("PS Senioři"), 1, 3);
        data.meeting(steering, "Zahajovací jednání řídící skupiny", LocalDate.of(2004, 2, 12), false, 1);
        data.meeting(steering, "Zrušené jednání", LocalDate.of(2004, 3, 11), true, 0);
        data.meeting(working, "Potřeby seniorů", LocalDate.of(2004, 4, 20), false, 2);
        data.meeting(working, "Návrh opatření", LocalDate.of(2004, 9, 14), false, 0);
        data.event(KRUMLOV, "Veřejné fórum 2004", LocalDate.of(2004, 10, 5), 4, Set.of(3108));
        data.news(KRUMLOV, "Začal projekt plánování 2004", LocalDate.of(2004, 1, 20));
        String email = "ka.koordinator." + UUID.randomUUID().toString().substring(0, 8) + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátorka Krumlov",
                PASSWORD,
                List.of(Grant.districtCoordinator(territory.districtRef(KRUMLOV).orElseThrow()))));

        login(email, PASSWORD);
        open("/orp/" + KRUMLOV + "/planovani");
        clickAndWaitForPage(find("a[aria-label='Klíčové aktivity etapy " + name + "']"));
        assertThat(currentPath()).isEqualTo("/orp/" + KRUMLOV + "/planovani/etapy/" + round + "/klicove-aktivity");
        assertThat(heading()).isEqualTo("Klíčové aktivity – " + name);
        assertThat(count("steeringMeetings")).isEqualTo("1");
        assertThat(count("steeringParticipants")).isEqualTo("5");
        assertThat(count("workingMeetings")).isEqualTo("2");
        assertThat(count("registrations")).isEqualTo("4");
        assertThat(count("commissionerMeetings")).isEqualTo("3");
        assertThat(count("partnerEvents")).isEqualTo("1");
        assertAccessible();
        screenshot("key-activities");

        // a period that ends before it starts: refused on its field, nothing counted
        setDate("od", "2004-07-01");
        setDate("do", "2004-03-01");
        clickAndWaitForPage(find("form.grant-period button[type=submit]"));
        assertThat(find("#do-error").getText()).isEqualTo("Konec období nesmí být dříve než jeho začátek.");
        assertThat(findAll("section.grant-activity")).isEmpty();
        assertThat(find("#od").getAttribute("value")).isEqualTo("2004-07-01");
        assertAccessible();

        // the second half year
        setDate("do", "2004-12-31");
        clickAndWaitForPage(find("form.grant-period button[type=submit]"));
        assertThat(GrantReportWebTest.plain(find("#report-heading").getText()))
                .isEqualTo("Období 1. 7. 2004 – 31. 12. 2004");
        assertThat(count("steeringMeetings")).isEqualTo("0");
        assertThat(count("workingMeetings")).isEqualTo("1");
        assertThat(count("events")).isEqualTo("1");
        assertThat(count("news")).isEqualTo("0");
        find("#ka-KA3 details summary").click();
        assertThat(GrantReportWebTest.plain(find("#ka-KA3 details tbody").getText()))
                .contains("14. 9. 2004")
                .contains("Návrh opatření");
        assertThat(findAll("main .actions a").stream()
                        .map(a -> a.getAttribute("href"))
                        .toList())
                .anySatisfy(h -> assertThat(h).endsWith("/klicove-aktivity.xlsx?od=2004-07-01&do=2004-12-31"))
                .anySatisfy(h -> assertThat(h).endsWith("/klicove-aktivity.docx?od=2004-07-01&do=2004-12-31"));
        assertAccessible();
        screenshot("key-activities-half-year");
    }

    private String count(String key) {
        WebElement cell = find("td[data-count='monitoring.grant.count." + key + "']");
        return cell.getText();
    }

    private void setDate(String id, String iso) {
        js("document.getElementById(arguments[0]).value = arguments[1];", id, iso);
    }
}
