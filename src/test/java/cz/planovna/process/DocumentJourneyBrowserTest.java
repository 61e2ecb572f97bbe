package cz.planovna.process;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.identity.Grant;
import cz.planovna.identity.NewUser;
import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator of ORP Prachatice uploads the statute in Chromium — first a program disguised as a
 * PDF, which is refused, then the real file and a new version — and the public finds it on the
 * ORP's documents page. Every page passes axe (WCAG 2.1 AA).
 */
class DocumentJourneyBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Dokumenty-heslo-2026";
    static final int ORP = ProcessMother.PRACHATICE;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @TempDir
    Path files;

    @Test
    void aCoordinatorUploadsTheStatuteAndThePublicFindsIt() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String email = "koordinator.dokumenty." + suffix + "@test.planovna.cz";
        users.createUser(new NewUser(
                email,
                "Koordinátorka Prachatice",
                PASSWORD,
                Grant.districtCoordinator(territory.districtRef(ORP).orElseThrow())));
        Path disguised = Files.write(files.resolve("statut.pdf"), DocumentFiles.exe());
        Path statute =
                Files.write(files.resolve("Statut řídící skupiny.pdf"), DocumentFiles.pdf("Statut řídící skupiny"));
        Path second = Files.write(files.resolve("Statut řídící skupiny 2026.docx"), DocumentFiles.docx());
        String title = "Statut řídící skupiny " + suffix;

        login(email, PASSWORD);
        open("/orp/" + ORP + "/planovani");
        clickLink("Knihovna dokumentů");
        assertAccessible();
        clickLink("Nový dokument");
        type("#title", title);
        new Select(find("#category")).selectByVisibleText("Statut");
        find("input[name=visibility][value=PUBLIC]").click();
        type("#description", "Poslání a složení řídící skupiny.");
        find("#file").sendKeys(disguised.toAbsolutePath().toString());
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(texts(".error-summary li"))
                .singleElement()
                .asString()
                .startsWith("Obsah souboru neodpovídá příponě .pdf");
        assertThat(find("#title").getAttribute("value")).isEqualTo(title);
        assertAccessible();
        screenshot("chyba-podvrzeny-soubor");

        find("#file").sendKeys(statute.toAbsolutePath().toString());
        clickAndWaitForPage(find("main form button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Dokument byl nahrán.");
        assertThat(heading()).isEqualTo(title);

        find("#file").sendKeys(second.toAbsolutePath().toString());
        clickAndWaitForPage(find("form[action*='/verze'] button[type=submit]"));
        assertThat(find("main .alert-success").getText()).isEqualTo("Nová verze byla nahrána.");
        assertThat(texts("#versions-heading + .table-wrap tbody tr")).hasSize(2);
        assertThat(texts("#versions-heading + .table-wrap tbody tr").get(0))
                .contains("Statut řídící skupiny 2026.docx", "aktuální", "Koordinátorka Prachatice");
        assertAccessible();
        screenshot("dokument");

        clickLink("Upravit údaje dokumentu");
        assertThat(find("input[name=visibility][value=PUBLIC]").isSelected()).isTrue();
        assertAccessible();
        screenshot("upravit");
        clickLink("Zrušit");
        clickLink("Smazat dokument");
        assertThat(heading()).isEqualTo("Smazat dokument „" + title + "“?");
        assertAccessible();
        screenshot("smazat");
        clickLink("Zrušit");

        clickLink("Dokumenty");
        assertThat(texts("main table tbody th")).contains(title);
        assertAccessible();
        screenshot("knihovna");

        logout();
        open("/orp/" + ORP + "/proces");
        clickLink("Dokumenty plánování (statut, jednací řád, plány a další)");
        type("#q", "STATUT RIDICI " + suffix);
        clickAndWaitForPage(find("form[role=search] button[type=submit]"));
        assertThat(texts("main table tbody th a")).containsExactly(title);
        assertThat(find("main table tbody th a").getAttribute("href")).endsWith("/stahnout");
        assertThat(texts("main table tbody td")).anyMatch(t -> t.matches("DOCX, \\d+\\s?B"));
        assertAccessible();
        screenshot("verejne");
    }

    private void type(String cssSelector, String text) {
        WebElement field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }

    private List<String> texts(String cssSelector) {
        return findAll(cssSelector).stream().map(WebElement::getText).toList();
    }
}
