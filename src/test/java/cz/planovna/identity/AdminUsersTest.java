package cz.planovna.identity;

import static cz.planovna.identity.UserMother.DOMAZLICE;
import static cz.planovna.identity.UserMother.PISEK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserMother.TestUser;
import cz.planovna.territory.TerritoryQueries;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** /admin/uzivatele: list, search, detail, invite, grant and revoke, as the pages show them. */
@IdentityWebTest
class AdminUsersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    UserMother mother;
    TestUser admin;
    /** Makes this test's users findable among everybody else's in a shared database. */
    String marker;

    @BeforeEach
    void setUp() {
        mother = new UserMother(users, territory);
        admin = mother.admin();
        marker = "Zz" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void listsUsersInCzechOrderTwentyAPage() throws Exception {
        List<String> surnames = List.of(
                "Novák", "Chalupa", "Čermák", "Horák", "Cibulka", "Šťastná", "Sýkora", "Adámek", "Zelenka", "Řezáč",
                "Růžička");
        for (String surname : surnames) {
            mother.create("seznam", surname + " " + marker, null, Grant.groupMember(mother.orp(PISEK)));
        }
        for (int i = 0; i < 10; i++) {
            mother.create("seznam", "Vávra " + marker + " " + i, null, Grant.groupMember(mother.orp(PISEK)));
        }

        Document first = page(get("/admin/uzivatele").param("q", marker));
        List<String> names = first.select("tbody th a").eachText();

        assertThat(names).hasSize(20);
        assertThat(names.subList(0, 11))
                .extracting(name -> name.split(" ")[0])
                .containsExactly(
                        // ch after h, č after c, ř (a letter of its own) after r
                        "Adámek",
                        "Cibulka",
                        "Čermák",
                        "Horák",
                        "Chalupa",
                        "Novák",
                        "Růžička",
                        "Řezáč",
                        "Sýkora",
                        "Šťastná",
                        "Vávra");
        assertThat(first.select("nav .pagination a[aria-current=page]").text()).isEqualTo("1");
        Document second = page(get("/admin/uzivatele").param("q", marker).param("strana", "2"));
        assertThat(second.select("tbody th a").eachText()).containsExactly("Zelenka " + marker);
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndFindsEmails() throws Exception {
        TestUser cermak = mother.create("hledani", "Čermák " + marker, null, Grant.groupMember(mother.orp(PISEK)));

        assertThat(page(get("/admin/uzivatele").param("q", "cermak " + marker.toUpperCase()))
                        .select("tbody th a")
                        .eachText())
                .containsExactly(cermak.fullName());
        assertThat(page(get("/admin/uzivatele").param("q", cermak.email()))
                        .select("tbody td")
                        .eachText())
                .contains(cermak.email());
    }

    @Test
    void aCoordinatorSeesOnlyUsersOfTheirTerritory() throws Exception {
        TestUser coordinator = mother.districtCoordinator(PISEK);
        TestUser pisek = mother.create("pisek", "Písecký " + marker, null, Grant.groupMember(mother.orp(PISEK)));
        mother.create("domazlice", "Domažlický " + marker, null, Grant.groupMember(mother.orp(DOMAZLICE)));

        Document list = Jsoup.parse(
                mvc.perform(get("/admin/uzivatele").param("q", marker).with(coordinator.signedIn()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(list.select("tbody th a").eachText()).containsExactly(pisek.fullName());
    }

    @Test
    void anHtmxSearchGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/admin/uzivatele")
                        .param("q", marker)
                        .header("HX-Request", "true")
                        .with(admin.signedIn()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"user-results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void theListQueriesDoNotGrowWithTheNumberOfUsers() throws Exception {
        for (int i = 0; i < 2; i++) {
            mother.create("n1", "Dotaz " + marker + " " + i, null, Grant.groupMember(mother.orp(PISEK)));
        }
        long few = statementsFor(get("/admin/uzivatele").param("q", marker));
        for (int i = 2; i < 8; i++) {
            mother.create(
                    "n1",
                    "Dotaz " + marker + " " + i,
                    null,
                    Grant.groupMember(mother.orp(PISEK)),
                    Grant.providerEditor(UserMother.ICO, mother.orp(DOMAZLICE)));
        }
        long many = statementsFor(get("/admin/uzivatele").param("q", marker));

        assertThat(many).isEqualTo(few);
    }

    @Test
    void anUnknownUserIs404() throws Exception {
        mvc.perform(get("/admin/uzivatele/999999999").with(admin.signedIn())).andExpect(status().isNotFound());
    }

    @Test
    void theDetailShowsRolesAndTheAuditTrail() throws Exception {
        TestUser member = mother.groupMember(PISEK);

        Document detail = page(get("/admin/uzivatele/" + member.id()));

        assertThat(detail.select("h1").text()).isEqualTo(member.fullName());
        HtmlChecks.assertAccessibleForms(detail);
        assertThat(detail.text()).contains("Člen pracovní skupiny – ORP Písek", "Účet založen", "Role přidělena");
        assertThat(detail.select("form[action$=/odebrat]").attr("data-confirm"))
                .isEqualTo("Opravdu odebrat roli Člen pracovní skupiny uživateli " + member.fullName() + "?");
    }

    @Test
    void invitingCreatesTheUserAndShowsIt() throws Exception {
        String email = UserMother.uniqueEmail("pozvanka");

        String location = mvc.perform(post("/admin/uzivatele/pozvat")
                        .with(csrf())
                        .with(admin.signedIn())
                        .param("email", email)
                        .param("fullName", "Nová Členka " + marker)
                        .param("role", "PROVIDER_EDITOR")
                        .param("districtCode", String.valueOf(PISEK))
                        .param("providerIco", "708 906 50"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "identity.notice.invited"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        Document detail = page(get(location));
        assertThat(detail.text())
                .contains(
                        email,
                        "Pozván, zatím bez hesla",
                        "Editor poskytovatele – IČO 70890650, ORP Písek",
                        "Uživatel pozván",
                        admin.fullName());
    }

    @Test
    void anEmptyInviteFormExplainsEveryErrorInCzech() throws Exception {
        Document form = page(post("/admin/uzivatele/pozvat").with(csrf()).param("email", "neni-email"));

        // in the order of the fields, each linked to its field
        assertThat(form.select(".error-summary[role=alert] li").eachText())
                .containsExactly(
                        "Zadejte e-mail ve tvaru jmeno@domena.cz.", "Vyplňte jméno a příjmení.", "Vyberte roli.");
        assertThat(form.select(".error-summary a").eachAttr("href")).containsExactly("#email", "#fullName", "#role");
        HtmlChecks.assertAccessibleForms(form);
        assertThat(form.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(form.select("#email").attr("aria-describedby")).isEqualTo("email-error");
        assertThat(form.select("#email-error").text()).isEqualTo("Zadejte e-mail ve tvaru jmeno@domena.cz.");
    }

    @Test
    void theInviteFormChecksTerritoryIcoAndDuplicates() throws Exception {
        TestUser existing = mother.groupMember(PISEK);

        assertThat(invite("a@" + marker + ".cz", "GROUP_MEMBER", null, null)
                        .select("#districtCode-error")
                        .text())
                .isEqualTo("Pro tuto roli vyberte ORP.");
        assertThat(invite("b@" + marker + ".cz", "PROVIDER_EDITOR", PISEK, "70890651")
                        .select("#providerIco-error")
                        .text())
                .isEqualTo("IČO musí mít 8 číslic a platnou kontrolní číslici.");
        assertThat(invite(existing.email().toUpperCase(), "GROUP_MEMBER", PISEK, null)
                        .select("#email-error")
                        .text())
                .isEqualTo("Účet s tímto e-mailem už existuje.");
        assertThat(invite("c@" + marker + ".cz", "REGIONAL_COORDINATOR", null, null)
                        .select("#regionCode-error")
                        .text())
                .isEqualTo("Pro krajského koordinátora vyberte kraj.");
    }

    @Test
    void aDistrictCoordinatorIsOfferedOnlyOrpRolesInTheirOrp() throws Exception {
        TestUser coordinator = mother.districtCoordinator(PISEK);

        Document form = Jsoup.parse(mvc.perform(get("/admin/uzivatele/pozvat").with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(form.select("#role option[value!='']").eachAttr("value"))
                .containsExactly("DISTRICT_COORDINATOR", "GROUP_MEMBER", "PROVIDER_EDITOR");
        assertThat(form.select("#districtCode option[value!='']").eachAttr("value"))
                .containsExactly(String.valueOf(PISEK));
        assertThat(form.select("#regionCode")).isEmpty();
    }

    @Test
    void grantingARoleTwiceIsExplained() throws Exception {
        TestUser member = mother.groupMember(PISEK);

        Document page = page(post("/admin/uzivatele/" + member.id() + "/role")
                .with(csrf())
                .param("role", "GROUP_MEMBER")
                .param("districtCode", String.valueOf(PISEK))
                .param("version", String.valueOf(version(member))));

        assertThat(page.select("#role-error").text()).isEqualTo("Uživatel tuto roli už má.");
    }

    @Test
    void grantingWithAStaleFormShowsTheConflictPage() throws Exception {
        TestUser member = mother.groupMember(PISEK);
        long seen = version(member);
        grant(member, "PROVIDER_EDITOR", seen).andExpect(status().isFound());

        grant(member, "DISTRICT_COORDINATOR", seen)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Záznam mezitím změnil někdo jiný")))
                .andExpect(content().string(containsString("Role uživatele mezitím změnil někdo jiný")));
        assertThat(accounts.findWithGrants(member.id()).orElseThrow().grants()).hasSize(2);
    }

    @Test
    void revokingARoleAlreadyRevokedIsAConflict() throws Exception {
        TestUser member = mother.groupMember(PISEK);
        RoleGrant grant =
                accounts.findWithGrants(member.id()).orElseThrow().grants().get(0);
        MockHttpServletRequestBuilder revoke = post("/admin/uzivatele/" + member.id() + "/role/" + grant.id()
                        + "/odebrat")
                .with(csrf())
                .with(admin.signedIn())
                .param("version", String.valueOf(grant.version()));

        mvc.perform(revoke)
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "identity.notice.revoked"));
        mvc.perform(revoke)
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Role už byla odebrána nebo změněna")));
        assertThat(accounts.findWithGrants(member.id()).orElseThrow().grants()).isEmpty();
    }

    @Test
    void anAdminDisablesAndEnablesAnAccount() throws Exception {
        TestUser member = mother.groupMember(PISEK);

        mvc.perform(post("/admin/uzivatele/" + member.id() + "/stav")
                        .with(csrf())
                        .with(admin.signedIn())
                        .param("enabled", "false")
                        .param("version", String.valueOf(version(member))))
                .andExpect(flash().attribute("notice", "identity.notice.disabled"));
        assertThat(accounts.findById(member.id()).orElseThrow().enabled()).isFalse();
        // a disabled account's open session loses its permissions at once
        mvc.perform(get("/orp/3108/clenove").with(member.signedIn())).andExpect(status().isForbidden());

        mvc.perform(post("/admin/uzivatele/" + member.id() + "/stav")
                        .with(csrf())
                        .with(admin.signedIn())
                        .param("enabled", "true")
                        .param("version", String.valueOf(version(member))))
                .andExpect(flash().attribute("notice", "identity.notice.enabled"));
        assertThat(page(get("/admin/uzivatele/" + member.id())).text())
                .contains("Účet deaktivován", "Účet znovu aktivován");
    }

    @Test
    void anAdminCannotDisableThemselves() throws Exception {
        mvc.perform(post("/admin/uzivatele/" + admin.id() + "/stav")
                        .with(csrf())
                        .with(admin.signedIn())
                        .param("enabled", "false")
                        .param("version", String.valueOf(version(admin))))
                .andExpect(status().isForbidden());
    }

    private Document invite(String email, String role, Integer district, String ico) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/uzivatele/pozvat")
                .with(csrf())
                .param("email", email)
                .param("fullName", "Někdo " + marker)
                .param("role", role);
        if (district != null) {
            request.param("districtCode", String.valueOf(district));
        }
        if (ico != null) {
            request.param("providerIco", ico);
        }
        return page(request);
    }

    private org.springframework.test.web.servlet.ResultActions grant(TestUser user, String role, long version)
            throws Exception {
        return mvc.perform(post("/admin/uzivatele/" + user.id() + "/role")
                .with(csrf())
                .with(admin.signedIn())
                .param("role", role)
                .param("districtCode", String.valueOf(PISEK))
                .param("providerIco", UserMother.ICO)
                .param("version", String.valueOf(version)));
    }

    /** The page as the admin sees it; must be 200. */
    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        String html = mvc.perform(request.with(admin.signedIn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    private long version(TestUser user) {
        return accounts.findById(user.id()).orElseThrow().version();
    }

    private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            // territory names are cached after the first page; warm them up so both runs compare alike
            page(request);
            statistics.clear();
            page(request);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
