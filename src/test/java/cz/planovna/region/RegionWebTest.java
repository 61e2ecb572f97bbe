package cz.planovna.region;

import static cz.planovna.region.RegionMother.JIHOCESKY;
import static cz.planovna.region.RegionMother.PLZENSKY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.catalogue.CodeView;
import cz.planovna.identity.UserAdministration;
import cz.planovna.strategy.StrategyQueries;
import cz.planovna.territory.TerritoryAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The kraj page, its sorting, map and exports. Own data: a draft in ORP Trhové Sviny (3113) and a
 * plan in public commenting in ORP Týn nad Vltavou (3115), both Jihočeský kraj, which no other test
 * class plans in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegionWebTest {

    static final int SVINY = 3113;
    static final int TYN = 3115;
    static final String PAGE = "/kraj/" + JIHOCESKY;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    TerritoryAdministration administration;

    @Autowired
    StrategyQueries strategy;

    RegionMother mother;
    TestUser regional;
    TestUser foreign;
    String draftTitle;
    String publicTitle;
    CodeView first;
    CodeView second;
    int year;

    @BeforeAll
    void plans() throws Exception {
        administration.activatePlanning(SVINY, TYN);
        mother = new RegionMother(mvc, users, territory, strategy);
        regional = mother.regionalCoordinator(JIHOCESKY);
        foreign = mother.regionalCoordinator(PLZENSKY);
        TestUser admin = mother.admin();
        year = LocalDate.now(cz.planovna.shared.format.CzechFormats.PRAGUE).getYear();
        List<CodeView> groups = strategy.targetGroups();
        first = groups.get(0);
        second = groups.get(1);

        draftTitle = RegionMother.unique("Návrh Trhové Sviny");
        var draft = mother.plan(admin, SVINY, draftTitle, year, year + 2);
        draft.measure("Opatření návrhu", List.of(first.code()));

        publicTitle = RegionMother.unique("Připomínkovaný Týn");
        var commented = mother.plan(admin, TYN, publicTitle, year, year + 2);
        long both = commented.measure("Pro obě skupiny", List.of(first.code(), second.code()));
        commented.measure("Pro druhou skupinu", List.of(second.code()));
        commented.measure("Bez skupiny", List.of());
        // this year 1 450 000 + 343 475 = 1 793 475 Kč; in total with next year's 500 000: 2 293 475 Kč
        commented.costs(both, Map.of(year, new long[] {1_450_000, 343_475}, year + 1, new long[] {500_000, 0}));
        commented.publicCommenting();
    }

    Document page(String url, TestUser user) throws Exception {
        MockHttpServletRequestBuilder request = get(url);
        if (user != null) {
            request.with(user.signedIn());
        }
        return Jsoup.parse(mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    static String text(Element e) {
        return e.text().replace('\u00A0', ' ').replace('\u202F', ' ');
    }

    Element row(Document page, int orp) {
        return page.selectFirst("#comparison tbody tr[data-orp=" + orp + "]");
    }

    @Test
    void theRegionalCoordinatorComparesTheOrpOfTheKrajWithTheirDrafts() throws Exception {
        Document page = page(PAGE, regional);
        assertThat(text(page.selectFirst("h1"))).isEqualTo("Jihočeský kraj");
        assertThat(text(page.selectFirst("#visibility")))
                .isEqualTo("Vidíte interní údaje všech porovnávaných ORP včetně rozpracovaných návrhů plánů.");

        Element sviny = row(page, SVINY);
        assertThat(text(sviny)).contains("Trhové Sviny", "návrh", draftTitle, year + "–" + (year + 2), "interní");
        assertThat(sviny.selectFirst("a.plan-link").attr("href")).startsWith("/orp/3113/planovani/plany/");

        Element tyn = row(page, TYN);
        List<String> cells = tyn.select("th, td").eachText().stream()
                .map(t -> t.replace('\u00A0', ' ').replace('\u202F', ' '))
                .toList();
        assertThat(cells.get(1)).contains("v připomínkování", publicTitle);
        assertThat(cells.get(3)).isEqualTo("3");
        assertThat(cells.get(4)).isEqualTo("2 293 475 Kč");
        assertThat(cells.get(5)).isEqualTo("1 793 475 Kč");
        assertThat(text(page.selectFirst("#comparison thead"))).contains("Náklady na rok " + year);

        // measures by target group: the first group 1 (Týn) and 1 (the draft), the second 2, one without
        Element groups = page.selectFirst("#groups");
        List<String> orpOrder = groups.select("thead th")
                .eachText()
                .subList(1, groups.select("thead th").size());
        int tynColumn = orpOrder.indexOf("Týn nad Vltavou") + 1;
        int svinyColumn = orpOrder.indexOf("Trhové Sviny") + 1;
        assertThat(groupCell(groups, first.name(), tynColumn)).isEqualTo("1");
        assertThat(groupCell(groups, first.name(), svinyColumn)).isEqualTo("1");
        assertThat(groupCell(groups, second.name(), tynColumn)).isEqualTo("2");
        assertThat(groupCell(groups, second.name(), svinyColumn)).isEqualTo("0");
        assertThat(groupCell(groups, "bez uvedené cílové skupiny", tynColumn)).isEqualTo("1");
    }

    private static String groupCell(Element table, String group, int column) {
        Element row = table.select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(group))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + group));
        return row.child(column).text();
    }

    @Test
    void thePublicAndAnotherKrajSeeOnlyThePublishedPlans() throws Exception {
        for (TestUser visitor : new TestUser[] {null, foreign}) {
            Document page = page(PAGE, visitor);
            assertThat(page.text()).doesNotContain(draftTitle).doesNotContain("Opatření návrhu");
            assertThat(text(page.selectFirst("#visibility"))).startsWith("Zobrazeny jsou jen zveřejněné údaje");
            assertThat(text(row(page, SVINY))).contains("žádný zveřejněný plán", "zveřejněné");
            assertThat(text(row(page, TYN))).contains(publicTitle, "2 293 475 Kč", "1 793 475 Kč");
            assertThat(row(page, TYN).selectFirst("a.plan-link").attr("href")).startsWith("/orp/3115/plan?plan=");
            // the draft's measure is not counted: the first group has Týn's one only
            Element groups = page.selectFirst("#groups");
            List<String> orpOrder = groups.select("thead th").eachText();
            assertThat(groupCell(groups, first.name(), orpOrder.indexOf("Trhové Sviny")))
                    .isEqualTo("0");
            assertThat(groupCell(groups, first.name(), orpOrder.indexOf("Týn nad Vltavou")))
                    .isEqualTo("1");
        }
    }

    @Test
    void theMapColoursAndLabelsEveryOrpByItsPlanState() throws Exception {
        Document internal = page(PAGE, regional);
        Element svg = internal.selectFirst("svg.region-map");
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.select("path.region-area")).hasSize(17);
        assertThat(svg.selectFirst("path[data-orp=3113]").attr("data-status")).isEqualTo("DRAFT");
        assertThat(svg.selectFirst("path[data-orp=3113]").hasClass("region-draft"))
                .isTrue();
        assertThat(svg.selectFirst("path[data-orp=3115]").attr("data-status")).isEqualTo("PUBLIC_COMMENTING");
        assertThat(svg.selectFirst("path[data-orp=3113] title").text()).isEqualTo("Trhové Sviny: návrh");
        // the label says it in text, not only the colour
        assertThat(svg.select("text[data-orp=3113] tspan").eachText()).containsExactly("Trhové Sviny", "návrh");
        assertThat(svg.select("text[data-orp=3115] tspan").eachText())
                .containsExactly("Týn nad Vltavou", "v připomínkování");
        assertThat(svg.selectFirst("path.region-boundaries").attr("d")).startsWith("M");
        // České Budějovice do not plan in Plánovna (no test marks them)
        assertThat(svg.select("text[data-orp=3102] tspan").eachText())
                .containsExactly("České Budějovice", "neplánuje v Plánovně");
        // the table alternative: every ORP of the kraj with its state
        Element districts = internal.selectFirst("#districts");
        assertThat(districts.select("tbody tr")).hasSize(17);
        assertThat(text(districts.selectFirst("tbody tr:has(a[href=/orp/3113])")))
                .endsWith("návrh");

        Document publicPage = page(PAGE, null);
        assertThat(publicPage.selectFirst("svg.region-map path[data-orp=3113]").attr("data-status"))
                .isEqualTo("NO_PLAN");
        assertThat(text(publicPage.selectFirst("#districts tbody tr:has(a[href=/orp/3113])")))
                .endsWith("plánuje, bez plánu");
    }

    @Test
    void columnsSortBothWaysWithTheStateInTheHeader() throws Exception {
        Document byCost = page(PAGE + "?razeni=naklady&smer=sestupne", regional);
        List<String> order = byCost.select("#comparison tbody tr").eachAttr("data-orp");
        assertThat(order.indexOf("3115")).isLessThan(order.indexOf("3113"));
        Element sorted = byCost.selectFirst("#comparison th[aria-sort]");
        assertThat(sorted.attr("aria-sort")).isEqualTo("descending");
        assertThat(sorted.text()).startsWith("Plánované náklady celkem");
        // the sorted column's link turns the order around
        assertThat(sorted.selectFirst("a").attr("href"))
                .contains("razeni=naklady")
                .contains("smer=vzestupne");

        Document byName = page(PAGE, regional);
        List<String> names = byName.select("#comparison tbody th[scope=row]").eachText();
        assertThat(names).isSortedAccordingTo(cz.planovna.shared.text.CzechCollation.comparator());
        assertThat(byName.selectFirst("#comparison th[aria-sort]").attr("aria-sort"))
                .isEqualTo("ascending");

        // an unknown column sorts by name instead of failing
        assertThat(page(PAGE + "?razeni=nesmysl&smer=xyz", regional)
                        .select("#comparison tbody th[scope=row]")
                        .eachText())
                .isEqualTo(names);
    }

    @Test
    void aKrajWithoutPlanningOrpSaysSo() throws Exception {
        // Karlovarský kraj: no test marks its ORP as planning in Plánovna
        Document page = page("/kraj/3051", regional);
        assertThat(text(page.selectFirst(".empty-state")))
                .isEqualTo("V tomto kraji zatím žádné ORP neplánuje v Plánovně.");
        assertThat(page.selectFirst("#comparison")).isNull();
        // no boundaries bundled for this kraj: the page says so
        assertThat(page.selectFirst("#map-unavailable")).isNotNull();
        assertThat(page.select("#districts tbody tr")).isNotEmpty();
    }

    @Test
    void unknownOrMalformedKrajCodes() throws Exception {
        mvc.perform(get("/kraj/42").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
        mvc.perform(get("/kraj/42/porovnani.xlsx")).andExpect(status().isNotFound());
        mvc.perform(get("/kraj/42/porovnani.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/kraj/abc").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
    }

    @Test
    void theSpreadsheetHasTheComparisonGroupsAndCapacities() throws Exception {
        byte[] internal = download(PAGE + "/porovnani.xlsx", regional);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(internal))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Porovnání ORP");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Opatření podle skupin");
            assertThat(book.getSheetAt(2).getSheetName()).isEqualTo("Kapacity na 1000 obyvatel");
            Sheet side = book.getSheetAt(0);
            assertThat(side.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Náklady na rok " + year);
            Row tyn = rowOf(side, "Týn nad Vltavou");
            assertThat(tyn.getCell(1).getNumericCellValue()).isEqualTo(TYN);
            assertThat(tyn.getCell(2).getStringCellValue()).isEqualTo("v připomínkování");
            assertThat(tyn.getCell(4).getStringCellValue()).isEqualTo(publicTitle);
            assertThat(tyn.getCell(5).getNumericCellValue()).isEqualTo(3);
            assertThat(tyn.getCell(6).getNumericCellValue()).isEqualTo(2_293_475);
            assertThat(tyn.getCell(7).getNumericCellValue()).isEqualTo(1_793_475);
            assertThat(rowOf(side, "Trhové Sviny").getCell(4).getStringCellValue())
                    .isEqualTo(draftTitle);
            assertThat(rowOf(side, "České Budějovice").getCell(2).getStringCellValue())
                    .isEqualTo("neplánuje v Plánovně");
            assertThat(rowOf(book.getSheetAt(1), second.name()).getLastCellNum())
                    .isGreaterThan((short) 1);
        }
        byte[] published = download(PAGE + "/porovnani.xlsx", null);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(published))) {
            assertThat(cells(book)).doesNotContain(draftTitle).contains(publicTitle, "žádný zveřejněný plán");
        }
    }

    @Test
    void thePdfIsTaggedAndShowsOnlyWhatTheVisitorMaySee() throws Exception {
        byte[] internal = download(PAGE + "/porovnani.pdf", regional);
        try (PDDocument pdf = Loader.loadPDF(internal)) {
            String printed = new PDFTextStripper().getText(pdf).replaceAll("[\\s\u00A0\u202F]+", " ");
            assertThat(printed)
                    .contains("Porovnání ORP: Jihočeský kraj", draftTitle, publicTitle, "2 293 475 Kč", "1 793 475 Kč")
                    .contains("Opatření podle cílových skupin", "Kapacity služeb na 1 000 obyvatel")
                    .contains("České Budějovice");
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("cs");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Porovnání ORP: Jihočeský kraj");
        }
        byte[] published = download(PAGE + "/porovnani.pdf", foreign);
        try (PDDocument pdf = Loader.loadPDF(published)) {
            String printed = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(printed).contains(publicTitle).doesNotContain(draftTitle);
        }
    }

    private byte[] download(String url, TestUser user) throws Exception {
        MockHttpServletRequestBuilder request = get(url);
        if (user != null) {
            request.with(user.signedIn());
        }
        var response =
                mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getHeader("Cache-Control")).isEqualTo("private, no-store");
        return response.getContentAsByteArray();
    }

    private static Row rowOf(Sheet sheet, String first) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    private static String cells(XSSFWorkbook book) {
        List<String> all = new ArrayList<>();
        book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> all.add(cell.toString()))));
        return String.join("\n", all);
    }
}
