package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The register import in the administration through MockMvc, as a system administrator. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportAdminWebTest {

    static final String PATH = "/admin/katalog/import";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    CatalogueQueries queries;

    @Autowired
    ImportRuns runs;

    @TempDir
    Path temp;

    String adminEmail;

    @BeforeAll
    void createAdmin() {
        adminEmail = "spravce.import." + RegisterFolderMother.uniqueTag() + "@test.planovna.cz";
        users.createUser(new NewUser(adminEmail, "Správce Importu", null, List.of(Grant.systemAdmin())));
    }

    RequestPostProcessor admin() {
        return user(adminEmail);
    }

    AbstractMockHttpServletRequestBuilder<?> upload(String name, byte[] bytes) {
        return multipart(PATH)
                .file(new MockMultipartFile("soubor", name, "application/zip", bytes))
                .with(csrf())
                .with(admin());
    }

    Document page(AbstractMockHttpServletRequestBuilder<?> request, int status) throws Exception {
        String html = mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    long startedRun(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        String location = mvc.perform(request)
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith(PATH + "/");
        return Long.parseLong(location.substring(PATH.length() + 1));
    }

    ImportRunView awaitFinished(long runId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            ImportRunView run = queries.importProgress(runId).orElseThrow();
            if (run.status() != ImportStatus.RUNNING) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + runId + " did not finish");
    }

    @Test
    void anUploadedExportIsImportedInTheBackgroundAndItsReportShown() throws Exception {
        String tag = RegisterFolderMother.uniqueTag();
        RegisterFolderMother.ServiceJson good =
                RegisterFolderMother.service(tag + "-dobry").set("nazev", "Pečovatelská služba " + tag);
        RegisterFolderMother.ServiceJson bad = RegisterFolderMother.service(tag + "-vadny")
                .set("nazev", "Vadná služba " + tag)
                .type("DruhSocialniSluzby/999");
        Path folder = RegisterFolderMother.folder(temp.resolve("good"), List.of(good, bad));

        long runId = startedRun(upload("export-registru.zip", RegisterZips.of(folder, "export/")));
        ImportRunView finished = awaitFinished(runId);

        assertThat(finished.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(queries.serviceByRegisterId(tag + "-dobry")).isPresent();
        assertThat(queries.serviceByRegisterId(tag + "-vadny")).isEmpty();

        Document report = page(get(PATH + "/" + runId).with(admin()), 200);
        assertThat(report.selectFirst("h1").text()).isEqualTo("Import registru č. " + runId);
        assertThat(report.select(".alert-success").text()).isEqualTo("Import byl proveden.");
        assertThat(report.select("dd.file-name").text()).isEqualTo("export-registru.zip");
        assertThat(report.select("#progress-heading")).isEmpty();
        assertThat(report.select("#zmeny tbody th").eachText()).contains("Písek (3108)");
        assertThat(report.select("#zmeny tbody").text()).contains("Pečovatelská služba " + tag);
        assertThat(report.select("#zaznamy tbody tr").text())
                .contains(tag + "-vadny", "odmítnut", "neznámý kód", "DruhSocialniSluzby/999");

        // the run is in the list of past runs with its outcome
        Document overview = page(get(PATH).with(admin()), 200);
        assertThat(overview.select("tbody tr").eachText())
                .anySatisfy(
                        row -> assertThat(row).startsWith("Import č. " + runId).contains("proveden"));

        // the progress fragment of a finished run makes htmx reload the page; without htmx it redirects
        MockHttpServletResponse fragment = mvc.perform(get(PATH + "/" + runId + "/prubeh")
                        .header("HX-Request", "true")
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(fragment.getHeader("HX-Refresh")).isEqualTo("true");
        mvc.perform(get(PATH + "/" + runId + "/prubeh").with(admin())).andExpect(status().isFound());
    }

    @Test
    void aTruncatedRegisterIsRefusedAsAWholeWithAClearMessageAndNothingChanges() throws Exception {
        String tag = RegisterFolderMother.uniqueTag();
        Path folder = RegisterFolderMother.sample(temp.resolve("truncated"), tag);
        RegisterFolderMother.truncate(folder, 0.6);
        long before = queries.totals().services();

        long runId = startedRun(upload("useknuty.zip", RegisterZips.of(folder, "")));

        assertThat(awaitFinished(runId).status()).isEqualTo(ImportStatus.REFUSED);
        assertThat(queries.totals().services()).isEqualTo(before);
        Document report = page(get(PATH + "/" + runId).with(admin()), 200);
        assertThat(report.select(".alert-error").text())
                .contains("Soubor byl odmítnut, v katalogu se nic nezměnilo.")
                .contains("Důvod: soubor je neúplný (useknutý)");
        assertThat(report.select("#zmeny")).isEmpty();
    }

    @Test
    void anUploadThatIsNotAnExportIsAnsweredInTheFormAndNoRunStarts() throws Exception {
        long runsBefore = queries.importRuns(0, 1).getTotalElements();

        Document notZip = page(upload("rpss.json", "{\"polozky\": []}".getBytes(StandardCharsets.UTF_8)), 400);
        assertThat(notZip.select(".error-summary li").text())
                .isEqualTo("Soubor není archiv ZIP. Nahrajte export registru zabalený do ZIP.");
        assertThat(notZip.select("#soubor").attr("aria-invalid")).isEqualTo("true");
        assertThat(notZip.select("#soubor-error").text()).contains("Soubor není archiv ZIP.");

        Document noRegister =
                page(upload("export.zip", RegisterZips.of(java.util.Map.of("readme.txt", new byte[] {1, 2}))), 400);
        assertThat(noRegister.select(".error-summary li").text()).isEqualTo("Archiv neobsahuje soubor rpss.json.");

        Document empty = page(
                multipart(PATH)
                        .file(new MockMultipartFile("soubor", "", "application/octet-stream", new byte[0]))
                        .with(csrf())
                        .with(admin()),
                400);
        assertThat(empty.select(".error-summary li").text()).isEqualTo("Vyberte archiv ZIP s exportem registru.");

        assertThat(queries.importRuns(0, 1).getTotalElements()).isEqualTo(runsBefore);
    }

    @Test
    void whileAnImportRunsItsProgressIsShownEverywhereAndASecondStartIsRefused() throws Exception {
        long running = runs.start("bezici-import-" + RegisterFolderMother.uniqueTag() + ".zip");
        try {
            runs.progress(running, ImportPhase.APPLYING, 200, 50);

            Document overview = page(get(PATH).with(admin()), 200);
            assertThat(overview.select("#import-progress progress").attr("value"))
                    .isEqualTo("25");
            assertThat(overview.select("#import-progress").attr("aria-live")).isEqualTo("polite");
            assertThat(overview.select("#import-progress").attr("hx-get")).isEqualTo(PATH + "/" + running + "/prubeh");
            assertThat(overview.select("label[for=import-progress-bar]").text())
                    .isEqualTo("Průběh importu č. " + running);
            assertThat(overview.select(".import-progress-text").text())
                    .isEqualTo("Zápis do katalogu: zpracováno 50 z 200 záznamů (25 %).");

            // the run's own page (after a reload, or in another browser) shows the same progress
            Document runPage = page(get(PATH + "/" + running).with(admin()), 200);
            assertThat(runPage.select("#import-progress progress").attr("value"))
                    .isEqualTo("25");
            assertThat(runPage.select(".alert-success, .alert-error")).isEmpty();

            runs.progress(running, ImportPhase.APPLYING, 200, 150);
            String fragment = mvc.perform(get(PATH + "/" + running + "/prubeh")
                            .header("HX-Request", "true")
                            .with(admin()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(Jsoup.parse(fragment).select("progress").attr("value")).isEqualTo("75");
            assertThat(fragment).doesNotContain("<html");

            Path folder = RegisterFolderMother.sample(temp.resolve("second"), RegisterFolderMother.uniqueTag());
            Document refused = page(upload("druhy.zip", RegisterZips.of(folder, "")), 400);
            assertThat(refused.select(".error-summary li").text())
                    .isEqualTo("Právě běží jiný import. Nový lze spustit, až doběhne.");
        } finally {
            runs.notApplied(running, ImportStatus.FAILED, RefusalReason.INTERNAL_ERROR, "test", List.of());
        }
        assertThat(queries.runningImport()).isEmpty();
    }

    @Test
    void anUnknownRunIsNotFound() throws Exception {
        mvc.perform(get(PATH + "/987654321").with(admin())).andExpect(status().isNotFound());
        mvc.perform(get(PATH + "/987654321/prubeh").with(admin())).andExpect(status().isNotFound());
    }
}
