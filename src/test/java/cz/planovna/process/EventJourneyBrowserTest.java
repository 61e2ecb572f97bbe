package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.shared.format.CzechFormats;
import cz.planovna.territory.TerritoryQueries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A citizen finds a workshop on the page of a co-organising ORP, registers (first forgetting the
 * consent), and reads the ORP's news. Every page passes axe (WCAG 2.1 AA).
 */
class EventJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    PlanningEventRepository events;

    @Autowired
    NewsRepository news;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    TransactionTemplate tx;

    @Test
    void aCitizenRegistersForASharedWorkshopAndReadsTheNews() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String title = "Workshop sousedních ORP " + suffix;
        String headline = "Pozvánka na workshop " + suffix;
        tx.executeWithoutResult(s -> {
            events.save(new PlanningEvent(
                    territory.districtRef(ProcessMother.STRAKONICE).orElseThrow(),
                    new EventDetails(
                            EventKind.WORKSHOP,
                            title,
                            "Společné služby pro seniory.",
                            LocalDate.now(CzechFormats.PRAGUE).plusDays(15),
                            LocalTime.of(9, 0),
                            LocalTime.of(13, 0),
                            "Sál MěÚ Strakonice",
                            null,
                            30,
                            true,
                            true,
                            Set.of(ProcessMother.PRACHATICE)),
                    Instant.now()));
            news.save(new NewsItem(
                    territory.districtRef(ProcessMother.PRACHATICE).orElseThrow(),
                    headline,
                    "Přijďte.",
                    "První odstavec.\n\nDruhý odstavec.",
                    true,
                    LocalDate.now(),
                    Instant.now()));
        });

        open("/orp/" + ProcessMother.PRACHATICE + "/akce");
        assertAccessible();
        clickLink(title);
        assertThat(heading()).isEqualTo(title);
        assertThat(find("main .lead").getText()).isEqualTo("Pořádá ORP Strakonice.");
        type("#fullName", "Jana Zájemkyně");
        type("#email", "jana." + suffix + "@example.cz");
        clickAndWaitForPage(find("form[action$='/registrace'] button[type=submit]"));
        assertThat(find(".error-summary li").getText())
                .isEqualTo("Bez souhlasu se zpracováním údajů vás nemůžeme přihlásit.");
        assertAccessible();
        screenshot("registrace-chyba");

        find("#consent").click();
        clickAndWaitForPage(find("form[action$='/registrace'] button[type=submit]"));
        assertThat(find("main .alert-success").getText())
                .isEqualTo("Děkujeme, jste přihlášeni. Potvrzení jsme poslali e-mailem.");
        assertThat(find("main dl.facts").getText()).contains("volných 29 z 30");
        assertAccessible();
        screenshot("akce");

        open("/orp/" + ProcessMother.PRACHATICE + "/aktuality");
        assertAccessible();
        clickLink(headline);
        assertThat(findAll("article p.prewrap").stream().map(WebElement::getText))
                .containsExactly("První odstavec.", "Druhý odstavec.");
        assertAccessible();
        screenshot("aktualita");
    }

    private void type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }
}
