package cz.planovna.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen reads the demographics of ORP Domažlice (synthetic figures from the generator): the
 * synthetic notice, summary, pyramid and trend with their tables, another year, the table of obce
 * sorted and paged. Then its coordinator uploads a file of another ORP and gets every bad row
 * listed. Every page passes axe (WCAG 2.1 AA).
 */
class DemographicsJourneyBrowserTest extends BrowserTestSupport {

    static final String PAGE = "/orp/" + AnalysisMother.DOMAZLICE + "/analyzy/demografie";

    @Autowired
    DemographicsGenerator generator;

    @Autowired
    DemographicsImport importer;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Test
    void readTheDemographicsAndUploadAFile() throws Exception {
        StringWriter csv = new StringWriter();
        generator.writeDistrict(csv, AnalysisMother.DOMAZLICE, 2019, 2024, 2026);
        ImportResult generated = importer.importSynthetic(
                AnalysisMother.DOMAZLICE,
                "synteticka-data.csv",
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(generated.applied()).isTrue();

        open(PAGE);
        assertThat(heading()).isEqualTo("Demografie – ORP Domažlice");
        assertThat(find(".synthetic-notice").getText()).contains("Syntetická data");
        assertThat(find("#rok option:checked").getText()).isEqualTo("2024");
        assertThat(find("svg.chart-pyramid").getAttribute("role")).isEqualTo("img");
        assertThat(findAll("#trend-table tbody tr")).hasSize(6);
        assertThat(findAll("#projection-table tbody tr")).hasSize(5);
        assertThat(findAll("#obce-table tbody tr")).hasSize(20);
        assertAccessible();
        screenshot("demografie");

        // the pyramid as a table, opened from the keyboard
        find("details.chart-data summary").click();
        assertThat(find("details.chart-data table").isDisplayed()).isTrue();
        assertAccessible();

        // another year
        new Select(find("#rok")).selectByVisibleText("2020");
        clickAndWaitForPage(find("form.inline-filter button"));
        assertThat(currentPath()).contains("rok=2020");
        assertThat(find("h2").getText()).isEqualTo("Přehled za rok 2020");
        assertThat(find(".synthetic-notice").isDisplayed()).isTrue();

        // obce by ageing index, second page
        new Select(find("#razeni")).selectByValue("index");
        clickAndWaitForPage(findAll("form.inline-filter button").get(1));
        assertThat(currentPath()).contains("razeni=index").contains("rok=2020");
        clickAndWaitForPage(find("a[rel=next]"));
        assertThat(currentPath()).contains("strana=2");
        assertThat(find("nav .pagination [aria-current=page]").getText()).isEqualTo("Strana 2 z 3");
        assertAccessible();

        // the coordinator uploads a file whose obce belong to Písek: nothing is stored, every row listed
        String email = "koordinator." + UUID.randomUUID().toString().substring(0, 12) + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátorka Domažlice",
                "Testovaci-heslo-2026",
                List.of(Grant.districtCoordinator(
                        territory.districtRef(AnalysisMother.DOMAZLICE).orElseThrow()))));
        login(email, "Testovaci-heslo-2026");
        open(PAGE);
        clickLink("Nahrát údaje z ČSÚ");
        assertThat(heading()).isEqualTo("Nahrát údaje o obyvatelstvu – ORP Domažlice");
        assertAccessible();
        Path file = Files.createTempFile("population_sample", ".csv");
        try (var in = AnalysisMother.resource("population_sample.csv")) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        find("#file").sendKeys(file.toAbsolutePath().toString());
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find("#import-result").getText()).contains("nebyl převzat").contains("Chybných řádků: 72");
        assertThat(findAll("#rejected-table tbody tr")).hasSize(72);
        assertThat(find("#rejected-table tbody tr").getText())
                .isEqualTo("2 Obec Mirotice (549584) nepatří do tohoto ORP.");
        assertAccessible();
        screenshot("import-odmitnut");
    }
}
