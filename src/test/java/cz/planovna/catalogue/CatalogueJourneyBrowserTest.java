package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A relative looks for a home for the elderly in Chromium: types "senioru" (no diacritics, another
 * case), narrows to ORP Písek, opens the detail. Results change without reloading the page, the
 * address follows every step, and every page passes axe (WCAG 2.1 AA).
 */
class CatalogueJourneyBrowserTest extends BrowserTestSupport {

    @Autowired
    RegisterImport registerImport;

    @Test
    void searchNarrowToAnOrpAndOpenTheDetail() {
        CatalogueMother mother = CatalogueMother.tagged();
        assertThat(mother.importInto(registerImport).applied()).isTrue();
        String home = mother.name("Domov pro seniory Písek");

        open("/katalog");
        assertThat(heading()).isEqualTo("Katalog sociálních služeb");
        assertPageResourcesLoaded();
        assertAccessible();
        screenshot("katalog");

        // typing searches by itself (htmx), the page stays and the address follows
        WebElement page = find("h1");
        WebElement q = find("#q");
        q.sendKeys("senioru " + mother.tag);
        waitLong(d -> currentPath().contains("q=senioru"));
        waitUntil(d -> resultNames().contains(home));
        assertThat(resultNames()).contains(mother.name("Domov pro seniory Blatná"));
        assertThat(page.isDisplayed()).as("the page was not reloaded").isTrue();

        // narrow to ORP Písek: the Blatná home goes, the address carries orp=3108 and no empty fields
        new Select(find("#orp")).selectByValue("3108");
        waitLong(d -> currentPath().contains("orp=3108"));
        waitUntil(d -> !resultNames().contains(mother.name("Domov pro seniory Blatná")));
        assertThat(resultNames()).contains(home);
        assertThat(currentPath()).doesNotContain("druh=").doesNotContain("skupina=");
        assertThat(find("#orp option:checked").getText()).startsWith("Písek (");
        assertThat(find("#obec")).isNotNull();
        assertAccessible();
        screenshot("katalog-pisek");

        // the address is shareable: opened directly it shows the same
        String address = currentPath();
        open(address);
        assertThat(resultNames()).contains(home);

        clickAndWaitForPage(driver.findElement(By.linkText(home)));
        assertThat(heading()).isEqualTo(home);
        assertThat(find("main").getText()).contains("Domovy pro seniory (§ 49)", "40 lůžek", "Správní obvod ORP Písek");
        assertPageResourcesLoaded();
        assertAccessible();
        screenshot("detail");
    }

    /** The first search of a fresh test JVM can take longer than {@link #WAIT} on a busy machine. */
    private void waitLong(java.util.function.Function<? super org.openqa.selenium.WebDriver, Boolean> condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition);
    }

    private java.util.List<String> resultNames() {
        return findAll(".service-card h3 a").stream().map(WebElement::getText).toList();
    }
}
