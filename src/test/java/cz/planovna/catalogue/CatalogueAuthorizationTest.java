package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.catalogue.RegisterFolderMother.ServiceJson;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The catalogue is public: an anonymous visitor reads the search and every detail, changes nothing,
 * and never sees what is internal (statutory bodies from the register, import bookkeeping).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueAuthorizationTest {

    static final String STATUTORY_NAME = "Bohumil Statutárníček";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegisterImport registerImport;

    @Autowired
    CatalogueQueries queries;

    String tag;
    long id;

    @BeforeAll
    void importAServiceWithAStatutoryBody() throws Exception {
        tag = "x" + RegisterFolderMother.uniqueTag();
        ServiceJson service = RegisterFolderMother.service(tag + "-verejny")
                .set("nazev", "Domov pro seniory " + tag)
                .statutoryBody("Bohumil", "Statutárníček")
                .facilityHead("Vedoucí", "Zařízeníčková");
        ImportReport report = registerImport.importFolder(
                RegisterFolderMother.folder(Files.createTempDirectory("auth"), List.of(service)));
        assertThat(report.applied()).isTrue();
        id = queries.serviceByRegisterId(tag + "-verejny").orElseThrow().id();
    }

    @Test
    void anonymousVisitorsReadTheSearchAndTheDetail() throws Exception {
        for (String url :
                List.of("/katalog", "/katalog?q=senioru", "/katalog?q=" + tag + "&orp=3108", "/katalog/sluzby/" + id)) {
            String html = mvc.perform(get(url))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(html).as(url).contains("Katalog služeb");
        }
    }

    @Test
    void nothingInternalIsShown() throws Exception {
        String detail = mvc.perform(get("/katalog/sluzby/" + id))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String search = mvc.perform(get("/katalog").param("q", tag))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String html : List.of(detail, search)) {
            assertThat(html)
                    .contains("Domov pro seniory " + tag)
                    .doesNotContain("Statutárníček")
                    .doesNotContain("Zařízeníčková")
                    .doesNotContain("PravniForma/")
                    .doesNotContain("content_hash")
                    .doesNotContain("/admin/");
        }
        // no content hash (64 hex digits) of the import anywhere
        assertThat(detail).doesNotContainPattern("[0-9a-f]{64}");
    }

    @Test
    void anonymousVisitorsDownloadTheExportsAndNothingInternalIsInThem() throws Exception {
        byte[] xlsx = mvc.perform(get("/katalog/export.xlsx").param("q", tag))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        StringBuilder cells = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            workbook.forEach(sheet ->
                    sheet.forEach(row -> row.forEach(cell -> cells.append(cell).append('\n'))));
        }
        byte[] pdf = mvc.perform(get("/katalog/orp/3108.pdf"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String printed;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        for (String text : List.of(cells.toString(), printed)) {
            assertThat(text)
                    .contains("Domov pro seniory " + tag)
                    .doesNotContain("Statutárníček")
                    .doesNotContain("Zařízeníčková")
                    .doesNotContain("PravniForma/")
                    .doesNotContain("content_hash")
                    .doesNotContainPattern("[0-9a-f]{64}");
        }
    }

    @Test
    void theCatalogueCannotBeChangedThroughItsAddresses() throws Exception {
        mvc.perform(post("/katalog/export.xlsx").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/katalog/orp/3108.pdf").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/katalog")).andExpect(status().isForbidden());
        mvc.perform(post("/katalog").with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/katalog/sluzby/" + id).with(csrf())).andExpect(status().is3xxRedirection());
    }
}
