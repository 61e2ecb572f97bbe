package cz.planovna.territory;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/** A visitor explores territories in a real browser: home → kraje → search → kraj → ORP → obce. */
class TerritoryJourneyBrowserTest extends BrowserTestSupport {

    /** The 14 kraje in Czech alphabetical order (Ú sorts with U, after S). */
    private static final List<String> KRAJE_IN_CZECH_ORDER = List.of(
            "Hlavní město Praha",
            "Jihočeský kraj",
            "Jihomoravský kraj",
            "Karlovarský kraj",
            "Kraj Vysočina",
            "Královéhradecký kraj",
            "Liberecký kraj",
            "Moravskoslezský kraj",
            "Olomoucký kraj",
            "Pardubický kraj",
            "Plzeňský kraj",
            "Středočeský kraj",
            "Ústecký kraj",
            "Zlínský kraj");

    @Autowired
    TerritoryAdministration administration;

    @BeforeEach
    void somePlanningTerritories() {
        administration.activatePlanning(3108, 3101, 3103, 3202, 7204);
    }

    @Test
    void visitorBrowsesFromHomeToTheMunicipalitiesOfAnOrp() {
        open("/");
        assertThat(pageLanguage()).isEqualTo("cs");
        assertThat(heading()).isEqualTo("Komunitní plánování sociálních služeb");
        assertThat(texts("#main .card-grid .card h3")).contains("ORP Písek");
        assertAccessible();
        screenshot("01-home");

        clickLink("Procházet území");
        assertThat(currentPath()).isEqualTo("/uzemi");
        assertThat(heading()).isEqualTo("Kraje, ORP a obce");
        List<String> kraje = texts(".region-list li > a");
        assertThat(kraje).hasSize(14);
        assertThat(kraje.indexOf("Hlavní město Praha")).isLessThan(kraje.indexOf("Jihočeský kraj"));
        assertThat(kraje.get(13)).isEqualTo("Zlínský kraj");
        assertThat(kraje).containsExactlyElementsOf(KRAJE_IN_CZECH_ORDER);
        assertAccessible();
        screenshot("02-uzemi");

        // htmx live search: typing without diacritics finds Písek and its ORP, the page stays.
        find("#q").sendKeys("pisek");
        WebElement pisekRow = waitUntil(d -> d.findElements(By.cssSelector("#search-results table tbody tr")).stream()
                .filter(row -> cell(row, 0).equals("Písek")
                        && !row.findElements(By.cssSelector("a[href$='/orp/3108']"))
                                .isEmpty())
                .findFirst()
                .orElse(null));
        assertThat(pisekRow.findElement(By.tagName("a")).getText()).isEqualTo("Písek");
        assertThat(cell(pisekRow, 1)).matches("\\d{6}");
        assertThat(find("#search-results caption").getText()).contains("pisek");
        assertThat(currentPath()).isEqualTo("/uzemi");
        assertAccessible();
        screenshot("03-search-pisek");

        clickLink("Jihočeský kraj");
        assertThat(currentPath()).isEqualTo("/kraj/3034");
        assertThat(heading()).isEqualTo("Jihočeský kraj");
        assertThat(texts(".data-table tbody td:first-child a")).contains("Písek", "České Budějovice", "Tábor");
        assertAccessible();
        screenshot("04-kraj-jihocesky");

        clickAndWaitForPage(find(".data-table a[href$='/orp/3108']"));
        assertThat(currentPath()).isEqualTo("/orp/3108");
        assertThat(heading()).isEqualTo("ORP Písek");
        assertThat(texts(".facts dd")).contains("Jihočeský kraj", "3108");
        List<WebElement> obce = findAll(".data-table tbody tr");
        assertThat(obce).hasSize(49);
        assertThat(obce).allSatisfy(row -> assertThat(cell(row, 1)).matches("\\d{6}"));
        assertThat(obce.stream().map(row -> cell(row, 0))).contains("Mirotice", "Písek", "Protivín");
        assertAccessible();
        screenshot("05-orp-pisek");
    }

    @Test
    void keyboardUserSkipsStraightToTheContent() {
        open("/orp/3108");

        WebElement first = pressTab();
        assertThat(first.getText()).as("first TAB stop: %s", describe(first)).isEqualTo("Přeskočit na obsah");
        assertThat(first.getAttribute("class")).contains("skip-link");
        assertThat(first.getRect().getX()).as("focused skip link is on screen").isGreaterThanOrEqualTo(0);
        screenshot("skip-link-focused");

        WebElement target = pressKeys(Keys.ENTER);
        assertThat(target.getTagName())
                .as("Enter on skip link focuses %s", describe(target))
                .isEqualTo("main");
        assertThat(target.getAttribute("id")).isEqualTo("main");

        WebElement next = pressTab();
        assertThat((Boolean) js("return document.getElementById('main').contains(arguments[0])", next))
                .as("TAB after skipping stays in the content, got %s", describe(next))
                .isTrue();
    }

    @Test
    void unknownOrpShowsCzechNotFoundPage() {
        open("/orp/9999");
        assertThat(pageLanguage()).isEqualTo("cs");
        assertThat(heading()).isEqualTo("Stránka nenalezena");
        assertThat(driver.getTitle()).contains("Stránka nenalezena");
        assertAccessible();
        screenshot("404");
    }

    @Test
    void pagesFitASmallPhoneWithoutScrollingSideways() {
        setViewport(360, 740);

        open("/orp/3108");
        assertThat(heading()).isEqualTo("ORP Písek");
        assertNoHorizontalScroll(360);
        assertAccessible();
        screenshot("mobile-360-orp-pisek");

        open("/");
        assertNoHorizontalScroll(360);
        screenshot("mobile-360-home");

        open("/uzemi");
        find("#q").sendKeys("pisek");
        waitUntil(d -> !d.findElements(By.cssSelector("#search-results table")).isEmpty());
        assertNoHorizontalScroll(360);
        assertAccessible();
        screenshot("mobile-360-uzemi-search");
    }

    private List<String> texts(String cssSelector) {
        return findAll(cssSelector).stream().map(WebElement::getText).toList();
    }

    private static String cell(WebElement row, int index) {
        List<WebElement> cells = row.findElements(By.tagName("td"));
        return index < cells.size() ? cells.get(index).getText().strip() : "";
    }
}
