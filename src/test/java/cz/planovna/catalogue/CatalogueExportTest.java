package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
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
import org.springframework.test.web.servlet.MvcResult;

/** The exports of the public catalogue, downloaded anonymously and opened as a reader would. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueExportTest {

    static final List<String> HEADER = List.of(
            "Název služby",
            "Druh (§)",
            "Poskytovatel",
            "IČO",
            "Cílové skupiny",
            "Formy",
            "Kapacita",
            "Adresa",
            "Obec",
            "ORP",
            "Telefon",
            "E-mail",
            "Web",
            "Registrační číslo",
            "Stav",
            "Ilustrativní data");

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries queries;

    CatalogueMother mother;

    @BeforeAll
    void importFixture() throws Exception {
        mother = CatalogueMother.tagged();
        // plus a service for two groups: printed in full under the first, referred to under the other
        List<RegisterFolderMother.ServiceJson> services = new ArrayList<>(mother.services());
        services.add(RegisterFolderMother.service(mother.id("krize"))
                .set("nazev", mother.name("Krizové centrum Písek"))
                .type(CatalogueMother.COUNSELLING)
                .targetGroups(CatalogueMother.IN_CRISIS, CatalogueMother.SENIORS)
                .clearFacilities()
                .facility(mother.name("Krizové centrum"), RegisterFolderMother.OBEC_PISEK));
        Path dir = Files.createTempDirectory("catalogue-export");
        assertThat(registerImport
                        .importFolder(RegisterFolderMother.folder(dir, services))
                        .applied())
                .isTrue();
    }

    MvcResult download(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn();
    }

    String contact(String registerId, ContactKind kind) {
        return queries.serviceByRegisterId(registerId).orElseThrow().contacts().stream()
                .filter(c -> c.kind() == kind)
                .findFirst()
                .orElseThrow()
                .value();
    }

    static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < HEADER.size(); i++) {
            Cell cell = row.getCell(i);
            values.add(cell == null ? "" : cell.getStringCellValue());
        }
        return values;
    }

    @Test
    void theSpreadsheetHoldsEveryMatchingServiceWithABoldFrozenFilteredHeader() throws Exception {
        MvcResult result = download("/katalog/export.xlsx?q=" + mother.tag + "&druh=" + CatalogueMother.CARE_SERVICE);
        assertThat(result.getResponse().getContentType()).startsWith("application/vnd.openxmlformats");
        assertThat(result.getResponse().getHeader("Content-Disposition"))
                .startsWith("attachment")
                .containsPattern("katalog-sluzeb-\\d{4}-\\d{2}-\\d{2}\\.xlsx");
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Sociální služby");
            assertThat(cells(sheet.getRow(0))).isEqualTo(HEADER);
            assertThat(workbook.getFontAt(
                                    sheet.getRow(0).getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:P2");
            assertThat(sheet.getColumnWidth(0)).isGreaterThan(30 * 256);
            // only the care service matches the type
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            List<String> row = cells(sheet.getRow(1));
            assertThat(row.get(0)).isEqualTo(mother.name("Pečovatelská služba Mirotice"));
            assertThat(row.get(1)).startsWith("Pečovatelská služba (§ ");
            assertThat(row.get(5)).isEqualTo("terénní");
            assertThat(row.get(6)).isEqualTo("terénní: 12 klientů současně");
            assertThat(row.get(8)).isEqualTo("Mirotice");
            assertThat(row.get(9)).isEqualTo("Písek");
            assertThat(row.get(13)).isEqualTo(mother.id("pecovatelska"));
            assertThat(row.get(14)).isEqualTo("poskytována");
            assertThat(row.get(15)).isIn("ano", "ne");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("O exportu");
        }
    }

    @Test
    void theSpreadsheetHasEveryPageOfTheResultAndNoEndedService() throws Exception {
        MvcResult result = download("/katalog/export.xlsx?q=" + mother.tag + "&strana=2&razeni=nazev");
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            // eight active services in Czech name order (ch after h); the ended one is left out
            assertThat(names)
                    .containsExactly(
                            mother.name("Centrum Písek"),
                            mother.name("Čajovna Písek"),
                            mother.name("Domov pro seniory Blatná"),
                            mother.name("Domov pro seniory Písek"),
                            mother.name("Hospic Písek"),
                            mother.name("Chráněné bydlení Domažlice"),
                            mother.name("Krizová poradna Blatná"),
                            mother.name("Krizové centrum Písek"),
                            mother.name("Pečovatelská služba Mirotice"));
        }
    }

    @Test
    void badParametersGiveAnEmptySpreadsheetNotAnError() throws Exception {
        MvcResult result = download("/katalog/export.xlsx?orp=abc&obec=-5&strana=x&druh=" + "z".repeat(500) + "&q=%22"
                + mother.tag + "zzz");
        try (XSSFWorkbook workbook =
                new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(cells(workbook.getSheetAt(0).getRow(0))).isEqualTo(HEADER);
        }
    }

    @Test
    void theSearchPageLinksToTheExportsKeepingTheFilters() throws Exception {
        String html = mvc.perform(get("/katalog?q=" + mother.tag + "&orp=3108&strana=1"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document doc = Jsoup.parse(html);
        assertThat(doc.select(".export-links a").eachAttr("href"))
                .containsExactly("/katalog/export.xlsx?q=" + mother.tag + "&orp=3108", "/katalog/orp/3108.pdf");
        assertThat(doc.select(".export-links a").eachText())
                .containsExactly("Stáhnout jako XLSX", "Tištěný katalog obvodu Písek (PDF)");
        // without an ORP there is no printed catalogue to offer
        Document all = Jsoup.parse(mvc.perform(get("/katalog?q=" + mother.tag))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(all.select(".export-links a")).hasSize(1);
    }

    @Test
    void thePrintedCatalogueOfAnOrpHasContentsGroupsAndContacts() throws Exception {
        MvcResult result = download("/katalog/orp/3108.pdf");
        assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("inline");
        byte[] pdf = result.getResponse().getContentAsByteArray();
        Path out = Path.of("target", "catalogue-orp-3108.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, pdf); // for a look: pdftoppm -r 50 -png target/catalogue-orp-3108.pdf page
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Katalog sociálních služeb – ORP Písek");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("cs");
            // lines broken where the page broke them, no-break spaces in dates
            String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0]+", " ");
            assertThat(text)
                    .contains("Katalog sociálních a souvisejících služeb")
                    .contains("Správní obvod obce s rozšířenou působností Písek")
                    .contains("Obsah")
                    .contains("Senioři")
                    .contains("Osoby v krizi")
                    .containsPattern(mother.name("Krizové centrum Písek")
                            + " \\(Poskytovatel " + mother.id("krize")
                            + "\\) – podrobně v kapitole Osoby v krizi, strana \\d+")
                    .contains(mother.name("Pečovatelská služba Mirotice"))
                    .contains(mother.name("Domov pro seniory Písek"))
                    // contacts of the provider stand in for the service's own
                    .contains(contact(mother.id("pecovatelska"), ContactKind.EMAIL))
                    .contains(contact(mother.id("pecovatelska"), ContactKind.PHONE))
                    // Domažlice is another ORP
                    .doesNotContain(mother.name("Chráněné bydlení Domažlice"))
                    .doesNotContain(mother.name("Domov pro seniory Ukončený"));
            // the table of contents comes before the first chapter and names it
            String contents = text.substring(text.indexOf("Obsah"));
            assertThat(contents.substring(0, contents.indexOf(mother.name("")))).contains("Senioři");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void anOrpWithoutServicesGetsOnePageSayingSo() throws Exception {
        // each import replaces the register: no test leaves a service in Benešov
        byte[] pdf = download("/katalog/orp/2101.pdf").getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0]+", " "))
                    .contains("V obvodu ORP Benešov nyní katalog neobsahuje žádnou službu.")
                    .doesNotContain("Obsah");
        }
    }

    @Test
    void anUnknownOrpIsNotFound() throws Exception {
        mvc.perform(get("/katalog/orp/9999.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/katalog/orp/abc.pdf")).andExpect(status().isNotFound());
        mvc.perform(get("/katalog/orp/99999999999999.pdf")).andExpect(status().isNotFound());
    }

    @Test
    void theExportsAreCachedOnlyBriefly() throws Exception {
        mvc.perform(get("/katalog/export.xlsx")).andExpect(header().string("Cache-Control", "max-age=300, public"));
    }
}
