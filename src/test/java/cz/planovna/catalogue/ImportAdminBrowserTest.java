package cz.planovna.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A system administrator in Chromium opens the register import from the navigation, uploads a
 * wrong file (answered in the form), then a small generated register as ZIP, and waits on the run's
 * page until the progress bar gives way to the report. A run in progress is shown to a second
 * visit of its page and the page updates itself when the run ends. Every page passes axe.
 */
class ImportAdminBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Import-heslo-2026";
    static final Duration IMPORT_TIMEOUT = Duration.ofSeconds(90);

    @Autowired
    UserAdministration users;

    @Autowired
    ImportRuns runs;

    @TempDir
    Path temp;

    @Test
    void anAdministratorUploadsTheRegisterAndWatchesTheImportFinish() throws Exception {
        String email = "spravce.importu." + RegisterFolderMother.uniqueTag() + "@test.planovna.cz";
        users.createUser(new NewUser(email, "Správce Importu", PASSWORD, List.of(Grant.systemAdmin())));
        long firstPortalId = 1_000_000_000L + ThreadLocalRandom.current().nextLong(8_000_000_000L);
        GeneratedRegister generated = new RegisterGenerator()
                .generate(temp.resolve("register"), new RegisterGenerator.Options(60, 11, firstPortalId));
        Path zip = RegisterZips.write(
                temp.resolve("upload/export-registru.zip"), RegisterZips.of(generated.folder(), "export/"));
        Path notZip = Files.writeString(temp.resolve("upload/rpss.zip"), "{\"polozky\": []}", StandardCharsets.UTF_8);

        login(email, PASSWORD);
        clickLink("Import katalogu");
        assertThat(heading()).isEqualTo("Import registru poskytovatelů");
        assertAccessible();

        find("#soubor").sendKeys(notZip.toAbsolutePath().toString());
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find(".error-summary li").getText())
                .isEqualTo("Soubor není archiv ZIP. Nahrajte export registru zabalený do ZIP.");
        assertAccessible();

        find("#soubor").sendKeys(zip.toAbsolutePath().toString());
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(heading()).startsWith("Import registru č. ");
        new WebDriverWait(driver, IMPORT_TIMEOUT)
                .until(d ->
                        !d.findElements(By.cssSelector("main .alert-success")).isEmpty());
        assertThat(find("main .alert-success").getText()).isEqualTo("Import byl proveden.");
        assertThat(find(".import-counts").getText()).contains("Záznamů v souboru\n60");
        assertThat(findAll("#zmeny tbody tr")).isNotEmpty();
        assertPageResourcesLoaded();
        assertAccessible();
        screenshot("import-registru-vysledek");

        clickLink("Zpět na import registru");
        assertThat(find("tbody tr").getText()).contains("export-registru.zip", "proveden");
        assertAccessible();

        // a run in progress (as another administrator's import would be): its page polls and updates itself
        long running = runs.start("jiny-import-" + RegisterFolderMother.uniqueTag() + ".zip");
        try {
            runs.progress(running, ImportPhase.APPLYING, 6_700, 2_345);
            open(ImportAdminController.PATH);
            assertThat(find("#import-progress progress").getAttribute("value")).isEqualTo("35");
            assertThat(find(".import-progress-text").getText())
                    .isEqualTo("Zápis do katalogu: zpracováno 2 345 z 6 700 záznamů (35 %).");
            assertAccessible();
            screenshot("import-registru-probiha");

            runs.progress(running, ImportPhase.APPLYING, 6_700, 5_025);
            // htmx replaces the fragment every second: an element found just before a swap goes stale
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> "75"
                            .equals(d.findElement(By.cssSelector("#import-progress progress"))
                                    .getAttribute("value")));
            clickLink("Obnovit stav");
            assertThat(heading()).isEqualTo("Import registru č. " + running);
        } finally {
            runs.notApplied(running, ImportStatus.FAILED, RefusalReason.INTERNAL_ERROR, "test", List.of());
        }
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("main .alert-error")).isEmpty());
        assertThat(find("main .alert-error").getText())
                .contains("Import selhal a byl vrácen zpět, v katalogu se nic nezměnilo.");
        assertAccessible();
    }
}
