package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A person in Chromium goes from the catalogue to the life situations, chooses ORP Písek, opens a
 * question and reaches a matching service. Every page passes axe (WCAG 2.1 AA).
 */
class LifeSituationBrowserTest extends BrowserTestSupport {

    @Autowired
    RegisterImport registerImport;

    @Autowired
    LifeSituations situations;

    @Autowired
    TerritoryQueries territory;

    @Test
    void fromTheCatalogueToASituationAndAMatchingService() {
        CatalogueMother mother = CatalogueMother.tagged();
        assertThat(mother.importInto(registerImport).applied()).isTrue();
        String home = mother.name("Domov pro seniory Písek");
        String question = "Maminka už nezvládne bydlet sama " + mother.tag;
        situations.create(
                3108,
                territory.districtRef(3108).orElseThrow().regionCode(),
                new LifeSituationContent(
                        question,
                        "Zvažte nejdříve pomoc doma.\n\nKdyž to nestačí, pomůže domov pro seniory.",
                        0,
                        List.of("DruhSocialniSluzby/13"),
                        List.of()));

        open("/katalog");
        clickAndWaitForPage(driver.findElement(By.linkText("Životní situace: co dělat, když…")));
        assertThat(heading()).isEqualTo("Životní situace");
        assertAccessible();

        clickAndWaitForPage(driver.findElement(By.linkText("Písek")));
        assertThat(heading()).isEqualTo("Životní situace – Písek");
        assertAccessible();

        clickAndWaitForPage(driver.findElement(By.linkText(question)));
        assertThat(heading()).isEqualTo(question);
        assertThat(findAll(".situation-answer p")).hasSize(2);
        assertPageResourcesLoaded();
        assertAccessible();
        screenshot("zivotni-situace");

        clickAndWaitForPage(driver.findElement(By.linkText(home)));
        assertThat(heading()).isEqualTo(home);
    }
}
