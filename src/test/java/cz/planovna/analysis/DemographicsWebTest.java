package cz.planovna.analysis;

import static cz.planovna.analysis.AnalysisMother.LUHACOVICE_ORP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demographics page of ORP Luhačovice on the hand-computed fixture (AnalysisMother): 2022 has
 * 1,100 people, 0–14 22.7 %, 15–64 54.5 %, 65+ 22.7 %, 80+ 13.6 %, ageing index 100.0; the
 * projection of 65+ is 269 in 2023 and 349 in 2027, of 80+ 165 and 225.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemographicsWebTest {

    static final String PAGE = "/orp/" + LUHACOVICE_ORP + "/analyzy/demografie";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    AnalysisMother.TestUser admin;

    @BeforeAll
    void importTheFixtureThroughTheForm() throws Exception {
        admin = new AnalysisMother(users, territory).admin();
        String html = mvc.perform(multipart(PAGE + "/import")
                        .file(new MockMultipartFile(
                                "file",
                                "luhacovice.csv",
                                "text/csv",
                                AnalysisMother.luhacoviceFixture().bytes()))
                        .with(csrf())
                        .with(admin.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#import-result").text()).contains("byl převzat").contains("Údajů v souboru: 14");
        assertThat(page.select("#import-result").text()).contains("přeskočených souhrnných řádků: 2");
    }

    Document page(String query) throws Exception {
        return Jsoup.parse(mvc.perform(get(PAGE + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static String text(Document doc, String selector) {
        return doc.select(selector).text().replace('\u00A0', ' ');
    }

    @Test
    void theSummaryShowsTheHandComputedFigures() throws Exception {
        Document doc = page("?rok=2022");
        assertThat(doc.select("h1").text()).isEqualTo("Demografie – ORP Luhačovice");
        assertThat(text(doc, "#stat-total")).isEqualTo("1 100");
        assertThat(text(doc, "#stat-children")).isEqualTo("22,7 %");
        assertThat(text(doc, "#stat-working")).isEqualTo("54,5 %");
        assertThat(text(doc, "#stat-seniors")).isEqualTo("22,7 %");
        assertThat(text(doc, "#stat-oldest")).isEqualTo("13,6 %");
        assertThat(text(doc, "#stat-index")).isEqualTo("100,0");
        assertThat(doc.text()).doesNotContain("Syntetická data");
    }

    @Test
    void trendAndProjectionWithTheMethodStated() throws Exception {
        Document doc = page("");
        assertThat(doc.select("#rok option[selected]").text()).isEqualTo("2022");
        assertThat(doc.select("#trend-table tbody tr")).hasSize(3);
        assertThat(text(doc, "#trend-table tbody tr:nth-child(1)")).isEqualTo("2020 210 0 210 120 –");
        assertThat(text(doc, "#trend-table tbody tr:nth-child(2)")).isEqualTo("2021 228 0 228 135 –");
        assertThat(text(doc, "#projection-table tbody tr:nth-child(1)")).isEqualTo("2023 269 165");
        assertThat(text(doc, "#projection-table tbody tr:nth-child(5)")).isEqualTo("2027 349 225");
        assertThat(doc.select("p.method").text()).contains("nejmenších čtverců").contains("posledních 3 letech");
    }

    @Test
    void chartsAreAccessibleSvgWithTables() throws Exception {
        Document doc = page("?rok=2022");
        assertThat(doc.select("svg.chart-pyramid[role=img]")).hasSize(1);
        assertThat(doc.select("svg.chart-pyramid title").text()).isEqualTo("Věková pyramida 2022");
        assertThat(doc.select("svg.chart-pyramid desc").text()).contains("mužů (vlevo)");
        assertThat(doc.select("svg.chart-pyramid text.chart-heading").eachText())
                .containsExactly("Muži", "Ženy");
        assertThat(doc.select("svg.chart-pyramid rect.bar-men")).hasSize(18);
        assertThat(doc.select("svg.chart-trend[role=img] title").text()).isEqualTo("Vývoj a projekce počtu seniorů");
        assertThat(doc.select("svg.chart-trend circle")).hasSize(8);
        assertThat(doc.select("svg.chart-trend rect")).hasSize(8);
        // the pyramid table: 85+ women 50, 0–4 men 100 and women 100
        assertThat(text(doc, "details.chart-data tbody tr:nth-child(1)")).isEqualTo("0–4 100 100");
        assertThat(text(doc, "details.chart-data tbody tr:nth-child(18)")).isEqualTo("85+ 10 50");
    }

    @Test
    void theTableOfObceSortsInCzechAndByNumbers() throws Exception {
        Document byName = page("?rok=2022");
        assertThat(byName.select("#obce-table tbody th").eachText()).containsExactly("Dolní Lhota", "Luhačovice");
        assertThat(text(byName, "#obce-table tbody tr:nth-child(2)"))
                .isEqualTo("Luhačovice 1 000 20,0 % 20,0 % 140 100,0");
        assertThat(text(byName, "#obce-table tbody tr:nth-child(1)"))
                .isEqualTo("Dolní Lhota 100 50,0 % 50,0 % 10 100,0");
        Document byPopulation = page("?rok=2022&razeni=obyvatel");
        assertThat(byPopulation.select("#obce-table tbody th").eachText()).containsExactly("Luhačovice", "Dolní Lhota");
        assertThat(byName.select(".meta").text()).contains("Bez údajů: 13 obcí.");
    }

    @Test
    void anEarlierYearAndAnUnknownOrp() throws Exception {
        Document doc = page("?rok=2020");
        assertThat(text(doc, "#stat-total")).isEqualTo("210");
        assertThat(text(doc, "#stat-index")).isEqualTo("–");
        mvc.perform(get("/orp/9999/analyzy/demografie")).andExpect(status().isNotFound());
        mvc.perform(get("/orp/abc/analyzy/demografie")).andExpect(status().isBadRequest());
    }

    @Test
    void theExportHoldsTheTablesBehindTheCharts() throws Exception {
        byte[] xlsx = mvc.perform(get(PAGE + ".xlsx").param("rok", "2022"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Souhrn");
            Sheet summary = book.getSheet("Souhrn");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Demografie – ORP Luhačovice");
            assertThat(summary.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(1100);
            assertThat(summary.getRow(4).getCell(12).getNumericCellValue()).isEqualTo(100.0);
            Sheet pyramid = book.getSheet("Pyramida");
            assertThat(pyramid.getRow(21).getCell(0).getStringCellValue()).isEqualTo("85+");
            assertThat(pyramid.getRow(21).getCell(2).getNumericCellValue()).isEqualTo(50);
            Sheet trend = book.getSheet("Vývoj a projekce");
            assertThat(trend.getRow(7).getCell(0).getNumericCellValue()).isEqualTo(2023);
            assertThat(trend.getRow(7).getCell(1).getStringCellValue()).isEqualTo("projekce");
            assertThat(trend.getRow(7).getCell(4).getNumericCellValue()).isEqualTo(269);
            Sheet obce = book.getSheet("Obce");
            assertThat(obce.getRow(4).getCell(0).getStringCellValue()).isEqualTo("Dolní Lhota");
            assertThat(obce.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Luhačovice");
        }
    }

    @Test
    void aSecondUploadOfTheSameFileChangesNothingAndAnEmptyUploadIsAFieldError() throws Exception {
        String again = mvc.perform(multipart(PAGE + "/import")
                        .file(new MockMultipartFile(
                                "file",
                                "luhacovice.csv",
                                "text/csv",
                                AnalysisMother.luhacoviceFixture().bytes()))
                        .with(csrf())
                        .with(admin.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(again).select("#import-result").text()).contains("nic se nezměnilo");
        String empty = mvc.perform(multipart(PAGE + "/import")
                        .file(new MockMultipartFile("file", "", "text/csv", new byte[0]))
                        .with(csrf())
                        .with(admin.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(empty).select("#file-error").text()).isEqualTo("Vyberte soubor CSV k nahrání.");
        String bad = mvc.perform(multipart(PAGE + "/import")
                        .file(new MockMultipartFile(
                                "file",
                                "spatne.csv",
                                "text/csv",
                                new AnalysisMother.Csv()
                                        .row(AnalysisMother.LUHACOVICE, "2019-12-31", 1, "0 až 4 (let)", 5)
                                        .row(AnalysisMother.MIROTICE, "2019-12-31", 1, "0 až 4 (let)", 5)
                                        .bytes()))
                        .with(csrf())
                        .with(admin.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document doc = Jsoup.parse(bad);
        assertThat(doc.select("#import-result").text())
                .contains("nebyl převzat")
                .contains("Chybných řádků: 1");
        assertThat(doc.select("#rejected-table tbody tr").text())
                .isEqualTo("3 Obec " + AnalysisMother.MIROTICE + " nepatří do tohoto ORP.");
        assertThat(page("").select("#rok option").eachText()).doesNotContain("2019");
    }
}
