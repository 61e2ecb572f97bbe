package cz.planovna.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.territory.DistrictDetail;
import cz.planovna.territory.DistrictSummary;
import cz.planovna.territory.MunicipalityView;
import cz.planovna.territory.TerritoryMaps;
import cz.planovna.territory.TerritoryQueries;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The service network and needs-gap pages of ORP Český Krumlov (a kraj with boundaries) with
 * population figures of two of its obce dated 2031, later than any other figures, so they are the
 * latest whatever else the shared database holds. The arithmetic itself is checked by hand in
 * NetworkCalculationTest; here: what the pages and the export show, and how bad input is answered.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NetworkWebTest {

    static final int KRUMLOV = 3103;
    static final String NETWORK = "/orp/" + KRUMLOV + "/analyzy/sit-sluzeb";
    static final String GAP = "/orp/" + KRUMLOV + "/analyzy/mezery";

    @Autowired
    MockMvc mvc;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    TerritoryMaps maps;

    @Autowired
    DemographicsImport importer;

    DistrictDetail krumlov;
    MunicipalityView first;
    MunicipalityView second;

    @BeforeAll
    void importPopulation() {
        krumlov = territory.district(KRUMLOV).orElseThrow();
        first = krumlov.municipalities().get(0);
        second = krumlov.municipalities().get(1);
        String date = "2031-12-31";
        AnalysisMother.Csv csv = new AnalysisMother.Csv()
                .row(first.code(), date, 1, "30 až 34 (let)", 400)
                .row(first.code(), date, 2, "65 až 69 (let)", 70)
                .row(first.code(), date, 1, "80 až 84 (let)", 30)
                .row(first.code(), date, 2, "85 a více (let)", 20)
                .row(second.code(), date, 2, "40 až 44 (let)", 90)
                .row(second.code(), date, 1, "70 až 74 (let)", 15);
        ImportResult result =
                importer.importSynthetic(KRUMLOV, "sit-sluzeb.csv", new ByteArrayInputStream(csv.bytes()));
        assertThat(result.figures()).isEqualTo(6);
    }

    Document page(String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static String text(Element e) {
        return e.text().replace('\u00A0', ' ');
    }

    @Test
    void theNetworkPageHasEveryTableWithItsMethod() throws Exception {
        Document doc = page(NETWORK);
        assertThat(doc.select("h1").text()).isEqualTo("Síť sociálních služeb – ORP Český Krumlov");
        assertThat(doc.select(".synthetic-notice").text()).contains("Syntetická data");
        // every obec of the ORP in the coverage table, in Czech order, "bez terénní služby" where none
        assertThat(doc.select("#coverage-table tbody tr"))
                .hasSize(krumlov.municipalities().size());
        assertThat(doc.select("#coverage-table tbody tr th").eachText())
                .containsExactlyElementsOf(krumlov.municipalities().stream()
                        .map(MunicipalityView::name)
                        .toList());
        for (Element row : doc.select("#coverage-table tbody tr.uncovered")) {
            assertThat(row.text()).contains("bez terénní služby");
        }
        assertThat(text(doc.selectFirst("#coverage-summary")))
                .isEqualTo("Obcí v ORP: " + krumlov.municipalities().size() + ", z toho bez terénní služby: "
                        + doc.select("#coverage-table tbody tr.uncovered").size() + ".");
        // one row per indicator, linked to its gap map
        assertThat(doc.select("#ratios-table tbody tr")).hasSize(NetworkRule.values().length);
        assertThat(text(doc.selectFirst("#ratios-table tbody tr[data-section=49] th")))
                .isEqualTo("§ 49 domovy pro seniory: lůžka na 1 000 obyvatel 80+");
        assertThat(doc.select("#ratios-table tbody tr[data-section=49] a").attr("href"))
                .isEqualTo(GAP + "?druh=49");
        assertThat(doc.select("p.method").text()).contains("rovným dílem").contains("rozsahu působnosti");
        assertThat(text(doc.selectFirst("#ratio-scopes")))
                .contains("Jihočeský kraj")
                .contains("Česko");
        assertThat(doc.select("nav.analyses-nav a[aria-current=page]").text()).isEqualTo("Síť služeb");
    }

    @Test
    void thePopulationOfTheRelevantAgeIsCountedPerObec() throws Exception {
        // § 49: people aged 80+; first obec 30 + 20, second none of that age
        Document doc = page(GAP + "?druh=49");
        Element row = doc.selectFirst("#gap-table tbody tr[data-obec=" + first.code() + "]");
        assertThat(text(row.child(1))).isEqualTo("50");
        Element other = doc.selectFirst("#gap-table tbody tr[data-obec=" + second.code() + "]");
        assertThat(text(other.child(1))).isEqualTo("0");
        assertThat(other.attr("data-class")).isEqualTo("5");
        // § 40: aged 65+; 70 + 30 + 20 and 15
        Document care = page(GAP + "?druh=40");
        assertThat(text(care.selectFirst("#gap-table tbody tr[data-obec=" + first.code() + "]")
                        .child(1)))
                .isEqualTo("120");
        assertThat(text(care.selectFirst("#gap-table tbody tr[data-obec=" + second.code() + "]")
                        .child(1)))
                .isEqualTo("15");
        assertThat(care.select("#druh option[selected]").attr("value")).isEqualTo("40");
    }

    @Test
    void theGapMapHasEveryObecWithAPatternClassAndATitle() throws Exception {
        Document doc = page(GAP);
        int areas = maps.districtMap(KRUMLOV).orElseThrow().areas().size();
        assertThat(doc.select("h1").text()).isEqualTo("Mezery v síti služeb (bílá místa) – ORP Český Krumlov");
        assertThat(doc.select("svg.gap-map[role=img]")).hasSize(1);
        assertThat(doc.select("svg.gap-map title").first().text()).startsWith("§ 49 domovy pro seniory");
        assertThat(doc.select("svg.gap-map desc").text()).contains("jiný vzor výplně");
        assertThat(doc.select("svg.gap-map path.obec")).hasSize(areas);
        for (Element path : doc.select("svg.gap-map path.obec")) {
            assertThat(path.className()).matches("obec gap-(none|low|partial|met|no-data)");
            assertThat(path.selectFirst("title").text()).contains("třída " + path.attr("data-class"));
        }
        assertThat(doc.select("#gap-legend li")).hasSize(5);
        assertThat(doc.select("#gap-table tbody tr"))
                .hasSize(krumlov.municipalities().size());
        assertThat(doc.select(".method-box li").text()).contains("Poptávka").contains("Třídy: 1 bez kapacity");
        assertThat(doc.select("#map-unavailable")).isEmpty();
    }

    @Test
    void anOrpWithoutBoundariesHasTheTableButNoMap() throws Exception {
        Set<Integer> withMaps = Set.of(3034, 3042, 3131);
        DistrictSummary other = territory.districts().stream()
                .filter(d -> !withMaps.contains(d.regionCode()))
                .findFirst()
                .orElseThrow();
        Document doc = page("/orp/" + other.code() + "/analyzy/mezery?druh=40");
        assertThat(doc.select("#map-unavailable").text()).contains("není k dispozici");
        assertThat(doc.select("svg.gap-map")).isEmpty();
        assertThat(doc.select("#gap-table tbody tr")).hasSize(other.municipalityCount());
    }

    @Test
    void filtersAreKeptInTheExportLinkAndTheForm() throws Exception {
        Document doc = page(NETWORK + "?druh=49&skupina=senioři&razeni=obec");
        assertThat(doc.select("#razeni option[selected]").attr("value")).isEqualTo("obec");
        assertThat(doc.select("#network-export").attr("href"))
                .contains("druh=49")
                .contains("razeni=obec")
                .contains("skupina=");
        for (Element row : doc.select("#capacities-table tbody tr")) {
            assertThat(row.child(0).text()).startsWith("§ 49");
        }
    }

    @Test
    void theExportHasTheTablesOfThePage() throws Exception {
        byte[] xlsx = mvc.perform(get(NETWORK + ".xlsx"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names)
                    .containsExactly("Kapacity", "Souhrn", "Cílové skupiny", "Terénní služby", "Na 1 000 obyvatel");
            Sheet coverage = book.getSheet("Terénní služby");
            assertThat(coverage.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Síť sociálních služeb – ORP Český Krumlov");
            int header = -1;
            for (int r = 0; r <= coverage.getLastRowNum(); r++) {
                if (coverage.getRow(r) != null
                        && "Obec".equals(coverage.getRow(r).getCell(0).getStringCellValue())) {
                    header = r;
                }
            }
            assertThat(coverage.getLastRowNum() - header)
                    .isEqualTo(krumlov.municipalities().size());
            Sheet ratios = book.getSheet("Na 1 000 obyvatel");
            assertThat(ratios.getRow(header + 1).getCell(0).getStringCellValue().replace('\u00A0', ' '))
                    .isEqualTo("§ 49 domovy pro seniory: lůžka na 1 000 obyvatel 80+");
        }
    }

    @Test
    void badParametersAreAnsweredWith400AndUnknownOrpWith404() throws Exception {
        for (String url : List.of(
                NETWORK + "?druh=abc",
                NETWORK + "?druh=%3Cscript%3E",
                NETWORK + "?razeni=nic",
                NETWORK + "?strana=dva",
                NETWORK + ".xlsx?razeni=nic",
                GAP + "?druh=99",
                GAP + "?druh=x")) {
            String html = mvc.perform(get(url))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).doesNotContain("<script>");
        }
        for (String url : List.of(
                "/orp/9999/analyzy/sit-sluzeb", "/orp/9999/analyzy/sit-sluzeb.xlsx", "/orp/9999/analyzy/mezery")) {
            mvc.perform(get(url)).andExpect(status().isNotFound());
        }
        // a page past the end shows the last one
        mvc.perform(get(NETWORK + "?strana=999")).andExpect(status().isOk());
    }
}
