package cz.planovna.identity;

import static cz.planovna.identity.UserMother.PASSWORD;
import static cz.planovna.identity.UserMother.PISEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserMother.TestUser;
import cz.planovna.territory.TerritoryQueries;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /ucet: own name (with a version check), own password, own roles. */
@IdentityWebTest
class AccountTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    AuditRepository audit;

    @Autowired
    LoginService logins;

    UserMother mother;
    TestUser user;

    @BeforeEach
    void setUp() {
        mother = new UserMother(users, territory);
        user = mother.withPassword(
                Grant.groupMember(mother.orp(PISEK)), Grant.providerEditor(UserMother.ICO, mother.orp(PISEK)));
    }

    @Test
    void showsTheOwnRolesAndTheForms() throws Exception {
        Document page = page(get("/ucet"), HttpStatus.OK);

        assertThat(page.select("h1").text()).isEqualTo("Můj účet");
        assertThat(page.select("main ul li").eachText())
                .contains("Člen pracovní skupiny – ORP Písek", "Editor poskytovatele – IČO 70890650, ORP Písek");
        assertThat(page.select("#fullName").val()).isEqualTo(user.fullName());
        assertThat(page.select("label[for=currentPassword]").text()).isEqualTo("Současné heslo");
        HtmlChecks.assertAccessibleForms(page);
    }

    @Test
    void renamesWithTheVersionSeen() throws Exception {
        mvc.perform(post("/ucet/profil")
                        .with(csrf())
                        .with(user.signedIn())
                        .param("fullName", "  Jana Nováková ")
                        .param("version", String.valueOf(version())))
                .andExpect(redirectedUrl("/ucet"))
                .andExpect(flash().attribute("notice", "identity.notice.profile"));

        assertThat(accounts.findById(user.id()).orElseThrow().fullName()).isEqualTo("Jana Nováková");
        assertThat(audit.findLatest(user.id(), PageRequest.of(0, 5)))
                .extracting(AuditEntry::action)
                .contains(AuditAction.NAME_CHANGED);
    }

    @Test
    void aStaleNameFormShowsBothVersions() throws Exception {
        long seen = version();
        mvc.perform(post("/ucet/profil")
                        .with(csrf())
                        .with(user.signedIn())
                        .param("fullName", "První Změna")
                        .param("version", String.valueOf(seen)))
                .andExpect(status().isFound());

        Document conflict = page(
                post("/ucet/profil")
                        .with(csrf())
                        .param("fullName", "Druhá Změna")
                        .param("version", String.valueOf(seen)),
                HttpStatus.CONFLICT);

        assertThat(conflict.select("h1").text()).isEqualTo("Záznam mezitím změnil někdo jiný");
        assertThat(conflict.select(".conflict dd").eachText()).containsExactly("Druhá Změna", "První Změna");
        assertThat(accounts.findById(user.id()).orElseThrow().fullName()).isEqualTo("První Změna");
    }

    @Test
    void anEmptyNameIsExplained() throws Exception {
        Document page = page(
                post("/ucet/profil").with(csrf()).param("fullName", " ").param("version", String.valueOf(version())),
                HttpStatus.OK);

        assertThat(page.select("#fullName-error").text()).isEqualTo("Vyplňte jméno a příjmení.");
        assertThat(page.select("#fullName").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void changesThePasswordWhenTheCurrentOneIsRight() throws Exception {
        mvc.perform(changePassword(PASSWORD, "Nove-heslo-2027", "Nove-heslo-2027"))
                .andExpect(redirectedUrl("/ucet"))
                .andExpect(flash().attribute("notice", "identity.notice.password"));

        assertThat(logins.attempt(user.email(), "Nove-heslo-2027").kind()).isEqualTo(LoginService.Outcome.Kind.SUCCESS);
        assertThat(logins.attempt(user.email(), PASSWORD).kind()).isEqualTo(LoginService.Outcome.Kind.BAD_CREDENTIALS);
    }

    @Test
    void refusesAWrongCurrentPasswordAndExplainsWeakOnes() throws Exception {
        Document wrong = page(changePassword("neni-to-ono", "Nove-heslo-2027", "Nove-heslo-2027"), HttpStatus.OK);
        assertThat(wrong.select("#currentPassword-error").text()).isEqualTo("Současné heslo není správné.");

        Document weak = page(changePassword(PASSWORD, "kratke", "jine"), HttpStatus.OK);
        assertThat(weak.select("#password-error").text()).isEqualTo("Heslo musí mít alespoň 10 znaků.");
        assertThat(weak.select("#confirmation-error").text())
                .isEqualTo("Hesla se neshodují. Zadejte nové heslo dvakrát stejně.");
        assertThat(weak.select("input[type=password]").eachAttr("value")).containsExactly("", "", "");
        assertThat(weak.select("#password").attr("aria-describedby")).isEqualTo("password-hint password-error");
        HtmlChecks.assertAccessibleForms(weak);

        Document tooLong = page(changePassword(PASSWORD, "ž".repeat(40), "ž".repeat(40)), HttpStatus.OK);
        assertThat(tooLong.select("#password-error").text()).startsWith("Heslo je příliš dlouhé");
        assertThat(logins.attempt(user.email(), PASSWORD).kind()).isEqualTo(LoginService.Outcome.Kind.SUCCESS);
    }

    @Test
    void theEnglishPageSpeaksEnglish() throws Exception {
        Document page = page(get("/ucet").param("lang", "en"), HttpStatus.OK);

        assertThat(page.select("h1").text()).isEqualTo("My account");
        assertThat(page.select("main ul li").eachText()).contains("Working group member – ORP Písek");
    }

    private MockHttpServletRequestBuilder changePassword(String current, String password, String confirmation) {
        return post("/ucet/heslo")
                .with(csrf())
                .with(user.signedIn())
                .param("currentPassword", current)
                .param("password", password)
                .param("confirmation", confirmation);
    }

    private Document page(MockHttpServletRequestBuilder request, HttpStatus expected) throws Exception {
        String html = mvc.perform(request.with(user.signedIn()))
                .andExpect(status().is(expected.value()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private long version() {
        return accounts.findById(user.id()).orElseThrow().version();
    }
}
