package cz.planovna.process;

import static cz.planovna.process.ProcessMother.STRAKONICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cz.planovna.identity.UserAdministration;
import cz.planovna.territory.TerritoryQueries;
import cz.planovna.testing.TestUser;
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

/** News: a draft stays internal, a published item is public with its paragraphs, edits are guarded. */
@ProcessWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsPagesTest {

    static final String BASE = "/orp/" + STRAKONICE + "/planovani/aktuality";
    static final String PUBLIC = "/orp/" + STRAKONICE + "/aktuality";

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
    NewsRepository news;

    @Autowired
    TransactionTemplate tx;

    TestUser coordinator;

    @BeforeAll
    void setUp() {
        coordinator = new ProcessMother(users, territory, rounds, groups, tx).districtCoordinator(STRAKONICE);
    }

    @Test
    void aDraftIsPublishedLaterAndReadByThePublic() throws Exception {
        String title = ProcessMother.unique("<i>Veřejné</i> setkání");
        mvc.perform(post(BASE + "/nova")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("title", title)
                        .param("perex", "Zveme vás.")
                        .param("body", "První odstavec.\n\nDruhý <script>alert(1)</script> odstavec.")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        // the same form again (a double click) saves nothing more
        Document again = page(mvc.perform(post(BASE + "/nova")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("title", title)
                        .param("perex", "Zveme vás.")
                        .param("body", "První odstavec.\n\nDruhý <script>alert(1)</script> odstavec.")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(again.select("#title-error").text()).contains("už existuje");
        Element row = page(mvc.perform(get(BASE).with(coordinator.signedIn())).andReturn())
                .select("tr:has(a:containsOwn(" + title + "))")
                .first();
        assertThat(row.select("td").first().text()).isEqualTo("koncept");
        String edit = row.select("a").attr("href");
        long id = Long.parseLong(edit.substring(edit.lastIndexOf('/') + 1));
        mvc.perform(get(PUBLIC + "/" + id)).andExpect(status().isNotFound());
        assertThat(page(mvc.perform(get(PUBLIC)).andReturn()).select("a:containsOwn(" + title + ")"))
                .isEmpty();

        mvc.perform(post(edit)
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("title", title)
                        .param("perex", "Zveme vás.")
                        .param("body", "První odstavec.\n\nDruhý <script>alert(1)</script> odstavec.")
                        .param("published", "true")
                        .param(
                                "version",
                                String.valueOf(news.findById(id).orElseThrow().version())))
                .andExpect(status().is3xxRedirection());

        Document item = page(
                mvc.perform(get(PUBLIC + "/" + id)).andExpect(status().isOk()).andReturn());
        assertThat(item.select("h1").text()).isEqualTo(title);
        assertThat(item.select("article p.prewrap").eachText())
                .containsExactly("První odstavec.", "Druhý <script>alert(1)</script> odstavec.");
        assertThat(item.select("main script, main i")).isEmpty();
        assertThat(page(mvc.perform(get(PUBLIC)).andReturn()).select("a:containsOwn(" + title + ")"))
                .hasSize(1);

        // a stale form is refused, a current one deletes
        mvc.perform(post(edit)
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("title", "Jinak")
                        .param("body", "Text")
                        .param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post(edit + "/smazat")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param(
                                "version",
                                String.valueOf(news.findById(id).orElseThrow().version())))
                .andExpect(status().is3xxRedirection());
        assertThat(news.findById(id)).isEmpty();
    }

    @Test
    void aNewsItemNeedsAHeadlineAndAText() throws Exception {
        Document page = page(mvc.perform(post(BASE + "/nova")
                        .with(csrf())
                        .with(coordinator.signedIn())
                        .param("title", "")
                        .param("body", " ")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select(".error-summary li").eachText())
                .containsExactly("Vyplňte nadpis.", "Vyplňte text aktuality.");
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
