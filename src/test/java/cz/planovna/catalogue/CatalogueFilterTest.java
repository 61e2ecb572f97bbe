package cz.planovna.catalogue;

import static cz.planovna.catalogue.CatalogueMother.CARE_SERVICE;
import static cz.planovna.catalogue.CatalogueMother.COUNSELLING;
import static cz.planovna.catalogue.CatalogueMother.HOME_FOR_ELDERLY;
import static cz.planovna.catalogue.CatalogueMother.IN_CRISIS;
import static cz.planovna.catalogue.RegisterFolderMother.BLATNA;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_BLATNA;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_MIROTICE;
import static cz.planovna.catalogue.RegisterFolderMother.OBEC_PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.PISEK;
import static cz.planovna.catalogue.RegisterFolderMother.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The filters by age group, delivery form and life situation: results, counts with every other
 * filter applied, the page's controls and the spreadsheet with the same parameters. Every query
 * carries the fixture's tag, so services of other tests do not count.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueFilterTest {

    static final String ADULTS_YOUNG = "VekovaSkupinaOsoby/5";
    static final String ADULTS = "VekovaSkupinaOsoby/6";
    static final String SENIORS_YOUNGER = "VekovaSkupinaOsoby/7";
    static final String SENIORS_OLDER = "VekovaSkupinaOsoby/8";

    @Autowired
    CatalogueSearch search;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    LifeSituations situations;

    @Autowired
    MockMvc mvc;

    String tag;
    long careSituation;
    long crisisSituation;
    long emptySituation;
    long blatnaSituation;

    @BeforeAll
    void importFixture() throws Exception {
        tag = "flt" + RegisterFolderMother.uniqueTag();
        List<RegisterFolderMother.ServiceJson> services = List.of(
                service(tag + "-domov")
                        .set("nazev", "Domov " + tag)
                        .type(HOME_FOR_ELDERLY)
                        .ageGroups(SENIORS_YOUNGER, SENIORS_OLDER)
                        .clearFacilities()
                        .facility("Domov", OBEC_PISEK),
                service(tag + "-pecovatelska")
                        .set("nazev", "Pečovatelská služba " + tag)
                        .type(CARE_SERVICE)
                        .ageGroups(ADULTS, SENIORS_YOUNGER)
                        .clearFacilities()
                        .facility("Pečovatelská služba", OBEC_MIROTICE)
                        .clearForms()
                        .form("ter", "klient", 12),
                service(tag + "-poradna")
                        .set("nazev", "Poradna " + tag)
                        .type(COUNSELLING)
                        .targetGroups(IN_CRISIS)
                        .ageGroups(ADULTS_YOUNG, ADULTS)
                        .clearFacilities()
                        .facility("Poradna", OBEC_PISEK)
                        .clearForms()
                        .form("amb", "kontakt", 30),
                service(tag + "-blatna")
                        .set("nazev", "Poradna Blatná " + tag)
                        .type(COUNSELLING)
                        .targetGroups(IN_CRISIS)
                        .ageGroups(ADULTS_YOUNG)
                        .clearFacilities()
                        .facility("Poradna Blatná", OBEC_BLATNA)
                        .clearForms()
                        .form("amb", "kontakt", 10)
                        .form("ter", "klient", 5));
        assertThat(registerImport
                        .importFolder(
                                RegisterFolderMother.folder(Files.createTempDirectory("catalogue-filter"), services))
                        .applied())
                .isTrue();
        careSituation = situations.create(
                PISEK,
                3034,
                new LifeSituationContent(
                        "Péče o rodiče " + tag, "Odpověď.", 1, List.of(CARE_SERVICE, HOME_FOR_ELDERLY), List.of()));
        crisisSituation = situations.create(
                PISEK, 3034, new LifeSituationContent("Krize " + tag, "Odpověď.", 2, List.of(), List.of(IN_CRISIS)));
        emptySituation = situations.create(
                PISEK, 3034, new LifeSituationContent("Bez služeb " + tag, "Odpověď.", 3, List.of(), List.of()));
        blatnaSituation = situations.create(
                BLATNA,
                3034,
                new LifeSituationContent("Krize v Blatné " + tag, "Odpověď.", 1, List.of(COUNSELLING), List.of()));
    }

    CatalogueSearchResult find(Map<String, String> params) {
        Map<String, String> all = new LinkedHashMap<>(params);
        all.put("q", tag);
        return search.search(CatalogueSearchRequest.of(all));
    }

    static List<String> names(CatalogueSearchResult result) {
        return result.hits().stream()
                .map(CatalogueSearchResult.ServiceHit::name)
                .toList();
    }

    static Map<String, Long> counts(List<CatalogueSearchResult.FacetOption> options) {
        Map<String, Long> counts = new LinkedHashMap<>();
        options.forEach(o -> counts.put(o.value(), o.count()));
        return counts;
    }

    static Map<DeliveryForm, Long> formCounts(CatalogueSearchResult result) {
        Map<DeliveryForm, Long> counts = new LinkedHashMap<>();
        result.forms().forEach(o -> counts.put(o.form(), o.count()));
        return counts;
    }

    @Test
    void byAgeGroupWithCountsInTheOrderOfTheCodeList() {
        CatalogueSearchResult all = find(Map.of());
        assertThat(all.total()).isEqualTo(4);
        // youngest first, not by label
        assertThat(counts(all.ageGroups()))
                .containsExactly(
                        Map.entry(ADULTS_YOUNG, 2L),
                        Map.entry(ADULTS, 2L),
                        Map.entry(SENIORS_YOUNGER, 2L),
                        Map.entry(SENIORS_OLDER, 1L));
        assertThat(all.ageGroups().get(0).label()).isEqualTo("Mladí dospělí (19–26 let)");

        CatalogueSearchResult young = find(Map.of("vek", ADULTS_YOUNG));
        assertThat(names(young)).containsExactlyInAnyOrder("Poradna " + tag, "Poradna Blatná " + tag);
        // the age facet ignores its own choice; the others count within it
        assertThat(counts(young.ageGroups())).containsEntry(SENIORS_OLDER, 1L);
        assertThat(young.ageGroups())
                .filteredOn(CatalogueSearchResult.FacetOption::selected)
                .extracting(CatalogueSearchResult.FacetOption::value)
                .containsExactly(ADULTS_YOUNG);
        assertThat(formCounts(young))
                .containsExactly(
                        Map.entry(DeliveryForm.RESIDENTIAL, 0L),
                        Map.entry(DeliveryForm.OUTPATIENT, 2L),
                        Map.entry(DeliveryForm.FIELD, 1L));
    }

    @Test
    void byDeliveryFormWithAllThreeFormsCounted() {
        CatalogueSearchResult all = find(Map.of());
        assertThat(formCounts(all))
                .containsExactly(
                        Map.entry(DeliveryForm.RESIDENTIAL, 1L),
                        Map.entry(DeliveryForm.OUTPATIENT, 2L),
                        Map.entry(DeliveryForm.FIELD, 2L));

        CatalogueSearchResult field = find(Map.of("forma", "ter"));
        assertThat(names(field)).containsExactlyInAnyOrder("Pečovatelská služba " + tag, "Poradna Blatná " + tag);
        assertThat(field.request().form()).isEqualTo(DeliveryForm.FIELD);
        assertThat(counts(field.ageGroups()))
                .containsExactly(Map.entry(ADULTS_YOUNG, 1L), Map.entry(ADULTS, 1L), Map.entry(SENIORS_YOUNGER, 1L));
        // field services in Blatná: one, and the form facet counts within Blatná
        CatalogueSearchResult blatna = find(Map.of("forma", "ter", "orp", String.valueOf(BLATNA)));
        assertThat(names(blatna)).containsExactlyInAnyOrder("Poradna Blatná " + tag);
        assertThat(formCounts(blatna)).containsEntry(DeliveryForm.RESIDENTIAL, 0L);
        // an unknown form is dropped, not an error
        assertThat(find(Map.of("forma", "xyz")).total()).isEqualTo(4);
    }

    @Test
    void byLifeSituationOfTheChosenOrp() {
        CatalogueSearchResult noOrp = find(Map.of());
        assertThat(noOrp.situations()).isEmpty();
        assertThat(noOrp.situationsNeedOrp()).isTrue();

        CatalogueSearchResult pisek = find(Map.of("orp", String.valueOf(PISEK)));
        assertThat(pisek.situationsNeedOrp()).isFalse();
        assertThat(counts(pisek.situations()))
                .containsEntry(String.valueOf(careSituation), 2L)
                .containsEntry(String.valueOf(crisisSituation), 1L)
                .containsEntry(String.valueOf(emptySituation), 0L)
                .doesNotContainKey(String.valueOf(blatnaSituation));

        // types of the situation: the home and the care service
        CatalogueSearchResult care =
                find(Map.of("orp", String.valueOf(PISEK), "situace", String.valueOf(careSituation)));
        assertThat(names(care)).containsExactlyInAnyOrder("Domov " + tag, "Pečovatelská služba " + tag);
        assertThat(care.situationTitle()).isEqualTo("Péče o rodiče " + tag);
        assertThat(care.situations())
                .filteredOn(CatalogueSearchResult.FacetOption::selected)
                .extracting(CatalogueSearchResult.FacetOption::value)
                .containsExactly(String.valueOf(careSituation));
        assertThat(formCounts(care)).containsEntry(DeliveryForm.FIELD, 1L).containsEntry(DeliveryForm.OUTPATIENT, 0L);

        // no service type: its target groups (in the ORP chosen; with none, anywhere)
        assertThat(names(find(Map.of("orp", String.valueOf(PISEK), "situace", String.valueOf(crisisSituation)))))
                .containsExactlyInAnyOrder("Poradna " + tag);
        assertThat(names(find(Map.of("situace", String.valueOf(crisisSituation)))))
                .containsExactlyInAnyOrder("Poradna " + tag, "Poradna Blatná " + tag);
        // without an ORP the situation's own ORP offers the situations
        assertThat(find(Map.of("situace", String.valueOf(crisisSituation))).situations())
                .extracting(CatalogueSearchResult.FacetOption::value)
                .contains(String.valueOf(careSituation));
        assertThat(find(Map.of("situace", String.valueOf(emptySituation))).total())
                .isZero();
    }

    @Test
    void aSituationOfAnotherOrpOrAnUnknownOneIsDropped() {
        CatalogueSearchResult other =
                find(Map.of("orp", String.valueOf(BLATNA), "situace", String.valueOf(careSituation)));
        assertThat(other.situationTitle()).isNull();
        assertThat(names(other)).containsExactlyInAnyOrder("Poradna Blatná " + tag);
        assertThat(counts(other.situations())).containsEntry(String.valueOf(blatnaSituation), 1L);

        CatalogueSearchResult unknown = find(Map.of("situace", "999999999"));
        assertThat(unknown.situationTitle()).isNull();
        assertThat(unknown.total()).isEqualTo(4);
    }

    @Test
    void thePageHasLabelledFiltersAndLinksRemovingEach() throws Exception {
        String url = "/katalog?q=" + tag + "&orp=" + PISEK + "&vek=" + ADULTS + "&forma=amb&situace=" + crisisSituation;
        Document doc = Jsoup.parse(mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        for (String id : new String[] {"vek", "forma", "situace"}) {
            assertThat(doc.select("label[for=" + id + "]"))
                    .as("label of #" + id)
                    .hasSize(1);
            assertThat(doc.select("select#" + id)).hasSize(1);
        }
        assertThat(doc.select("#forma option").eachText())
                .containsExactly("Všechny formy", "pobytová (0)", "ambulantní (1)", "terénní (0)");
        assertThat(doc.select("#forma option[selected]").attr("value")).isEqualTo("amb");
        assertThat(doc.select("#vek option[selected]").text()).isEqualTo("Dospělí (27–64 let) (1)");
        assertThat(doc.select("#situace option[selected]").text()).isEqualTo("Krize " + tag + " (1)");
        assertThat(doc.select(".service-card h3").eachText()).containsExactly("Poradna " + tag);
        var remove = doc.select(".active-filters a");
        assertThat(remove.eachText())
                .contains(
                        "Zrušit filtr Věková skupina: Dospělí (27–64 let)",
                        "Zrušit filtr Forma poskytování: ambulantní",
                        "Zrušit filtr Životní situace: Krize " + tag);
        assertThat(remove.eachAttr("href"))
                .contains("/katalog?q=" + tag + "&vek=" + ADULTS.replace("/", "%2F") + "&forma=amb&orp=" + PISEK);
        // the export link keeps every filter
        assertThat(doc.select(".export-links a").first().attr("href"))
                .isEqualTo("/katalog/export.xlsx?q=" + tag + "&vek=" + ADULTS.replace("/", "%2F")
                        + "&forma=amb&situace=" + crisisSituation + "&orp=" + PISEK);
    }

    @Test
    void theSpreadsheetTakesTheSameFilters() throws Exception {
        byte[] xlsx = mvc.perform(get("/katalog/export.xlsx")
                        .param("q", tag)
                        .param("forma", "ter")
                        .param("vek", ADULTS))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() > 0) {
                    names.add(row.getCell(0).getStringCellValue());
                }
            }
            assertThat(names).containsExactly("Pečovatelská služba " + tag);
        }
        byte[] bySituation = mvc.perform(
                        get("/katalog/export.xlsx").param("q", tag).param("situace", String.valueOf(careSituation)))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bySituation))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }
    }
}
