package cz.planovna.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cz.planovna.browser.BrowserTestSupport;
import cz.planovna.territory.TerritoryQueries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each role signs in through the real login form in Chromium, finds its way (navigation, own
 * account, its territory's pages), and signs out; the pages pass axe (WCAG 2.1 AA). Users are
 * created through {@link UserAdministration}, not taken from demo data.
 */
class LoginJourneyBrowserTest extends BrowserTestSupport {

    static final String PASSWORD = "Prohlizec-heslo-2026";

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    /** One role: its grant, the administration links it should see, a page of its own to visit. */
    record Journey(String name, String role, Grant grant, List<String> adminLinks, String page, String pageHeading) {}

    @Test
    void everyRoleSignsInFindsItsPagesAndSignsOut() {
        var pisek = territory.districtRef(3108).orElseThrow();
        var jihocesky = territory.regionRef(3034).orElseThrow();
        List<Journey> journeys = List.of(
                new Journey(
                        "admin",
                        "Správce systému",
                        Grant.systemAdmin(),
                        List.of("Správa uživatelů", "Území v Plánovně", "Import katalogu"),
                        "/admin/uzivatele",
                        "Správa uživatelů"),
                new Journey(
                        "kraj",
                        "Krajský koordinátor – Jihočeský kraj",
                        Grant.regionalCoordinator(jihocesky),
                        List.of("Správa uživatelů", "Území v Plánovně"),
                        "/admin/uzemi",
                        "Území v Plánovně"),
                new Journey(
                        "koordinator",
                        "Koordinátor ORP – ORP Písek",
                        Grant.districtCoordinator(pisek),
                        List.of("Správa uživatelů"),
                        "/orp/3108/clenove",
                        "Členové – ORP Písek"),
                new Journey(
                        "clen",
                        "Člen pracovní skupiny – ORP Písek",
                        Grant.groupMember(pisek),
                        List.of(),
                        "/orp/3108/clenove",
                        "Členové – ORP Písek"),
                new Journey(
                        "poskytovatel",
                        "Editor poskytovatele – IČO 70890650, ORP Písek",
                        Grant.providerEditor("70890650", pisek),
                        List.of("Moje služby"),
                        "/orp/3108/clenove",
                        "Přístup odepřen"));

        for (Journey journey : journeys) {
            String email = UserMother.uniqueEmail("prohlizec-" + journey.name());
            users.createUser(new NewUser(email, "Prohlížeč " + journey.name(), PASSWORD, journey.grant()));

            login(email, PASSWORD);
            assertThat(currentPath()).as(journey.name()).isEqualTo("/");
            assertThat(find(".account-link").getText()).isEqualTo(email);
            assertThat(texts(".main-nav a"))
                    .as("navigation of %s", journey.name())
                    .containsExactlyElementsOf(
                            concat(List.of("Úvod", "Území", "Katalog služeb"), journey.adminLinks()));

            find(".account-link").click();
            waitForPageLoaded();
            assertThat(heading()).isEqualTo("Můj účet");
            assertThat(texts("main ul li")).containsExactly(journey.role());
            assertAccessible();
            screenshot(journey.name() + "-ucet");

            open(journey.page());
            assertThat(heading()).as(journey.name()).isEqualTo(journey.pageHeading());
            assertAccessible();
            screenshot(journey.name() + "-stranka");

            logout();
            assertThat(currentPath()).isEqualTo("/login?odhlaseno");
            assertThat(find("main .alert-success").getText()).isEqualTo("Byli jste odhlášeni.");
            assertThat(findAll(".account-link")).isEmpty();
        }
    }

    @Test
    void aWrongPasswordIsExplainedNextToTheFields() {
        String email = UserMother.uniqueEmail("prohlizec-chyba");
        users.createUser(new NewUser(email, "Prohlížeč Chyba", PASSWORD));

        open("/login");
        assertAccessible();
        screenshot("login");
        login(email, "spatne-heslo");

        assertThat(currentPath()).isEqualTo("/login?chyba");
        assertThat(find("#login-problem").getText()).startsWith("Nesprávný e-mail nebo heslo.");
        WebElement field = find("#email");
        assertThat(field.getAttribute("value")).isEqualTo(email);
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("aria-describedby")).isEqualTo("login-problem");
        assertAccessible();
        screenshot("login-chyba");
    }

    @Test
    void anAdminSeesAnAccessibleErrorSummaryOnTheInviteForm() {
        String email = UserMother.uniqueEmail("prohlizec-admin");
        users.createUser(new NewUser(email, "Prohlížeč Admin", PASSWORD, Grant.systemAdmin()));
        login(email, PASSWORD);

        open("/admin/uzivatele/pozvat");
        assertAccessible();
        clickAndWaitForPage(find("main form button[type=submit]"));

        assertThat(texts(".error-summary li"))
                .containsExactlyInAnyOrder("Vyplňte e-mail.", "Vyplňte jméno a příjmení.", "Vyberte roli.");
        assertThat(find("#fullName").getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible();
        screenshot("pozvat-chyby");

        open("/zapomenute-heslo");
        assertAccessible();
    }

    private List<String> texts(String cssSelector) {
        return findAll(cssSelector).stream().map(WebElement::getText).toList();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
