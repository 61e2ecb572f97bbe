package cz.planovna.process;

import static cz.planovna.process.ProcessMother.BLATNA;
import static cz.planovna.process.ProcessMother.PISEK;
import static cz.planovna.process.ProcessMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/** The coordinator's planning pages and the public process page, through MockMvc. */
@ProcessWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanningPagesTest {

    static final String BASE = "/orp/" + STRAKONICE + "/planovani";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration users;

    @Autowired
    TerritoryQueries territory;

    @Autowired
    PlanningRoundRepository rounds;

    @Autowired
    PlanningGroupRepository groups;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    ProcessMother mother;
    TestUser coordinator;
    TestUser member;

    @BeforeAll
    void setUp() {
        mother = new ProcessMother(users, territory, rounds, groups, tx);
        coordinator = mother.districtCoordinator(STRAKONICE);
        member = mother.groupMember(STRAKONICE);
    }

    // ---- rounds -------------------------------------------------------------------------------

    @Test
    void aCoordinatorCreatesARoundWithItsScheduleAndEditsIt() throws Exception {
        String name = ProcessMother.unique("4. etapa");
        MvcResult created = mvc.perform(post(BASE + "/etapy/nova")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("name", name)
                        .param("periodFrom", "1. 1. 2030")
                        .param("periodTo", "31. 12. 2031")
                        .param("description", "Aktualizace plánu")
                        .param("state", "PREPARATION")
                        .param("version", "0")
                        .param("milestones[0].title", "Schválení plánu")
                        .param("milestones[0].dueOn", "30. 11. 2031")
                        .param("milestones[1].title", "")
                        .param("milestones[1].dueOn", "")
                        .param("milestones[2].title", "Úvodní setkání")
                        .param("milestones[2].dueOn", "2030-02-12")
                        .param("milestones[2].done", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(BASE + "/etapy/*"))
                .andReturn();
        String roundUrl = created.getResponse().getRedirectedUrl();

        Document page = page(mvc.perform(get(roundUrl).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Upravit etapu " + name);
        assertThat(page.select("#milestones-0-title").val()).isEqualTo("Úvodní setkání");
        assertThat(page.select("#milestones-0-dueOn").val()).isEqualTo("12. 2. 2030");
        assertThat(page.select("#milestones-0-done").hasAttr("checked")).isTrue();
        assertThat(page.select("#milestones-1-title").val()).isEqualTo("Schválení plánu");
        assertThat(page.select("#milestones-1-done").hasAttr("checked")).isFalse();
        assertThat(page.select("input[id$=-title]")).hasSize(2 + RoundForms.BLANK_ROWS);

        long version = Long.parseLong(page.select("input[name=version]").val());
        mvc.perform(post(roundUrl)
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("name", name)
                        .param("periodFrom", "1. 1. 2030")
                        .param("periodTo", "31. 12. 2031")
                        .param("state", "RUNNING")
                        .param("version", String.valueOf(version))
                        .param("milestones[0].title", "Úvodní setkání")
                        .param("milestones[0].dueOn", "12. 2. 2030"))
                .andExpect(redirectedUrl(roundUrl));

        Document overview = page(mvc.perform(get(BASE).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        Element row = overview.select("tr:has(th a:containsOwn(" + name + "))").first();
        assertThat(row).isNotNull();
        assertThat(row.select("td").eachText()).containsExactly("1. 1. 2030 – 31. 12. 2031", "Probíhá", "1", "ne");
    }

    @Test
    void anInvalidRoundIsExplainedNextToItsFields() throws Exception {
        Document page = page(mvc.perform(post(BASE + "/etapy/nova")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("name", "")
                        .param("periodFrom", "1. 1. 2031")
                        .param("periodTo", "31. 12. 2030")
                        .param("state", "RUNNING")
                        .param("version", "0")
                        .param("milestones[0].title", "Bez data")
                        .param("milestones[0].dueOn", ""))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select(".error-summary li").eachText())
                .containsExactly("Vyplňte název etapy.", "Konec nesmí být dříve než začátek.", "Vyplňte datum kroku.");
        assertThat(page.select(".error-summary a").eachAttr("href"))
                .containsExactly("#name", "#periodTo", "#milestones-0-dueOn");
        assertThat(page.select("#periodTo").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#periodTo").attr("aria-describedby")).isEqualTo("periodTo-hint periodTo-error");
        assertThat(page.select("#milestones-0-dueOn").attr("aria-describedby"))
                .isEqualTo("milestones-hint milestones-0-dueOn-error");
        assertThat(page.select("#milestones-0-title").val()).isEqualTo("Bez data");
    }

    @Test
    void aStaleRoundFormGetsTheConflictPage() throws Exception {
        long id = mother.round(STRAKONICE, ProcessMother.unique("Etapa"));
        long version = mother.roundVersion(id);
        String url = BASE + "/etapy/" + id;
        mvc.perform(roundPost(url, "Nový název", version)).andExpect(status().is3xxRedirection());

        Document page = page(mvc.perform(roundPost(url, "Starý formulář", version))
                .andExpect(status().isConflict())
                .andReturn());
        assertThat(page.select("dd").eachText()).containsExactly("Starý formulář", "Nový název");
    }

    @Test
    void aGrantProjectWithKeyActivitiesIsSavedAndValidated() throws Exception {
        long id = mother.round(STRAKONICE, ProcessMother.unique("Etapa s projektem"));
        String url = BASE + "/etapy/" + id + "/projekt";

        Document form = page(mvc.perform(get(url).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(form.select("input[name$=.code]").eachAttr("value"))
                .containsExactly("KA1", "KA2", "KA3", "KA4", "KA5");

        Document invalid = page(mvc.perform(grantPost(url, "CZ.1.04./3.1.03/65.00031", mother.roundVersion(id)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(invalid.select(".error-summary li").eachText())
                .containsExactly("Registrační číslo má tvar CZ.03.2.63/0.0/0.0/16_063/0006575.");

        mvc.perform(grantPost(url, "CZ.03.2.63/0.0/0.0/16_063/0006529", mother.roundVersion(id)))
                .andExpect(redirectedUrl(BASE + "/etapy/" + id));

        RoundDetail round = tx.execute(s -> rounds.findById(id).orElseThrow().toDetail());
        assertThat(round.grantProject().budget()).isEqualTo(1_793_475L);
        assertThat(round.grantProject().keyActivities())
                .extracting(KeyActivityView::code, KeyActivityView::outputs)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("KA1", "Zápisy z jednání"),
                        org.assertj.core.groups.Tuple.tuple("KA3", null));
    }

    // ---- groups -------------------------------------------------------------------------------

    @Test
    void aCoordinatorCreatesAWorkingGroupAddsAndRemovesAMember() throws Exception {
        String name = ProcessMother.unique("PS Rodiny");
        MvcResult created = mvc.perform(post(BASE + "/skupiny/nova")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("kind", "WORKING")
                        .param("name", name)
                        .param("area", "Rodiny, děti a mládež")
                        .param("openForSubscription", "true")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String groupUrl = created.getResponse().getRedirectedUrl();
        long groupId = Long.parseLong(groupUrl.substring(groupUrl.lastIndexOf('/') + 1));

        mvc.perform(post(groupUrl + "/clenove")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("fullName", "Jana <b>Nováková</b>")
                        .param("organisation", "Charita Strakonice")
                        .param("email", "jana.novakova@example.cz")
                        .param("role", "CHAIR")
                        .param("sector", "PROVIDER")
                        .param("publishConsent", "true")
                        .param("joinedOn", "1. 3. 2018")
                        .param("version", String.valueOf(mother.groupVersion(groupId))))
                .andExpect(redirectedUrl(groupUrl));

        MvcResult shown = mvc.perform(get(groupUrl).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(shown.getResponse().getContentAsString()).contains("Jana &lt;b&gt;Nováková&lt;/b&gt;");
        Document page = page(shown);
        Element row = page.select("tbody tr").first();
        assertThat(row.select("th").text()).isEqualTo("Jana <b>Nováková</b>");
        assertThat(row.select("td").eachText())
                .containsExactly(
                        "Charita Strakonice",
                        "jana.novakova@example.cz",
                        "Předseda/předsedkyně",
                        "Poskytovatelé",
                        "ano",
                        "1. 3. 2018",
                        "ne Zapnout",
                        "Ukončit");
        Element remove = row.select("form[action$=/odebrat]").first();
        assertThat(remove.attr("data-confirm")).contains("Jana <b>Nováková</b>");

        mvc.perform(post(remove.attr("action"))
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("version", remove.select("input[name=version]").val()))
                .andExpect(redirectedUrl(groupUrl));

        Document after = page(mvc.perform(get(groupUrl).with(coordinator.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(after.select("#members-heading + .empty-state")).hasSize(1);
        assertThat(after.select("section[aria-labelledby=former-heading] tbody th")
                        .text())
                .isEqualTo("Jana <b>Nováková</b>");
        // ended, not deleted
        List<GroupMember> stored =
                tx.execute(s -> groups.findById(groupId).orElseThrow().members());
        assertThat(stored).singleElement().satisfies(m -> assertThat(m.leftOn()).isNotNull());
    }

    @Test
    void anInvalidMemberIsExplainedOnTheGroupPage() throws Exception {
        long groupId = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS Senioři"));
        Document page = page(mvc.perform(post(BASE + "/skupiny/" + groupId + "/clenove")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("fullName", "")
                        .param("email", "neni-to-email")
                        .param("role", "MEMBER")
                        .param("sector", "")
                        .param("joinedOn", "1. 1. 2999")
                        .param("version", String.valueOf(mother.groupVersion(groupId))))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select(".error-summary li").eachText())
                .containsExactly(
                        "Vyplňte jméno a příjmení.",
                        "Zadejte e-mail ve tvaru jmeno@example.cz.",
                        "Vyberte, za koho je člen ve skupině.",
                        "Datum vstupu nesmí být v budoucnosti.");
        assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void aStaleMemberFormGetsTheConflictPage() throws Exception {
        long groupId = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS Krize"));
        long version = mother.groupVersion(groupId);
        mother.member(groupId, "Petr Svoboda", true);

        mvc.perform(post(BASE + "/skupiny/" + groupId + "/clenove")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("fullName", "Eva Dvořáková")
                        .param("role", "MEMBER")
                        .param("sector", "PUBLIC")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict());
    }

    @Test
    void anOrpHasOnlyOneSteeringGroup() throws Exception {
        mother.ensureSteeringGroup(STRAKONICE);
        Document page = page(mvc.perform(post(BASE + "/skupiny/nova")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("kind", "STEERING")
                        .param("name", "Druhý řídící výbor")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#kind-error").text()).isEqualTo("ORP už řídící skupinu má; založte pracovní skupinu.");
    }

    @Test
    void aGroupMemberOfTheOrpSeesContactsButNoEditingControls() throws Exception {
        long groupId = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS Náhled"));
        mother.member(groupId, "Karel Malý", false);

        Document page = page(mvc.perform(get(BASE + "/skupiny/" + groupId).with(member.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("tbody td a[href^=mailto:]").text()).isEqualTo("clen@example.cz");
        assertThat(page.select("form[action*=clenove]")).isEmpty();

        Document overview = page(mvc.perform(get(BASE).with(member.signedIn()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(overview.select("a[href$=/nova]")).isEmpty();
    }

    // ---- public page and territory rules ------------------------------------------------------

    @Test
    void thePublicPageShowsTheRunningRoundAndNamesOnlyWithConsent() throws Exception {
        String roundName = ProcessMother.unique("Veřejná etapa");
        long roundId = mother.round(STRAKONICE, roundName);
        String groupName = ProcessMother.unique("PS Veřejná");
        long groupId = mother.workingGroup(STRAKONICE, groupName);
        mother.member(groupId, "Souhlasí Veřejně", true);
        mother.member(groupId, "Nesouhlasí Tajně", false);
        assertThat(roundId).isPositive();

        MvcResult result = mvc.perform(get("/orp/" + STRAKONICE + "/proces"))
                .andExpect(status().isOk())
                .andReturn();
        String html = result.getResponse().getContentAsString();
        Document page = Jsoup.parse(html);

        assertThat(page.select("h1").text()).isEqualTo("Komunitní plánování – ORP Strakonice");
        assertThat(page.select("#round-heading").text()).isEqualTo(roundName);
        assertThat(page.select("ol.timeline li").eachText())
                .containsExactly(
                        "✔ 12. 2. 2030 – Úvodní setkání splněno", "○ 30. 11. 2031 – Schválení plánu plánováno");
        assertThat(page.select("ol.timeline time").eachAttr("datetime")).containsExactly("2030-02-12", "2031-11-30");
        Element group =
                page.select("article:has(h3:containsOwn(" + groupName + "))").first();
        assertThat(group.select("li").eachText())
                .containsExactly(
                        "Souhlasí Veřejně, Charita – Člen/členka, Poskytovatelé",
                        "Člen/členka, Poskytovatelé (jméno nezveřejněno)");
        assertThat(html).doesNotContain("Nesouhlasí Tajně").doesNotContain("clen@example.cz");
        assertThat(page.select("a[href$=/planovani]")).isEmpty();
    }

    @Test
    void thePublicPageSendsTheSameSecurityHeadersAsTheOrpPage() throws Exception {
        MvcResult orpPage = mvc.perform(get("/orp/" + STRAKONICE)).andReturn();
        for (String name :
                List.of("Content-Security-Policy", "Referrer-Policy", "X-Content-Type-Options", "X-Frame-Options")) {
            mvc.perform(get("/orp/" + STRAKONICE + "/proces"))
                    .andExpect(header().string(name, orpPage.getResponse().getHeader(name)));
        }
    }

    @Test
    void unknownOrpIs404AndAForeignCoordinatorIsRefused() throws Exception {
        mvc.perform(get("/orp/9999/proces")).andExpect(status().isNotFound());
        mvc.perform(get("/orp/9999/planovani").with(coordinator.signedIn())).andExpect(status().isNotFound());

        TestUser pisek = mother.districtCoordinator(PISEK);
        mvc.perform(get("/orp/" + BLATNA + "/planovani").with(pisek.signedIn())).andExpect(status().isForbidden());
        mvc.perform(get("/orp/" + BLATNA + "/planovani/etapy/nova").with(pisek.signedIn()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/orp/" + PISEK + "/planovani").with(pisek.signedIn())).andExpect(status().isOk());

        // ids are looked up within the ORP of the address: a Strakonice group is not Blatná's
        long groupId = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS Cizí"));
        TestUser blatna = mother.districtCoordinator(BLATNA);
        mvc.perform(get("/orp/" + BLATNA + "/planovani/skupiny/" + groupId).with(blatna.signedIn()))
                .andExpect(status().isNotFound());
    }

    @Test
    void listPagesNeedTheSameNumberOfQueriesHoweverManyRoundsAndGroupsThereAre() throws Exception {
        var overview = get(BASE).with(coordinator.signedIn());
        var publicPage = get("/orp/" + STRAKONICE + "/proces");
        long overviewBefore = statementsFor(overview);
        long publicBefore = statementsFor(publicPage);

        for (int i = 0; i < 3; i++) {
            mother.round(STRAKONICE, ProcessMother.unique("Etapa počtu"));
            long groupId = mother.workingGroup(STRAKONICE, ProcessMother.unique("PS počtu"));
            mother.member(groupId, "Člen Počtu", true);
        }

        assertThat(statementsFor(overview)).isEqualTo(overviewBefore);
        assertThat(statementsFor(publicPage)).isEqualTo(publicBefore);
    }

    private long statementsFor(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            mvc.perform(request).andExpect(status().isOk());
            statistics.clear();
            mvc.perform(request).andExpect(status().isOk());
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder roundPost(
            String url, String name, long version) {
        return post(url)
                .with(csrf())
                .with(coordinator.signedIn())
                .param("name", name)
                .param("periodFrom", "1. 1. 2030")
                .param("periodTo", "31. 12. 2031")
                .param("state", "RUNNING")
                .param("version", String.valueOf(version));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder grantPost(
            String url, String number, long version) {
        return post(url)
                .with(csrf())
                .with(coordinator.signedIn())
                .param("registrationNumber", number)
                .param("call", "03_16_063 Podpora procesu plánování sociálních služeb na obecní úrovni")
                .param("periodFrom", "1. 3. 2018")
                .param("periodTo", "28. 2. 2020")
                .param("budget", "1 793 475")
                .param("implementer", "CpKP jižní Čechy")
                .param("partner", "Město Strakonice")
                .param("keyActivities[0].code", "KA1")
                .param("keyActivities[0].description", "Zajištění a koordinace procesu plánování")
                .param("keyActivities[0].outputs", "Zápisy z jednání")
                .param("keyActivities[1].code", "KA2")
                .param("keyActivities[1].description", "")
                .param("keyActivities[1].outputs", "")
                .param("keyActivities[2].code", "KA3")
                .param("keyActivities[2].description", "Vytvoření SPRSS/AP")
                .param("keyActivities[2].outputs", "")
                .param("version", String.valueOf(version));
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
