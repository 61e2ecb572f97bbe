package cz.planovna.catalogue;

import static cz.planovna.catalogue.RegisterFolderMother.OBEC_MIROTICE;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.service;
import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Someone caring for a parent in ORP Písek narrows the catalogue by delivery form, age group and
 * life situation (htmx, the address follows), then opens a service and reads its map: obce served,
 * facilities numbered, a text list. Every page passes axe (WCAG 2.1 AA).
 */
class CatalogueMapFiltersBrowserTest extends BrowserTestSupport {

    @Autowired
    RegisterImport registerImport;

    @Autowired
    LifeSituations situations;

    @Test
    void filterByFormAgeAndSituationThenReadTheMap() throws Exception {
        String tag = "brw" + RegisterFolderMother.uniqueTag();
        String care = "Pečovatelská služba " + tag;
        String home = "Domov pro seniory " + tag;
        assertThat(registerImport
                        .importFolder(RegisterFolderMother.folder(
                                Files.createTempDirectory("catalogue-map-browser"),
                                List.of(
                                        service(tag + "-care")
                                                .set("nazev", care)
                                                .type(CatalogueMother.CARE_SERVICE)
                                                .ageGroups("VekovaSkupinaOsoby/6", "VekovaSkupinaOsoby/7")
                                                .clearFacilities()
                                                .facility("Středisko Písek", OBEC_PISEK)
                                                .coordinates(49.3088, 14.1475)
                                                .facility("Pobočka Mirotice", OBEC_MIROTICE)
                                                .coordinates(49.4287, 14.0363)
                                                .servedDistricts("Obec/549347", "Obec/549801", "Obec/549771")
                                                .clearForms()
                                                .form("amb", "kontakt", 30),
                                        service(tag + "-home")
                                                .set("nazev", home)
                                                .clearFacilities()
                                                .facility("Domov", OBEC_PISEK)
                                                .coordinates(49.3050, 14.1600))))
                        .applied())
                .isTrue();
        long situation = situations.create(
                PISEK,
                3034,
                new LifeSituationContent(
                        "Pečuji o rodiče " + tag, "Odpověď.", 1, List.of(CatalogueMother.CARE_SERVICE), List.of()));

        open("/katalog?q=" + tag);
        waitUntil(d -> resultNames().size() == 2);
        assertThat(findAll("#situace")).isEmpty();
        assertThat(find(".filters").getText()).contains("Filtr podle životní situace nabídneme po výběru obvodu ORP.");

        // the ORP first: its life situations appear
        new Select(find("#orp")).selectByValue(String.valueOf(PISEK));
        waitLong(d ->
                currentPath().contains("orp=" + PISEK) && !findAll("#situace").isEmpty());
        // the delivery form: outpatient (the client comes to the facility)
        WebElement form = find("#forma");
        assertThat(find("label[for=forma]").getText()).isEqualTo("Forma poskytování");
        new Select(form).selectByValue("amb");
        waitLong(d -> currentPath().contains("forma=amb"));
        waitUntil(d -> resultNames().equals(List.of(care)));
        new Select(find("#situace")).selectByValue(String.valueOf(situation));
        waitLong(d -> currentPath().contains("situace=" + situation));
        new Select(find("#vek")).selectByValue("VekovaSkupinaOsoby/7");
        waitLong(d -> currentPath().contains("vek=VekovaSkupinaOsoby"));
        waitUntil(d -> resultNames().equals(List.of(care)));
        assertThat(find("#forma option:checked").getText()).isEqualTo("ambulantní (1)");
        assertThat(find("#situace option:checked").getText()).isEqualTo("Pečuji o rodiče " + tag + " (1)");
        assertThat(findAll(".active-filters a").stream()
                        .map(WebElement::getText)
                        .toList())
                .contains(
                        "Zrušit filtr Forma poskytování: ambulantní",
                        "Zrušit filtr Životní situace: Pečuji o rodiče " + tag);
        assertAccessible();
        screenshot("filtry");

        // the address is shareable
        String address = currentPath();
        open(address);
        assertThat(resultNames()).containsExactly(care);

        clickAndWaitForPage(driver.findElement(By.linkText(care)));
        assertThat(heading()).isEqualTo(care);
        WebElement svg = find("svg.orp-map");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(findAll("svg.orp-map path.obec")).hasSize(49);
        assertThat(findAll("svg.orp-map path.obec.served")).hasSize(5);
        assertThat(findAll("svg.orp-map g.marker")).hasSize(2);
        // the map is drawn: it has a size on the page
        assertThat(svg.getRect().getWidth()).isGreaterThan(300);
        assertThat(svg.getRect().getHeight()).isGreaterThan(200);
        assertThat(find(".map-marker-list").getText()).contains("Středisko Písek, Písek", "Pobočka Mirotice, Mirotice");
        assertThat(findAll(".map-served-list a").stream()
                        .map(WebElement::getText)
                        .toList())
                .containsExactly("Čížová", "Mirotice", "Písek", "Protivín", "Putim");
        assertAccessible();
        screenshot("detail-mapa");

        // a phone: the map shrinks with the page, nothing scrolls sideways
        setViewport(375, 800);
        open(currentPath());
        assertNoHorizontalScroll(375);
        assertAccessible();

        // the text list leads to the catalogue of that obec
        setViewport(1280, 900);
        open(currentPath());
        clickAndWaitForPage(driver.findElement(By.linkText("Čížová")));
        assertThat(currentPath()).isEqualTo("/katalog?obec=549347");
        assertThat(find("#obec option:checked").getText()).startsWith("Čížová (");
    }

    private void waitLong(java.util.function.Function<? super org.openqa.selenium.WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    private List<String> resultNames() {
        return findAll(".service-card h3 a").stream().map(WebElement::getText).toList();
    }
}
