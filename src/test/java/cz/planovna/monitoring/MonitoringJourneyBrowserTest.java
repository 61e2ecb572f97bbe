package cz.planovna.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.monitoring.MonitoringMother.Sample;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator of ORP Strakonice goes from the plan page to its monitoring, enters 2020 for two
 * measures (first with a decimal number of clients, refused on its field and kept), and the
 * dashboard then shows the fulfilment as numbers and levels, the money and the trend chart.
 * Every page passes axe (WCAG 2.1 AA).
 */
class MonitoringJourneyBrowserTest extends BrowserTestSupport {

    static final int STRAKONICE = MonitoringMother.STRAKONICE;
    static final String PASSWORD = "Monitoring-heslo-2026";

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCoordinatorEntersTheYearAndTheDashboardShowsLevelsAndTheChart() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        MonitoringMother mother = new MonitoringMother(users, territory, jdbc);
        Sample s = mother.plan(STRAKONICE, "Plán Strakonice " + suffix, "IN_FORCE");
        String email = "koordinator.mon." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátorka Strakonice",
                PASSWORD,
                List.of(Grant.districtCoordinator(
                        territory.districtRef(STRAKONICE).orElseThrow()))));

        login(email, PASSWORD);
        open("/orp/" + STRAKONICE + "/planovani/plany/" + s.planId());
        clickLink("Monitoring plnění");
        assertThat(heading()).isEqualTo("Monitoring plnění – Plán Strakonice " + suffix);
        assertThat(find("main .empty-state").getText()).startsWith("Pro rok 2020 zatím nikdo nic nezaznamenal.");
        assertAccessible();

        clickLink("Zadat monitoring roku 2020");
        assertThat(heading()).isEqualTo("Monitoring roku 2020 – Plán Strakonice " + suffix);
        assertAccessible();

        String a = "#m" + s.measureA();
        new Select(find(a + "-items-0-state")).selectByVisibleText("Probíhá");
        type(a + "-items-0-comment", "Víkendový provoz od září");
        type(a + "-items-0-spent-MUNICIPALITY", "600 000");
        new Select(find(a + "-items-1-state")).selectByVisibleText("Dokončeno");
        type(a + "-actuals-0-value", "15,5");
        type(a + "-actuals-1-value", "60");
        clickAndWaitForPage(find("#m-" + s.measureA() + " button[type=submit]"));
        assertThat(find(a + "-errors").getText()).contains("se počítá v celých číslech");
        assertThat(find(a + "-items-0-comment").getAttribute("value")).isEqualTo("Víkendový provoz od září");
        assertThat(find(a + "-actuals-0-value").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();
        screenshot("chyba");

        type(a + "-actuals-0-value", "15");
        clickAndWaitForPage(find("#m-" + s.measureA() + " button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Monitoring opatření byl uložen.");
        new Select(find("#m" + s.measureB() + "-items-0-state")).selectByVisibleText("Dokončeno");
        clickAndWaitForPage(find("#m-" + s.measureB() + " button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Monitoring opatření byl uložen.");
        assertAccessible();

        clickLink("Zpět na přehled plnění roku 2020");
        // A: (15 − 10) / (20 − 10) = 50 %, 60 / 80 = 75 % → 62,5 %; B done → 100 %; goal 81,3 %
        assertThat(plain(find("#measure-" + s.measureA()).getText())).contains("Probíhá", "62,5 %", "Částečně splněno");
        assertThat(plain(find("#measure-" + s.measureB()).getText())).contains("Dokončeno", "100 %", "Splněno");
        assertThat(plain(find(".total-card").getText())).contains("81,3 %", "Částečně splněno");
        assertThat(plain(find("main").getText())).contains("1 500 000 Kč", "600 000 Kč");
        WebElement chart = find("svg.trend-svg");
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(findAll("svg.trend-svg circle.actual-mark")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(find(".chart-table caption").getText()).isEqualTo("Hodnoty ukazatele Klienti");
        assertAccessible();
        screenshot("prehled");
    }

    private void type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }

    private static String plain(String text) {
        return text.replaceAll("[\\u00a0\\u202f]", " ").replaceAll("\\s+", " ");
    }
}
