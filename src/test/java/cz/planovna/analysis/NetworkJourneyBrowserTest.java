package cz.planovna.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.catalogue.RegisterGenerator;
import cz.planovna.catalogue.RegisterImport;
import cz.planovna.territory.TerritoryQueries;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen reads the service network of ORP Domažlice (the generated illustrative catalogue of
 * the seed ORP and synthetic population): capacities, field services per obec and the indicators
 * with their chart, filtered by a service type; then the needs-gap map for homes for the elderly,
 * and another service type chosen in the form (no script needed). Every page passes axe.
 */
class NetworkJourneyBrowserTest extends BrowserTestSupport {

    static final int DOMAZLICE = AnalysisMother.DOMAZLICE;
    static final String NETWORK = "/orp/" + DOMAZLICE + "/analyzy/sit-sluzeb";

    @Autowired
    DemographicsGenerator generator;

    @Autowired
    DemographicsImport importer;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    TerritoryQueries territory;

    @BeforeEach
    void catalogueAndPopulation() throws Exception {
        // the same register as the demo catalogue (importing it again changes nothing)
        Path folder = Files.createTempDirectory("network-journey");
        new RegisterGenerator()
                .generate(
                        folder,
                        new RegisterGenerator.Options(150, 2026, 900_000, Set.of(3108, 3101, 3103, 3202, 7204)));
        assertThat(registerImport.importFolder(folder).applied()).isTrue();
        // Domažlice only: population of other ORP would end up in the shared PostgreSQL test database,
        // where DemographicsImportTest computes Písek's totals from its own sample
        for (int orp : new int[] {DOMAZLICE}) {
            StringWriter csv = new StringWriter();
            generator.writeDistrict(csv, orp, 2019, 2024, 2026);
            importer.importSynthetic(
                    orp,
                    "synteticka-data.csv",
                    new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Test
    void readTheServiceNetwork() {
        open(NETWORK);
        assertThat(heading()).isEqualTo("Síť sociálních služeb – ORP Domažlice");
        assertThat(find(".synthetic-notice").getText()).contains("Syntetická data");
        assertThat(findAll("#capacities-table tbody tr")).isNotEmpty();
        assertThat(findAll("#coverage-table tbody tr"))
                .hasSize(territory
                        .district(DOMAZLICE)
                        .orElseThrow()
                        .municipalities()
                        .size());
        assertThat(find("svg.chart-ratios").getAttribute("role")).isEqualTo("img");
        assertThat(findAll("#ratios-table tbody tr")).hasSize(NetworkRule.values().length);
        assertAccessible();
        screenshot("sit-sluzeb");

        // the field services of an obec, opened from their summary
        List<WebElement> lists = findAll("#coverage-table details.coverage-details");
        if (!lists.isEmpty()) {
            lists.get(0).findElement(By.tagName("summary")).click();
            assertThat(lists.get(0).findElement(By.tagName("ul")).isDisplayed()).isTrue();
        }

        // only one service type, by the form
        Select type = new Select(find("#druh"));
        WebElement chosen = type.getOptions().get(1);
        String section = chosen.getAttribute("value");
        type.selectByValue(section);
        clickAndWaitForPage(find("#network-filter button"));
        assertThat(currentPath()).contains("druh=" + section);
        for (WebElement row : findAll("#capacities-table tbody tr th")) {
            assertThat(row.getText()).startsWith("§ " + section + " ");
        }
        assertThat(find("#network-export").getAttribute("href")).contains("druh=" + section);
        assertAccessible();
        screenshot("sit-sluzeb-druh");
    }

    @Test
    void findTheWhiteSpotsOnTheMap() {
        open(NETWORK);
        clickAndWaitForPage(find("#ratios-table tr[data-section='49'] a"));
        assertThat(currentPath()).isEqualTo("/orp/" + DOMAZLICE + "/analyzy/mezery?druh=49");
        assertThat(heading()).isEqualTo("Mezery v síti služeb (bílá místa) – ORP Domažlice");
        int obce = territory.district(DOMAZLICE).orElseThrow().municipalities().size();
        assertThat(findAll("svg.gap-map path.obec")).hasSize(obce);
        assertThat(findAll("#gap-table tbody tr")).hasSize(obce);
        assertThat(findAll("#gap-legend li")).hasSize(5);
        assertThat(find("#gap-benchmark").getText()).contains("Srovnávací hodnota");
        assertAccessible();
        screenshot("mezery-49");

        // another indicator without script: the form submits by GET
        new Select(find("#druh")).selectByValue("40");
        clickAndWaitForPage(find("#gap-filter button"));
        assertThat(currentPath()).endsWith("druh=40");
        assertThat(find("#gap-heading").getText()).startsWith("§ 40 pečovatelská služba");
        assertAccessible();
        screenshot("mezery-40");
    }
}
